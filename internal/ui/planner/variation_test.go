package planner

import (
	"strings"
	"testing"
)

// Searching "decline crunches" and adding the crunch adds it on a decline:
// the detail, the plan row and the saved item all say so.
func TestLibraryAddsTheExerciseAsTyped(t *testing.T) {
	r := newRig(t, nil)
	r.addFromLibrary(t, "weighted plank", "3", "", "10")
	l := r.p.Library
	if l.Name.Text != "Front plank, weighted" || !strings.Contains(l.DidYouMean.Text, "Front plank, weighted") {
		t.Errorf("detail %q, note %q", l.Name.Text, l.DidYouMean.Text)
	}
	if !strings.Contains(l.Message.Text, "Added Front plank, weighted") {
		t.Errorf("message %q", l.Message.Text)
	}
	_, pl := r.p.Plan.Current()
	if len(pl.Items) != 1 || pl.Items[0].Exercise != "weighted front-plank" {
		t.Fatalf("plan %+v", pl.Items)
	}
	if row := r.p.Plan.Rows[0]; !strings.Contains(row.Flag.Label.Text, "Moderate") {
		t.Errorf("row flag %q", row.Flag.Label.Text)
	}
	// The plain plank, searched plainly, is added plainly.
	r.addFromLibrary(t, "plank", "3", "", "10")
	if _, pl := r.p.Plan.Current(); pl.Items[1].Exercise != "front-plank" {
		t.Errorf("plain plank saved as %q", pl.Items[1].Exercise)
	}
}
