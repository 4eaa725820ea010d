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

// At 1280x800 a chosen exercise's "Add to plan" is in view without scrolling.
func TestAddToPlanIsInViewAt1280x800(t *testing.T) {
	r := newRig(t, nil)
	l := r.p.Library
	l.Search.SetText("dead bug")
	relayout(r.w.Canvas().Content())
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject
	bottom := abs(l.detail).Y + l.detail.Size().Height
	if y := abs(l.Add).Y + l.Add.Size().Height; l.Add.Size().Height == 0 || y > bottom || y > 800 {
		t.Fatalf("Add to plan ends at y %.0f; the detail pane shows to %.0f", y, bottom)
	}
}
