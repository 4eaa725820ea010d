package practice

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/store"
	"github.com/corecue/corecue/internal/ui/stage"
	"github.com/corecue/corecue/internal/ui/uitest"
)

// On a 1024x600 screen the practice tab gave the figure 160 to 180 px of
// height: the drill bar, the phase line, a two-line caption under the
// figure, the set-up line, the sound note and the status row took the
// rest. A person with a locked position chosen, who pressed Start, read the
// ladder's sentence twice (under the caption and in the status row). The
// figure must take at least the stated share of the window's height at
// each size, before Start and in a hold, and no words may be drawn over
// each other or off the window. The screen sits under a tab bar, as in the
// app's window.
func TestPracticeFigureFillsTheScreen(t *testing.T) {
	for _, c := range []struct {
		size  fyne.Size
		share float32
	}{
		{fyne.NewSize(1024, 600), 0.55}, // was 0.30
		{fyne.NewSize(1280, 800), 0.49}, // as it was
		{fyne.NewSize(1920, 1080), 0.6}, // as it was
	} {
		t.Run(fmt.Sprint(c.size.Width, "x", c.size.Height), func(t *testing.T) {
			s, st, p, w, tabs := inTabs(t, c.size)
			db, _, err := store.Open(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			s.SetRecorder(db, nil)
			check := func(when string) {
				t.Helper()
				uitest.Relayout(w)
				h := st.Diagram.Size().Height
				t.Logf("%s: the figure is %v", when, st.Diagram.Size())
				if h < c.share*c.size.Height {
					t.Errorf("%s: the figure is %.0f px tall, under %.0f%% of %.0f", when, h, c.share*100, c.size.Height)
				}
				for _, o := range uitest.Overprints(tabs, w.Canvas().Size()) {
					t.Errorf("%s: %s", when, o)
				}
			}
			s.Position.SetSelectedIndex(int(breath.Kneeling)) // locked: the ladder says why
			test.Tap(s.Start)
			if s.State() != Idle {
				t.Fatal("a locked position started")
			}
			check("a locked position")
			if st.Reminder.Text == "" || st.Reminder.Text == s.Status.Text {
				t.Errorf("the ladder's reason is shown %q under the picture and %q in the status row", st.Reminder.Text, s.Status.Text)
			}
			s.Position.SetSelectedIndex(int(breath.Lying))
			check("before Start")
			test.Tap(s.Start)
			p.now = 36 * time.Second // the second rep's hold
			s.Frame()
			check("in the hold")
		})
	}
}

// inTabs is the practice screen under a tab bar, as in the app's window, in
// a window of the given size, its player scripted and silent.
func inTabs(t *testing.T, size fyne.Size) (*Screen, *stage.Stage, *scripted, fyne.Window, *container.AppTabs) {
	t.Helper()
	test.NewTempApp(t)
	p := &scripted{silent: true}
	st := stage.New()
	s := New(p, st, nil)
	tabs := container.NewAppTabs(container.NewTabItem("Practice", s.Content()), container.NewTabItem("History", container.NewStack()))
	w := test.NewTempWindow(t, tabs)
	w.Resize(size)
	return s, st, p, w, tabs
}
