package risk

import (
	"strings"
	"testing"
)

// Replays issue 12: back pain set to 5, bicycle crunch (high at pain 0) was
// worded "raised one level" though it was high and stayed high. A raise that
// happens is still worded as one.
func TestPainOnHighExerciseIsNotWordedAsRaised(t *testing.T) {
	e := engine(t)
	a, err := e.Exercise("bicycle-crunch", Context{Pain: 5})
	if err != nil {
		t.Fatal(err)
	}
	m, ok := findMod(a.Modifiers, ModPain)
	if !ok || a.BaseLevel != High || a.Level != High {
		t.Fatalf("bicycle crunch at pain 5: base %v, level %v, pain modifier %v; want high, high, present", a.BaseLevel, a.Level, ok)
	}
	if strings.Contains(m.Text, "raised one level") || !strings.Contains(m.Text, "already at the highest") {
		t.Errorf("pain modifier on a high exercise reads %q; want it to say the level is already the highest", m.Text)
	}
	raised := 0
	for _, id := range e.lib.IDs() {
		b, err := e.Exercise(id, Context{Pain: 5})
		if err != nil {
			t.Fatal(err)
		}
		if m, ok := findMod(b.Modifiers, ModPain); ok && m.To > m.From {
			raised++
			if !strings.Contains(m.Text, "so it is raised one level.") {
				t.Errorf("%s raised %v to %v by pain reads %q; want it worded as raised", id, m.From, m.To, m.Text)
			}
		}
	}
	if raised == 0 {
		t.Error("no library exercise below high is raised by pain 5; the raised wording went untested")
	}
}
