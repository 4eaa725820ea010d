package planner

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// Markup snapshots of the planner's main states in the test theme at
// 1280x800, over a fresh database and the built-in library: a library
// search that finds nothing, an exercise's detail with its cited reasons,
// and a plan holding a high-risk exercise.
func TestScreensRenderAsBefore(t *testing.T) {
	snap := func(t *testing.T, r *rig, name string) {
		t.Helper()
		relayout(r.w.Canvas().Content())
		for _, o := range r.w.Canvas().Overlays().List() {
			relayout(o)
		}
		test.AssertRendersToMarkup(t, "planner/"+name+".xml", r.w.Canvas())
	}
	t.Run("empty_search", func(t *testing.T) {
		r := newRig(t, nil)
		test.ApplyTheme(t, test.NewTheme())
		r.p.Library.Search.SetText("zzzz")
		if n := len(r.p.Library.Results()); n != 0 {
			t.Fatalf("%d results for nonsense", n)
		}
		snap(t, r, "empty_search")
	})
	t.Run("detail", func(t *testing.T) {
		r := newRig(t, nil)
		test.ApplyTheme(t, test.NewTheme())
		r.p.Library.Search.SetText("sit-up")
		r.p.Library.List.Select(0)
		test.Tap(r.p.Library.Explain)
		snap(t, r, "detail")
	})
	t.Run("plan_high_risk", func(t *testing.T) {
		r := newRig(t, nil)
		test.ApplyTheme(t, test.NewTheme())
		r.addFromLibrary(t, "dead bug", "2", "8", "")
		r.addFromLibrary(t, "sit-up", "3", "10", "")
		if len(r.p.Plan.Rows) != 2 {
			t.Fatalf("%d rows in the plan", len(r.p.Plan.Rows))
		}
		snap(t, r, "plan_high_risk")
	})
}
