package kiosk

import (
	"testing"
	"time"

	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/ui/diagram"
)

// On the 1920x1080 kiosk every word of the figure, in the attract loop and
// the taster, is at least 24 px: the size the kiosk asks for, computed from
// what it passes to the figure at the size it is laid out at.
func TestKioskFigureLabelsAreAtLeast24px(t *testing.T) {
	k, _ := newKiosk(t)
	check := func(where string, c *diagram.Corset) {
		t.Helper()
		sz := c.Size()
		if sz.Width < 500 || sz.Height < 300 {
			t.Fatalf("%s: the figure is laid out at %v", where, sz)
		}
		o := c.Options(float64(sz.Width), float64(sz.Height))
		if o.LabelPx < 24 {
			t.Errorf("%s: the kiosk passes %.1f px labels", where, o.LabelPx)
		}
		texts := 0
		for _, sh := range figure.Render(o).Shapes {
			if sh.Kind != figure.KindText || sh.Text == "" {
				continue
			}
			texts++
			if sh.Size < 24 {
				t.Errorf("%s: %q is %.1f px", where, sh.Text, sh.Size)
			}
		}
		if texts < 8 {
			t.Errorf("%s: only %d words in the figure", where, texts)
		}
	}
	check("attract", k.attract.figure)
	start(t, k)
	tapTile(t, k, "Try the core vacuum")
	session := 14 * time.Second // the first hold
	k.DrillNow = func() time.Duration { return session }
	press(t, k, "Start")
	k.drill.Frame()
	check("taster", k.drill.stage.Diagram)
}
