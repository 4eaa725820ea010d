package home

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/ui/inview"
	"github.com/corecue/corecue/internal/ui/planner"
	"github.com/corecue/corecue/internal/ui/uitest"
)

// shownWhole fails unless the window shows all of o's height: its own
// area cut by every scroller around it and by the window.
func shownWhole(t *testing.T, h *Home, what string, o fyne.CanvasObject) {
	t.Helper()
	c := h.window.Canvas()
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject
	top, bottom := abs(o).Y, abs(o).Y+o.Size().Height
	shownTop, shownBottom := visibleSpan(c.Content(), o, abs)
	if !o.Visible() || o.Size().Height < o.MinSize().Height-0.5 || top < shownTop-0.5 || bottom > shownBottom+0.5 {
		t.Errorf("%s spans y %.0f-%.0f (needs %.0f high); the window shows %.0f to %.0f",
			what, top, bottom, o.MinSize().Height, shownTop, shownBottom)
	}
}

// labelWith finds the label shown under o whose text starts with prefix.
func labelWith(o fyne.CanvasObject, prefix string) *widget.Label {
	var found *widget.Label
	uitest.Walk(o, func(c fyne.CanvasObject) {
		if l, ok := c.(*widget.Label); ok && found == nil && strings.HasPrefix(l.Text, prefix) {
			found = l
		}
	})
	return found
}

// At 1024x600 the workout set-up's safety note showed its top half at the
// window's edge, and the running workout's form tips were clipped in
// their scroller while blank lines (an empty flag, an empty status under
// the buttons) took the room they needed.
func TestWorkoutShowsItsNoteAndTipsWholeOnSmallScreens(t *testing.T) {
	for _, size := range []fyne.Size{smallest, {Width: 1280, Height: 800}} {
		t.Run(fmt.Sprint(size.Width, "x", size.Height), func(t *testing.T) {
			h, st := newHome(t, Options{})
			if _, err := st.CreatePlan(plan.Plan{Name: "Gentle start", Items: []plan.Item{
				{Exercise: "stomach-vacuum", Sets: 3, HoldSeconds: 10, RestSeconds: 20},
				{Exercise: "mcgill-curl-up", Sets: 3, HoldSeconds: 8, RestSeconds: 20},
			}}); err != nil {
				t.Fatal(err)
			}
			h.window.Resize(size)
			h.SelectTab(3)
			h.Workout.Reload()
			layoutAll(h.window.Content())
			note := labelWith(h.Workout.Content(), "General guidance")
			if note == nil {
				t.Fatal("no safety note on the set-up")
			}
			shownWhole(t, h, "the set-up's safety note", note)

			h.Workout.WarmUp.SetChecked(false)
			h.Workout.PainBefore.SetText("1")
			h.Workout.StartWorkout()
			if !h.Workout.Running() {
				t.Fatalf("workout not started: %q", h.Workout.Message.Text)
			}
			layoutAll(h.window.Content())
			if h.Workout.Live.Form.Text == "" {
				t.Fatal("no form tips shown")
			}
			shownWhole(t, h, "the form tips", h.Workout.Live.Form)
		})
	}
}

// At 1024 wide the Plan tab's bar took two rows (Export and Handout PDF on
// the second), a row of height the library's list and the plan's items
// needed more.
func TestPlanBarIsOneRowAt1024(t *testing.T) {
	h, _ := newHome(t, Options{})
	h.window.Resize(smallest)
	h.SelectTab(2)
	layoutAll(h.window.Content())
	bar := h.plan().Plans
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject
	for _, b := range []*inview.Button{bar.New, bar.Import, bar.Export, bar.Handout} {
		if !b.Visible() {
			t.Fatalf("%q is hidden", b.Text)
		}
		if abs(b).Y != abs(bar.Workout).Y {
			t.Errorf("%q is at y %.0f, on another row than Start workout (y %.0f)", b.Text, abs(b).Y, abs(bar.Workout).Y)
		}
	}
}

// Choosing an exercise at 1024x600 shrank the library's list to one row:
// of the seven matches for "crunch" only Crunch showed. The list keeps
// several rows while the detail shows the chosen one.
func TestLibraryListKeepsRowsOnceAnExerciseIsChosen(t *testing.T) {
	for _, size := range []fyne.Size{smallest, {Width: 1280, Height: 800}} {
		t.Run(fmt.Sprint(size.Width, "x", size.Height), func(t *testing.T) {
			h, lib := crunchesAt(t, size)
			if lib.Selected() == "" {
				t.Fatal("no exercise chosen")
			}
			layoutAll(h.window.Content())
			row := lib.List.CreateItem().MinSize().Height + theme.Padding()
			if rows := lib.List.Size().Height / row; rows < 3 {
				t.Errorf("the list shows %.1f rows of %.0f px with an exercise chosen; want 3 or more", rows, row)
			}
			shownWhole(t, h, "Add to plan", lib.Add)
		})
	}
}

// The plan's items pane was about one row high: at 1024x600 two of the
// four rows of the starter plan "Gentle start" showed, and a crunch's row,
// with its "Swap for safer" button, was cut by the divider while the why
// panel explained it; at 1280x800 the fourth row was cut over an empty why
// panel.
func TestPlanItemsShowWhole(t *testing.T) {
	for _, size := range []fyne.Size{smallest, {Width: 1280, Height: 800}} {
		t.Run(fmt.Sprint(size.Width, "x", size.Height), func(t *testing.T) {
			h, lib := crunchesAt(t, size)
			p := h.plan()
			test.Tap(lib.Add)
			test.Tap(lib.Explain)
			layoutAll(h.window.Content())
			if len(p.Plan.Rows) != 1 {
				t.Fatalf("%d rows after adding a crunch", len(p.Plan.Rows))
			}
			row := p.Plan.Rows[0]
			for _, b := range []*inview.Button{row.Why, row.Swap, row.Remove} {
				shownWhole(t, h, "the crunch's "+b.Text, b)
			}

			if err := p.Plans.CopyStarter(0); err != nil {
				t.Fatal(err)
			}
			layoutAll(h.window.Content())
			if len(p.Plan.Rows) < 4 {
				t.Fatalf("the starter plan has %d rows", len(p.Plan.Rows))
			}
			for _, r := range p.Plan.Rows {
				shownWhole(t, h, r.Name.Text+"'s Remove", r.Remove)
			}
		})
	}
}

// crunchesAt is the Plan tab in a window of size with "crunch" typed in
// the library's search box.
func crunchesAt(t *testing.T, size fyne.Size) (*Home, *planner.LibraryView) {
	h, _ := newHome(t, Options{})
	h.window.Resize(size)
	h.SelectTab(2)
	lib := h.plan().Library
	test.Type(lib.Search, "crunch")
	return h, lib
}
