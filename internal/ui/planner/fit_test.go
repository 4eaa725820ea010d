package planner

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/risk"
	"github.com/corecue/corecue/internal/ui/diagram"
	"github.com/corecue/corecue/internal/ui/uitest"
)

// visit calls f on o and everything it shows.
var visit = uitest.Walk

// A person opens the Plan tab on a 1024x600 netbook and a 1280x800 laptop
// with the eight-exercise starter plan and asks why one item has its level.
// The tab showed two or three library rows, one and a half plan items, the
// disclaimer twice, "Save handout PDF…" alone on a row at 1280 and the
// sources in small italics. The window's tabs take 40 px of the height;
// the test window pads its content as the real one does.
func TestPlanTabReadsWellOnSmallScreens(t *testing.T) {
	for _, tc := range []struct {
		size         fyne.Size
		items, rows  int
		barOneRowMin float32 // the plan bar fits one row from this width
	}{
		{fyne.NewSize(1024, 600), 3, 3, 0},
		{fyne.NewSize(1280, 800), 5, 4, 1280},
	} {
		t.Run(fmt.Sprint(tc.size.Width, "x", tc.size.Height), func(t *testing.T) {
			r := newRig(t, func(d *Deps) {
				d.Handout = func(plan.Plan, string) error { return nil }
				d.StartWorkout = func(int64) {}
			})
			r.w.Resize(tc.size.SubtractWidthHeight(0, 40))
			if err := r.p.Plans.CopyStarter(1); err != nil {
				t.Fatal(err)
			}
			relayout(r.w.Canvas().Content())
			abs := fyne.CurrentApp().Driver().AbsolutePositionForObject
			inside := func(o, in fyne.CanvasObject) bool {
				top, bottom := abs(in).Y, abs(in).Y+in.Size().Height
				return abs(o).Y >= top-0.5 && abs(o).Y+o.Size().Height <= bottom+0.5
			}

			said := 0
			visit(r.w.Canvas().Content(), func(o fyne.CanvasObject) {
				if tx, ok := o.(*canvas.Text); ok && strings.HasPrefix(risk.Disclaimer, strings.TrimSuffix(tx.Text, "…")) && len(tx.Text) > 20 {
					said++
				}
			})
			if said != 1 {
				t.Errorf("the disclaimer is on screen %d times", said)
			}

			if n := len(r.p.Plan.Rows); n < 6 {
				t.Fatalf("the starter plan has %d items", n)
			}
			seen := 0
			for _, row := range r.p.Plan.Rows {
				if inside(row.Object(), r.p.Plan.scroll) {
					seen++
				}
			}
			if seen < tc.items {
				t.Errorf("%d plan items in view, want at least %d", seen, tc.items)
			}

			rows := 0
			visit(r.p.Library.List, func(o fyne.CanvasObject) {
				if th, ok := o.(*diagram.Thumb); ok && inside(th, r.p.Library.List) {
					rows++
				}
			})
			if rows < tc.rows {
				t.Errorf("%d library rows in view, want at least %d", rows, tc.rows)
			}

			if tc.barOneRowMin > 0 {
				b := r.p.Plans
				if y0, y1 := abs(b.Picker).Y, abs(b.Handout).Y; y1 > y0+b.Picker.Size().Height {
					t.Errorf("%q is on a row of its own (y %v, the picker's %v)", b.Handout.Text, y1, y0)
				}
			}

			test.Tap(r.p.Plan.Rows[0].Why)
			body := theme.Current().Size(theme.SizeNameText)
			for _, s := range r.p.Plan.Why.Text.Segments {
				ts, ok := s.(*widget.TextSegment)
				if !ok || !strings.HasPrefix(ts.Text, "Source") {
					continue
				}
				if got := theme.Current().Size(ts.Style.SizeName); ts.Style.SizeName != "" && got < body {
					t.Errorf("%q is at %v px, body text at %v", ts.Text, got, body)
				}
			}
		})
	}
}
