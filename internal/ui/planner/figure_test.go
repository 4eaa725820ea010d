package planner

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/figure/moves"
	"github.com/corecue/corecue/internal/ui/diagram"
)

// Every row of the library list shows its exercise's picture, the one kept
// for that exercise and size, so scrolling paints nothing twice.
func TestLibraryRowsShowTheirExercise(t *testing.T) {
	r := newRig(t, nil)
	r.p.Library.Search.SetText("crunch")
	res := r.p.Library.Results()
	if len(res) < 2 {
		t.Fatalf("%d results for crunch", len(res))
	}
	for i, ex := range res {
		row := r.p.Library.List.CreateItem()
		r.p.Library.fillRow(i, row)
		th := row.(*fyne.Container).Objects[1].(*fyne.Container).Objects[0].(*diagram.Thumb)
		if th.Exercise() != ex.ID {
			t.Fatalf("row %d (%s) shows %q", i, ex.ID, th.Exercise())
		}
	}
}

// "Why?" on a risky exercise shows it moving on the panel's clock with its
// safer alternative moving beside it; a low-risk one shows alone.
func TestWhyShowsTheExerciseAndItsSaferAlternativeMoving(t *testing.T) {
	m, ok := moves.For("crunch")
	if !ok || m.Start == m.End {
		t.Skip("the crunch has no motion yet")
	}
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	r := newRig(t, func(d *Deps) { d.Now = func() time.Time { return now } })
	l, w := r.p.Library, r.p.Plan.Why
	l.Search.SetText("crunch")
	if l.Selected() != "crunch" {
		t.Fatalf("selected %q", l.Selected())
	}
	test.Tap(l.Explain)
	if got, _ := w.Figure.Motion(); got != m || !w.figures.Visible() {
		t.Fatal("Why? does not show the crunch")
	}
	if !w.anim.Running() {
		t.Fatal("the figures are not moving")
	}
	a := l.assessed["crunch"]
	if len(a.Alternatives) == 0 {
		t.Fatal("the crunch has no safer alternative")
	}
	alt := a.Alternatives[0]
	am, hasAlt := moves.For(alt.ID)
	if got, _ := w.Alt.Motion(); !hasAlt || got != am || !w.altCard.Visible() || w.AltName.Text != "Safer: "+alt.Name+": "+am.Note {
		t.Fatalf("the alternative %s is not posed beside it (%q)", alt.ID, w.AltName.Text)
	}
	if w.Figure.Body() != m.Start {
		t.Fatal("the crunch does not start from its start pose")
	}
	if w.FigureName.Text != "Crunch: "+m.Note || m.Note == "" {
		t.Fatalf("the crunch's caption %q does not say what its lower back does", w.FigureName.Text)
	}
	tempo := diagram.TempoOf(r.p.deps.Library, "crunch")
	now = now.Add(time.Duration((tempo.Up + tempo.Hold/2) * float64(time.Second)))
	w.anim.Tick()
	if w.Figure.Body() != m.End {
		t.Fatalf("in the pause of the rep the crunch is at %v, want its end %v", w.Figure.Body(), m.End)
	}
	want := diagram.NewExercise(whyFigureSize)
	want.SetMotion(am, true)
	want.At(now.Sub(w.started).Seconds(), diagram.TempoOf(r.p.deps.Library, alt.ID))
	if w.Alt.Body() != want.Body() {
		t.Fatal("the alternative is not at its own place in its rep")
	}

	// Leaving the planner's tab stops them; coming back starts them again.
	r.p.SetVisible(false)
	if w.anim.Running() {
		t.Fatal("the figures move while the planner is not shown")
	}
	r.p.SetVisible(true)
	if !w.anim.Running() {
		t.Fatal("the figures did not start again")
	}

	// A low-risk exercise has no safer alternative to pose.
	l.Search.SetText("dead bug")
	test.Tap(l.Explain)
	if got, _ := w.Figure.Motion(); w.Shown() != "dead-bug" || got != mustMotion(t, "dead-bug") || w.altCard.Visible() {
		t.Fatalf("dead bug: shown %q, alternative card shown %v", w.Shown(), w.altCard.Visible())
	}
	if w.Figure.Body() != mustMotion(t, "dead-bug").Start {
		t.Fatal("a new exercise does not start from its start pose")
	}
	w.clear()
	if w.figures.Visible() || w.anim.Running() {
		t.Fatal("a cleared panel still shows or moves a figure")
	}
}

func mustMotion(t *testing.T, id string) moves.Motion {
	t.Helper()
	m, ok := moves.For(id)
	if !ok {
		t.Skipf("%s has no motion yet", id)
	}
	return m
}

// With a risky exercise and its alternative moving in the why panel, the
// planner still fits the smallest screen CoreCue supports.
func TestWhyFiguresFitTheSmallestScreen(t *testing.T) {
	mustMotion(t, "crunch")
	r := newRig(t, nil)
	r.p.Library.Search.SetText("crunch")
	test.Tap(r.p.Library.Explain)
	if !r.p.Plan.Why.altCard.Visible() {
		t.Fatal("no alternative shown")
	}
	if m := r.p.Content().MinSize(); m.Width > 1024 || m.Height > 600 {
		t.Fatalf("the planner needs %v with the figures shown", m)
	}
}
