package kiosk

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/ui/uitest"
)

// On a 1280x800 screen the taster's three-line caption ("Sit or stand tall,
// hands on your belly. 3 reps, about a minute. Press Start.") was
// drawn over the set-up line under it: the stage kept room for two lines
// whatever the caption needed.
func TestTasterCaptionIsNotDrawnOverTheLineBelow(t *testing.T) {
	k, _ := newKiosk(t)
	k.window.Resize(fyne.NewSize(1280, 800))
	start(t, k)
	tapTile(t, k, "Try the core vacuum")
	k.window.Resize(fyne.NewSize(1281, 800)) // lay out again at the new size
	k.window.Resize(fyne.NewSize(1280, 800))
	if capt, rem := k.drill.stage.Caption.Text, k.drill.stage.Reminder.Text; capt == "" || rem == "" {
		t.Fatalf("caption %q, set-up line %q", capt, rem)
	}
	if over := overprints(k); len(over) > 0 {
		t.Fatal(over)
	}
}

// A visitor tries the taster on a 1280x800 and a 1024x600 kiosk, before
// Start and in the first hold. The figure had become a thumbnail at
// 1280x800 and vanished at 1024x600, under a caption that took the height,
// and the breath gauge's words were printed over each other. The figure
// must get at least its own smallest size and the height the gauge needs
// for its words at the kiosk's 24 px (about ten lines of them), and no
// text on the screen may be drawn over other text or off the screen.
func TestTasterFigureIsLargeOnSmallScreens(t *testing.T) {
	for _, sz := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 1024, Height: 600}} {
		t.Run(fmt.Sprint(sz.Width, "x", sz.Height), func(t *testing.T) {
			k, _ := newKiosk(t)
			k.window.Resize(sz)
			start(t, k)
			tapTile(t, k, "Try the core vacuum")
			check := func(when string) {
				t.Helper()
				fig := k.drill.stage.Diagram
				got, least := fig.Size(), fig.MinSize()
				if got.Width < least.Width || got.Height < max(least.Height, 10*MinText) {
					t.Errorf("%s: the figure is laid out at %v; it needs at least %vx%v", when, got, least.Width, max(least.Height, 10*MinText))
				}
				if got.Width < sz.Width*0.45 {
					t.Errorf("%s: the figure is %v wide on a %v wide screen", when, got.Width, sz.Width)
				}
				for _, o := range overprints(k) {
					t.Errorf("%s: %s", when, o)
				}
			}
			check("before Start")
			k.DrillNow = func() time.Duration { return 14 * time.Second } // the first hold
			k.DrillStarting = func() bool { return false }
			press(t, k, "Start")
			k.drill.Frame()
			check("in the hold")
		})
	}
}

// overprints lists every pair of texts on the kiosk's screen drawn over
// each other, and every text that reaches past the window's edge.
func overprints(k *Kiosk) []string { return uitest.Overprints(k.root, k.window.Canvas().Size()) }

// A visitor opens the taster on a 1280x800 kiosk: its figure beside the
// words was a body about 190 px high among 24 px labels wrapped into four
// lines. The body takes most of the figure's height, with labels of at
// least 14 px; and on the 1024x600 attract loop the breath gauge's track
// stands upright (it was a flat pill under 24 px words).
func TestKioskFigureFillsItsRoom(t *testing.T) {
	k, _ := newKiosk(t)
	k.window.Resize(fyne.NewSize(1024, 600))
	fig := k.attract.figure
	sz := fig.Size()
	o := fig.Options(float64(sz.Width), float64(sz.Height))
	sc := figure.Render(o)
	for _, sh := range sc.Shapes {
		if sh.Kind == figure.KindRect && sh.Fill == figure.RoleCard && !sh.Live {
			if w, h := sh.Pts[1].X-sh.Pts[0].X, sh.Pts[1].Y-sh.Pts[0].Y; h < 3*w-0.01 || h < 4*o.LabelPx {
				t.Errorf("1024x600 attract: the breath gauge's track is %.0fx%.0f px", w, h)
			}
		}
	}

	k.window.Resize(fyne.NewSize(1280, 800))
	start(t, k)
	tapTile(t, k, "Try the core vacuum")
	k.window.Resize(fyne.NewSize(1281, 800))
	k.window.Resize(fyne.NewSize(1280, 800))
	fig = k.drill.stage.Diagram
	sz = fig.Size()
	o = fig.Options(float64(sz.Width), float64(sz.Height))
	sc = figure.Render(o)
	if o.LabelPx < figure.MinLabelPx {
		t.Errorf("1280x800 taster: labels %.1f px", o.LabelPx)
	}
	if body := sc.Panels[0].Body.H; body < 0.7*float64(sz.Height) {
		t.Errorf("1280x800 taster: the body is %.0f px high in a %v figure", body, sz)
	}
	for _, o := range overprints(k) {
		t.Error(o)
	}
}

// A visitor taps into the taster on a 1920x1080 kiosk: the figure came out
// 1680x365 px with a body about 365 px tall, the caption, set-up line and
// sound note under it taking the height. On every landscape kiosk screen
// the words go beside the figure, which takes the whole height between the
// stage's title and its sound note, and the body fills most of that height; the
// labels are 24 px at 1920x1080. The window is unpadded, as Run makes it.
func TestTasterFigureTakesTheHeight(t *testing.T) {
	for _, c := range []struct {
		size  fyne.Size
		label float64
	}{
		{fyne.NewSize(1024, 600), figure.MinLabelPx},
		{fyne.NewSize(1280, 800), figure.MinLabelPx},
		{fyne.NewSize(1920, 1080), MinText},
	} {
		t.Run(fmt.Sprint(c.size.Width, "x", c.size.Height), func(t *testing.T) {
			k, _ := newKiosk(t)
			k.window.SetPadded(false)
			k.window.Resize(c.size)
			start(t, k)
			tapTile(t, k, "Try the core vacuum")
			k.DrillNow = func() time.Duration { return 14 * time.Second } // the first hold
			k.DrillStarting = func() bool { return false }
			press(t, k, "Start")
			k.drill.Frame()
			st := k.drill.stage
			fig, caption := st.Diagram, st.Caption
			sz := fig.Size()
			stageH := st.Object().Size().Height
			if sz.Height < 0.75*stageH {
				t.Errorf("the figure is %v in a stage %v px tall", sz, stageH)
			}
			if fp, cp := fyne.CurrentApp().Driver().AbsolutePositionForObject(fig), fyne.CurrentApp().Driver().AbsolutePositionForObject(caption); cp.X < fp.X+sz.Width {
				t.Errorf("the caption at %v is not beside the figure at %v, %v", cp, fp, sz)
			}
			o := fig.Options(float64(sz.Width), float64(sz.Height))
			if o.LabelPx < c.label {
				t.Errorf("labels %.1f px, want %.0f", o.LabelPx, c.label)
			}
			sc := figure.Render(o)
			if body := sc.Panels[0].Body.H; body < 0.8*float64(sz.Height) {
				t.Errorf("the body is %.0f px high in a %v figure", body, sz)
			}
			for _, o := range overprints(k) {
				t.Error(o)
			}
		})
	}
}

// A visitor starts the taster on a 1024x600 kiosk: in the first hold the
// words' column widened for the countdown and the hands-on-waist line, and
// the figure shrank from 581 to 538 px wide and stayed so. The column keeps
// room for the hold's words from the start: the figure is the same size
// before Start, in the hold and after it.
func TestTasterFigureKeepsItsSizeThroughTheHold(t *testing.T) {
	k, _ := newKiosk(t)
	k.window.SetPadded(false)
	k.window.Resize(fyne.NewSize(1024, 600))
	start(t, k)
	tapTile(t, k, "Try the core vacuum")
	fig := k.drill.stage.Diagram
	before := fig.Size()
	k.DrillStarting = func() bool { return false }
	for _, at := range []time.Duration{14 * time.Second, 20 * time.Second} {
		k.DrillNow = func() time.Duration { return at }
		if at == 14*time.Second {
			press(t, k, "Start")
		}
		k.drill.Frame()
		uitest.Relayout(k.window)
		if got := fig.Size(); got != before {
			t.Errorf("at %v the figure is %v; before Start it was %v", at, got, before)
		}
		for _, o := range overprints(k) {
			t.Errorf("at %v: %s", at, o)
		}
	}
}
