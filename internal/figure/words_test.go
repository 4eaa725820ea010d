package figure

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/corecue/corecue/internal/breath"
)

// Every word the figure draws comes through Options.Words, so a screen in
// another language shows no English on the body; and each English word it
// asks for is listed by Texts, which the catalogue's test reads.
func TestEveryWordComesThroughWords(t *testing.T) {
	asked := map[string]bool{}
	upper := func(s string) string { asked[s] = true; return strings.ToUpper(s) }
	check := func(what string, sc Scene) {
		t.Helper()
		texts := 0
		for _, sh := range sc.Shapes {
			if sh.Kind != KindText || sh.Text == "" {
				continue
			}
			texts++
			if strings.IndexFunc(sh.Text, unicode.IsLower) >= 0 {
				t.Errorf("%s: %q was drawn without Words", what, sh.Text)
			}
		}
		if texts == 0 {
			t.Errorf("%s: no words drawn", what)
		}
	}
	hold := breath.Pose{Phase: breath.Hold, Engagement: 1, Breath: 0.5}
	for _, pos := range breath.Positions {
		for _, v := range []View{ViewAll, ViewSide, ViewFront, ViewSection} {
			check(pos.String()+" "+v.String(), Render(Options{Position: pos, View: v, Pose: hold, W: 1400, H: 900, Words: upper}))
		}
		for _, f := range breath.Faults {
			_, w := FaultPoses(f)
			check(pos.String()+" fault", Render(Options{Position: pos, View: ViewSide, Pose: w, Fault: f, W: 1400, H: 900, Words: upper}))
		}
	}
	b := Posture(breath.Lying)
	check("exercise", Render(Options{Body: &b, Back: Back{Note: "back stays neutral"}, W: 900, H: 600, Words: upper}))
	// An exercise seen from the front (a side plank) names the lower back too.
	check("exercise from the front", Render(Options{Body: &b, View: ViewFront, Back: Back{Note: "back stays neutral"}, W: 900, H: 600, Words: upper}))
	delete(asked, "back stays neutral") // the caller's note, not the figure's word
	for s := range asked {
		if !slices.Contains(Texts(), s) {
			t.Errorf("the figure draws %q, which Texts does not list", s)
		}
	}
	for _, s := range Texts() {
		if !asked[s] {
			t.Errorf("Texts lists %q, which no picture drew", s)
		}
	}
}

// A longer word in another language gets its room: the breath gauge widens
// for it rather than running off the picture.
func TestLongerWordsWidenTheGauge(t *testing.T) {
	hold := breath.Pose{Phase: breath.Hold, Engagement: 1, Breath: 0.5}
	long := func(s string) string {
		if s == "keep breathing" {
			return "continuacontinuacontinua respirando"
		}
		return s
	}
	o := Options{Position: breath.Lying, View: ViewSide, Pose: hold, W: 1000, H: 700}
	en := Render(o)
	o.Words = long
	tr := Render(o)
	if tr.Panels[0].Body.X+tr.Panels[0].Body.W >= en.Panels[0].Body.X+en.Panels[0].Body.W {
		t.Errorf("the body kept its room beside a gauge word twice as long: %+v, English %+v", tr.Panels[0].Body, en.Panels[0].Body)
	}
	for _, sh := range tr.Shapes {
		if sh.Kind == KindText && strings.HasPrefix(sh.Text, "continua") && sh.Pts[0].X+textWidth(sh.Text, sh.Size)/2 > o.W {
			t.Errorf("%q runs off the picture", sh.Text)
		}
	}
}
