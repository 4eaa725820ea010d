package workout

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/ui/settings"
)

// TestScreenshots renders the session screen mid-set, at rest and in the
// warm-up to PNG in both themes for a person to look at. It runs only when
// WORKOUT_SHOTS names an output folder.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("WORKOUT_SHOTS")
	if dir == "" {
		t.Skip("set WORKOUT_SHOTS to a folder to render the workout screens")
	}
	for _, variant := range []string{"light", "dark"} {
		r := newRig(t, t.TempDir())
		fyne.CurrentApp().Settings().SetTheme(settings.Theme(variant))
		shot := func(name string) {
			c := r.w.Canvas()
			relayout(c.Content())
			img := c.Capture()
			f, err := os.Create(filepath.Join(dir, fmt.Sprintf("workout-%s-%s.png", name, variant)))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if err := png.Encode(f, img); err != nil {
				t.Fatal(err)
			}
		}
		shot("setup")
		r.s.Tempo.SetChecked(true)
		r.s.PainBefore.SetText("2")
		r.start() // answering the question about the flagged sit-up
		r.at(40 * time.Second)
		shot("warmup")
		test.Tap(r.s.Live.Skip)
		tl := r.s.run.TL
		r.at(tl.Steps[1].Start + time.Second)
		shot("engage")
		r.at(tl.Steps[1].Start + 10*time.Second)
		shot("midset")
		r.at(tl.Steps[2].Start + 6*time.Second)
		shot("rest")
		r.at(tl.Steps[4].Start + 2*time.Second)
		shot("flagged")
		r.at(tl.Total + time.Second)
		shot("finish")
	}
}

// relayout lays everything out again from the top, as the desktop driver
// does each frame after a minimum size changed; the test canvas does not.
func relayout(o fyne.CanvasObject) {
	if !o.Visible() {
		return
	}
	switch x := o.(type) {
	case *fyne.Container:
		if x.Layout != nil {
			x.Layout.Layout(x.Objects, x.Size())
		}
		for _, c := range x.Objects {
			relayout(c)
		}
	case fyne.Widget:
		r := test.WidgetRenderer(x)
		r.Layout(x.Size())
		for _, c := range r.Objects() {
			relayout(c)
		}
	}
}
