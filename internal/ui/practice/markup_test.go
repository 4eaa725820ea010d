package practice

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/ui/stage"
	"github.com/corecue/corecue/internal/ui/uitest"
)

// Markup snapshots of the practice tab before a drill and in the hold of
// its second rep, with the stage the app shows, in the test theme at
// 1280x800. The session clock is set by hand, so the frame is always the
// same.
func TestScreenRendersAsBefore(t *testing.T) {
	test.NewTempApp(t)
	test.ApplyTheme(t, test.NewTheme())
	p := &scripted{}
	s := New(p, stage.New(), nil)
	w := test.NewTempWindow(t, s.Content())
	w.Resize(fyne.NewSize(1280, 800))
	test.AssertRendersToMarkup(t, "practice/idle.xml", w.Canvas())

	test.Tap(s.Start)
	p.now = 36 * time.Second
	s.Frame()
	uitest.Relayout(w)
	if s.State() != Running {
		t.Fatalf("state %v after Start", s.State())
	}
	test.AssertRendersToMarkup(t, "practice/running.xml", w.Canvas())
}
