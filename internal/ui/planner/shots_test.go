package planner

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/clinic"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/ui/settings"
)

// relayout lays every container and widget out again from the top, as the
// desktop driver does each frame when a minimum size has changed; the test
// canvas does not, so without this a capture shows stale positions.
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

// TestScreenshots renders the screens to PNG for a person to look at. It
// runs only when PLANNER_SHOTS names an output folder.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("PLANNER_SHOTS")
	if dir == "" {
		t.Skip("set PLANNER_SHOTS to a folder to render the planner screens")
	}
	for _, variant := range []string{"light", "dark"} {
		for _, size := range []fyne.Size{{Width: 1024, Height: 600}, {Width: 1280, Height: 800}, {Width: 1920, Height: 1080}} {
			r := newRig(t, func(d *Deps) {
				d.Clinic = &clinic.Contact{Name: "Riverside Physio", Phone: "020 7946 0000", Hours: "Mon–Fri 8:00–18:00"}
				d.Handout = func(p plan.Plan, path string) error { return nil }
			})
			fyne.CurrentApp().Settings().SetTheme(settings.Theme(variant))
			r.w.Resize(size)
			shot := func(name string) {
				relayout(r.w.Canvas().Content())
				for _, o := range r.w.Canvas().Overlays().List() {
					relayout(o)
				}
				img := r.w.Canvas().Capture()
				f, err := os.Create(filepath.Join(dir, fmt.Sprintf("planner-%s-%s-%dx%d.png", name, variant, int(size.Width), int(size.Height))))
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				if err := png.Encode(f, img); err != nil {
					t.Fatal(err)
				}
			}
			r.p.About.Pain.SetText("5")
			test.Tap(r.p.About.Update)
			r.p.Plans.CopyStarter(1)
			r.addFromLibrary(t, "sit ups", "3", "15", "")
			r.addFromLibrary(t, "russian twist", "3", "20", "")
			r.p.Library.Search.SetText("crunchs")
			r.p.Library.List.Select(0)
			test.Tap(r.p.Plan.Rows[len(r.p.Plan.Rows)-2].Why)
			shot("plan")
			test.Tap(r.p.Plans.Starters)
			shot("starters")
		}
	}
}
