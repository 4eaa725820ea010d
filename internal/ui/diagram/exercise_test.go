package diagram

import (
	"image"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/figure/moves"
)

// legRaise is a motion made here, so the painter's tests do not depend on
// any one library entry's pose: lying, the straight legs raised 70°.
func legRaise() moves.Motion {
	start := figure.Posture(breath.Lying)
	start[figure.Hip], start[figure.Knee], start[figure.Ankle] = 0, 0, 20
	end := start
	end[figure.Hip] = 70
	return moves.Motion{Start: start, End: end, View: figure.ViewSide, Load: moves.LoadArches, Note: "lower back arches"}
}

func exerciseIn(t *testing.T, w, h float32) *Exercise {
	t.Helper()
	test.NewTempApp(t)
	e := NewExercise(fyne.NewSize(200, 100))
	e.SetMotion(legRaise(), true)
	win := test.NewTempWindow(t, e)
	win.Resize(fyne.NewSize(w, h))
	return e
}

// The picture is painted again only when a joint has turned a visible
// step, and the body on screen never lags the exact one by more.
func TestExerciseRepaintsOnVisibleStepsOnly(t *testing.T) {
	e := exerciseIn(t, 640, 400)
	m, _ := e.Motion()
	tempo := exercise.Tempo{Up: 1, Hold: 1, Down: 1}
	e.At(0, tempo)
	base := e.Paints()
	if base == 0 {
		t.Fatal("never painted")
	}
	b := m.Start
	b[figure.Hip] += 0.05
	e.SetBody(b)
	if e.Paints() != base {
		t.Fatalf("a 0.05° turn repainted (%d → %d)", base, e.Paints())
	}
	step := stepDegrees(int(e.Size().Height))
	frames, paints := 0, e.Paints()
	for s := 0.0; s <= 3; s += 1.0 / 60 {
		e.At(s, tempo)
		frames++
		// The pose is taken at the nearest 1/30 s, then drawn within a step.
		exact := m.At(math.Round(s*movesPerSecond)/movesPerSecond, tempo)
		if e.Body() != exact {
			t.Fatalf("at %.3f s the body is %v, want %v", s, e.Body(), exact)
		}
		if d := e.r.drawn[figure.Hip] - exact[figure.Hip]; d > step || d < -step {
			t.Fatalf("at %.2f s the hip drawn is %.2f° from the pose", s, d)
		}
	}
	paints = e.Paints() - paints
	if paints == 0 || paints > frames/2+1 {
		t.Fatalf("%d paints in %d frames at 60 Hz: want some, and at most one in two", paints, frames)
	}
	// Staying still in the hold paints nothing.
	e.At(1.1, tempo)
	n := e.Paints()
	for s := 1.2; s < 1.9; s += 1.0 / 60 {
		e.At(s, tempo)
	}
	if e.Paints() != n {
		t.Fatalf("the hold repainted %d times", e.Paints()-n)
	}
	// Drawing in the corset muscle is a visible change.
	e.SetEngagement(breath.Pose{Engagement: 1})
	if e.Paints() != n+1 {
		t.Fatal("engaging the core did not repaint")
	}
}

// The picture is the exercise drawn by figure.Render for its motion: not
// blank, and different at the start and the end of the rep.
func TestExercisePaintsTheBody(t *testing.T) {
	e := exerciseIn(t, 400, 240)
	m, _ := e.Motion()
	pixels := func() []byte {
		img := e.r.img.Image.(*image.RGBA)
		return append([]byte(nil), img.Pix...)
	}
	e.SetBody(m.Start)
	start := pixels()
	inked := 0
	for i := 3; i < len(start); i += 4 {
		if start[i] != 0 {
			inked++
		}
	}
	if inked < len(start)/4/50 {
		t.Fatalf("only %d of %d pixels painted", inked, len(start)/4)
	}
	e.SetBody(m.End)
	if string(pixels()) == string(start) {
		t.Fatal("the end pose looks the same as the start")
	}
	e.SetMotion(moves.Motion{}, false)
	for _, p := range pixels() {
		if p != 0 {
			t.Fatal("no motion still paints a body")
		}
	}
}

// With reduced motion the picture shows only the rep's two stills, each
// for its half of the rep.
func TestReducedMotionShowsTheTwoStills(t *testing.T) {
	e := exerciseIn(t, 400, 240)
	e.SetReducedMotion(true)
	m, _ := e.Motion()
	tempo := exercise.Tempo{Up: 2, Hold: 1, Down: 2}
	for _, tc := range []struct {
		at   float64
		want figure.Body
	}{
		{0, m.Start}, {0.9, m.Start}, {1.1, m.End}, {2.5, m.End}, {3.9, m.End}, {4.1, m.Start}, {5.2, m.Start},
	} {
		e.At(tc.at, tempo)
		if e.Body() != tc.want {
			t.Errorf("at %.1f s: %v, want %v", tc.at, e.Body(), tc.want)
		}
	}
	hold := m
	hold.Hold = true
	if StillAt(hold, 0, tempo) != m.End {
		t.Error("a hold's still is not its held pose")
	}
}

func TestTempoOfFallsBackForEntriesWithout(t *testing.T) {
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if got := TempoOf(lib, "no-such-exercise"); got != moves.DefaultTempo {
		t.Fatalf("unknown id: %+v", got)
	}
	for _, ex := range lib.Exercises() {
		if ex.Tempo != nil && ex.Tempo.Rep() > 0 && TempoOf(lib, ex.ID) != *ex.Tempo {
			t.Fatalf("%s: %+v, want the library's %+v", ex.ID, TempoOf(lib, ex.ID), *ex.Tempo)
		}
	}
}

// A thumbnail is painted once per exercise, size and palette; every list
// row after the first gets the same image.
func TestStillIsPaintedOnceAndKept(t *testing.T) {
	test.NewTempApp(t)
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var id string
	for _, ex := range lib.Exercises() {
		if _, ok := moves.For(ex.ID); ok {
			id = ex.ID
			break
		}
	}
	if id == "" {
		t.Skip("no library entry has a motion yet")
	}
	a := Still(id, 96, 64, &figure.Light)
	if a == nil || a.Bounds().Dx() != 96 || a.Bounds().Dy() != 64 {
		t.Fatalf("still %v", a)
	}
	if b := Still(id, 96, 64, &figure.Light); b != a {
		t.Fatal("painted twice")
	}
	if c := Still(id, 96, 64, &figure.Dark); c == a {
		t.Fatal("the dark theme got the light picture")
	}
	if Still("no-such-exercise", 96, 64, &figure.Light) != nil {
		t.Fatal("an id without a motion got a picture")
	}
	th := NewThumb(fyne.NewSize(96, 64))
	th.SetExercise(id)
	w := test.NewTempWindow(t, th)
	w.Resize(fyne.NewSize(96, 64))
	if img := test.WidgetRenderer(th).Objects()[0].(*canvas.Image).Image; img != Still(id, int(th.Size().Width), int(th.Size().Height), figure.For(th.Theme().Color("background", 0))) {
		t.Fatal("the thumb does not show the kept still")
	}
}

// BenchmarkExerciseFrame is the exercise figure's cost per display frame
// through one rep at 60 Hz at a guided workout's picture size: the frame
// function's call to At plus the repaints it triggers.
func BenchmarkExerciseFrame(b *testing.B) {
	a := test.NewApp()
	defer a.Quit()
	e := NewExercise(fyne.NewSize(200, 100))
	e.SetMotion(legRaise(), true)
	w := test.NewWindow(e)
	defer w.Close()
	w.Resize(fyne.NewSize(620, 560))
	tempo := exercise.Tempo{Up: 1.2, Hold: 0.6, Down: 1.2}
	p0 := e.Paints()
	b.ResetTimer()
	for i := range b.N {
		e.At(float64(i)/60, tempo)
	}
	b.ReportMetric(float64(e.Paints()-p0)/float64(b.N), "paints/frame")
}

// BenchmarkLibraryStills is what the library's pictures cost the first
// time: every entry painted at a list row's size (96x64), with nothing
// kept from before. A list shows only the rows in view, and each picture
// is kept after it is painted, so this is the most any list pays, once.
func BenchmarkLibraryStills(b *testing.B) {
	lib, err := exercise.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for range b.N {
		stills.Lock()
		clear(stills.m)
		stills.Unlock()
		n = 0
		for _, ex := range lib.Exercises() {
			if Still(ex.ID, 96, 64, &figure.Light) != nil {
				n++
			}
		}
	}
	b.ReportMetric(float64(n), "pictures")
}
