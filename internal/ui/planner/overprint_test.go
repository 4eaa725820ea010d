package planner

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

// After an import whose names were matched to the library, the note that
// says so sits above the first plan item instead of over it.
func TestTheMatchedNamesNoteDoesNotOverprintThePlan(t *testing.T) {
	r := newRig(t, nil)
	src := `{"version": 1, "name": "From the gym", "items": [
		{"exercise": "situps", "sets": 2, "reps": 10},
		{"exercise": "kettlebell swing", "sets": 3, "reps": 12}]}`
	if err := r.p.Plans.ImportFrom(strings.NewReader(src), "gym.json"); err != nil {
		t.Fatal(err)
	}
	m := r.p.Plan.Message
	if !strings.Contains(m.Text, "Names matched") {
		t.Fatalf("note %q", m.Text)
	}
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject
	row := r.p.Plan.Rows[0].Object()
	if m.Size().Height < m.MinSize().Height || abs(m).Y+m.Size().Height > abs(row).Y {
		t.Fatalf("note at y %.0f, %.0f high (needs %.0f); first item at y %.0f",
			abs(m).Y, m.Size().Height, m.MinSize().Height, abs(row).Y)
	}
}
