package workout

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/figure/moves"
	"github.com/corecue/corecue/internal/ui/frames/framestest"
	engine "github.com/corecue/corecue/internal/workout"
)

// The picture performs the exercise playing, in step with the rep tick:
// each rep starts in the start pose on its tick and is at the far point in
// the middle of its pause; the corset figure fills the picture in the
// warm-up and comes up small beside the exercise only for the calls to
// engage (the set's first rep and every fifth after it).
func TestFigurePerformsTheCurrentExercise(t *testing.T) {
	m, ok := moves.For("dead-bug")
	if !ok || m.Start == m.End {
		t.Skip("the dead bug has no motion yet")
	}
	r := newRig(t, t.TempDir())
	r.s.PainBefore.SetText("2")
	r.s.Pace.SetText("4")
	r.s.Reengage.SetText("5")
	r.start()
	l := r.s.Live
	tl := r.s.run.TL

	r.at(3 * time.Second) // the vacuum warm-up
	if shown, full := l.CorsetShown(); !shown || !full || l.Move.Visible() || !l.Shown.Corset {
		t.Fatalf("warm-up: corset shown %v (full %v), exercise shown %v", shown, full, l.Move.Visible())
	}

	step := func(k engine.Kind, n int) engine.Step {
		for _, s := range tl.Steps {
			if s.Kind == k && s.Item == 0 {
				if n--; n == 0 {
					return s
				}
			}
		}
		t.Fatalf("no %v step", k)
		return engine.Step{}
	}
	shows := func(what string, want figure.Body, corsetToo bool) {
		t.Helper()
		if !l.Move.Visible() {
			t.Fatalf("%s: the exercise is not shown", what)
		}
		if got, _ := l.Move.Motion(); got != m {
			t.Fatalf("%s: the picture is not the dead bug", what)
		}
		if l.Move.Body() != want {
			t.Fatalf("%s: body %v, want %v", what, l.Move.Body(), want)
		}
		if shown, full := l.CorsetShown(); shown != corsetToo || full {
			t.Fatalf("%s: corset shown %v (full %v), want %v", what, shown, full, corsetToo)
		}
		if corsetToo && l.Figure.Size().Width >= l.Move.Size().Width {
			t.Fatalf("%s: the corset covers the exercise", what)
		}
	}

	ready := step(engine.GetReady, 1)
	r.at(ready.Start + time.Second)
	shows("get ready", m.Start, false)

	set := step(engine.Set, 1)
	pace := 4 * time.Second
	tempo := repTempo(r.s.d.Library, "dead-bug", pace)
	if d := tempo.Rep() - pace.Seconds(); d > 1e-9 || d < -1e-9 {
		t.Fatalf("the rep's tempo lasts %g s, the pace is %v", tempo.Rep(), pace)
	}
	far := time.Duration((tempo.Up + tempo.Hold/2) * float64(time.Second)) // the middle of the pause at the far point
	r.at(set.Start)
	shows("rep 1 on its tick", m.Start, true)
	r.at(set.Start + far)
	shows("rep 1 at its far point", m.End, far < reminderLen)
	r.at(set.Start + pace)
	shows("rep 2 on its tick", m.Start, false)
	r.at(set.Start + pace + far)
	shows("rep 2 at its far point", m.End, false)
	r.at(set.Start + 5*pace)
	shows("rep 6 on its tick, with the call to engage again", m.Start, true)
	r.at(set.Start + 5*pace + far)
	shows("rep 6 at its far point", m.End, far < reminderLen)
	r.at(set.Start + 5*pace + reminderLen)
	if shown, _ := l.CorsetShown(); shown {
		t.Fatal("the call to engage stays up after it has been said")
	}
	// Between the tick and the far point the body is on its way.
	r.at(set.Start + 2*pace + time.Duration(tempo.Up/2*float64(time.Second)))
	if b := l.Move.Body(); b == m.Start || b == m.End {
		t.Fatal("half way up the body is at an end")
	}

	r.at(step(engine.Rest, 1).Start + 2*time.Second)
	shows("rest", m.Start, false)

	// With reduced motion the picture keeps to the two stills, in step.
	l.SetReducedMotion(true)
	set2 := step(engine.Set, 2)
	r.at(set2.Start + pace + time.Duration(tempo.Up/4*float64(time.Second)))
	shows("reduced motion early in the way up", m.Start, false)
	r.at(set2.Start + pace + far)
	shows("reduced motion at the far point", m.End, false)
}

// A hold shows its held pose for the whole set, with the corset only for
// the call to engage at its start.
func TestFigureHoldsAHold(t *testing.T) {
	m, ok := moves.For("front-plank")
	if !ok {
		t.Skip("the plank has no motion yet")
	}
	tl, err := engine.New([]engine.Item{{ExerciseID: "front-plank", Name: "Front plank", Sets: 1, HoldSeconds: 20}}, engine.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	r := newRig(t, t.TempDir())
	set := tl.Steps[2]
	if set.Kind != engine.Set {
		t.Fatalf("step 2 is %v", set.Kind)
	}
	for _, tc := range []struct {
		at       time.Duration
		reminder bool
	}{{0, true}, {2 * time.Second, true}, {4 * time.Second, false}, {15 * time.Second, false}} {
		mo := MomentOf(tl, tl.State(set.Start+tc.at), r.s.d.Library)
		if mo.Corset || mo.Body != m.End || mo.Reminder != tc.reminder {
			t.Errorf("%v into the hold: corset %v, held pose %v, reminder %v", tc.at, mo.Corset, mo.Body == m.End, mo.Reminder)
		}
	}
	if mo := MomentOf(tl, tl.State(time.Second), r.s.d.Library); !mo.Corset {
		t.Error("the warm-up does not show the corset")
	}
}

// An exercise the library does not know has no picture of its own: the
// corset figure keeps the engagement in view.
func TestUnknownExerciseShowsTheCorset(t *testing.T) {
	tl, err := engine.New([]engine.Item{{Name: "Zercher squat", Sets: 1, Reps: 5}}, engine.Options{RepSeconds: 3})
	if err != nil {
		t.Fatal(err)
	}
	r := newRig(t, t.TempDir())
	if mo := MomentOf(tl, tl.State(tl.Steps[1].Start+time.Second), r.s.d.Library); !mo.Corset {
		t.Fatal("an unknown exercise shows an exercise picture")
	}
}

// BenchmarkWorkoutFrame is the session screen's cost per display frame
// through a set of dead bugs at 60 Hz: the engine's state, the labels and
// the exercise figure's repaints (Fyne's own repaint of the window is not
// in it).
func BenchmarkWorkoutFrame(b *testing.B) {
	r := newRig(b, b.TempDir())
	r.s.WarmUp.SetChecked(false)
	r.s.PainBefore.SetText("2")
	r.start()
	set := r.s.run.TL.Steps[1]
	p0 := r.s.Live.Move.Paints()
	b.ResetTimer()
	frames := int(set.Len * 60 / time.Second)
	for i := range b.N {
		r.at(set.Start + time.Duration(i%frames)*time.Second/60)
	}
	b.ReportMetric(float64(r.s.Live.Move.Paints()-p0)/float64(b.N), "paints/frame")
}

// Fyne repaints the whole window for any object refreshed, so a frame
// that changes nothing on screen must ask for no repaint: once a rest has
// let the engagement go (its first 1.5 s), only the countdown changes, once
// a second. (Every frame set the swap
// button's words again, which repainted the window 60 times a second.)
func TestARestingFrameRepaintsNothing(t *testing.T) {
	r := newRig(t, t.TempDir())
	r.s.WarmUp.SetChecked(false)
	r.s.PainBefore.SetText("2")
	r.start()
	var rest engine.Step
	for _, s := range r.s.run.TL.Steps {
		if s.Kind == engine.Rest {
			rest = s
			break
		}
	}
	if rest.Len < 3*time.Second {
		t.Fatalf("no rest of three seconds in the plan: %+v", rest)
	}
	from := rest.Start + 2*time.Second + time.Second/10
	r.at(from)
	n := framestest.Count(fyne.CurrentApp())
	for f := 0; f < 48; f++ { // the rest of that second, at 60 Hz
		r.at(from + time.Duration(f)*time.Second/60)
	}
	if got := n.Repaints(); got != 0 {
		t.Errorf("48 frames of a rest in which nothing changed asked for %d repaints", got)
	}
}
