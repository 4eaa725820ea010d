package workout

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// Markup snapshots of a session mid-set, at rest and finished, in the test
// theme at 1280x800, with a fresh database, a fixed date and the session
// clock set by hand.
func TestSessionRendersAsBefore(t *testing.T) {
	r := newRig(t, t.TempDir())
	test.ApplyTheme(t, test.NewTheme())
	snap := func(name string) {
		t.Helper()
		relayout(r.w.Canvas().Content())
		test.AssertRendersToMarkup(t, "workout/"+name+".xml", r.w.Canvas())
	}
	r.s.PainBefore.SetText("2")
	r.start()
	if !r.s.Running() {
		t.Fatalf("not running: %q", r.s.Message.Text)
	}
	test.Tap(r.s.Live.Skip) // past the warm-up
	tl := r.s.run.TL
	r.at(tl.Steps[1].Start + 10*time.Second)
	snap("midset")
	r.at(tl.Steps[2].Start + 6*time.Second)
	snap("rest")
	r.at(tl.Total + time.Second)
	snap("finished")
}
