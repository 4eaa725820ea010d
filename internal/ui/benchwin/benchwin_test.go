package benchwin

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

func TestSceneHasADozenShapesOfEachKind(t *testing.T) {
	s := New()
	kinds := map[string]int{}
	for _, o := range s.box.Objects {
		switch o.(type) {
		case *canvas.Circle:
			kinds["circle"]++
		case *canvas.Rectangle:
			kinds["rect"]++
		case *canvas.Line:
			kinds["line"]++
		default:
			t.Fatalf("unexpected object %T", o)
		}
	}
	if len(s.box.Objects) != Shapes || kinds["circle"] != 4 || kinds["rect"] != 4 || kinds["line"] != 4 {
		t.Fatalf("objects %d, kinds %v", len(s.box.Objects), kinds)
	}
}

// Every shape moves between two frames, stays inside the window, and the
// loop comes back to where it started.
func TestStepMovesEveryShapeInsideTheWindow(t *testing.T) {
	test.NewTempApp(t)
	s := New()
	w := test.NewTempWindow(t, s.Object())
	w.Resize(Size)
	s.Step(0)
	a := s.Positions()
	s.Step(0.25)
	b := s.Positions()
	size := s.Object().Size()
	for i := range a {
		if a[i] == b[i] {
			t.Errorf("shape %d did not move: %v", i, a[i])
		}
		if b[i].X < 0 || b[i].Y < 0 || b[i].X > size.Width || b[i].Y > size.Height {
			t.Errorf("shape %d at %v, outside %v", i, b[i], size)
		}
	}
	s.Step(1)
	c := s.Positions()
	for i := range a {
		if d := a[i].Subtract(c[i]); d.X*d.X+d.Y*d.Y > 0.01 {
			t.Errorf("shape %d: loop ends at %v, began at %v", i, c[i], a[i])
		}
	}
}

func TestFirstFrameHookRunsOnce(t *testing.T) {
	test.NewTempApp(t)
	s := New()
	n := 0
	s.OnFirstFrame = func() { n++ }
	s.tick(0.1)
	s.tick(0.2)
	if n != 1 {
		t.Fatalf("first-frame hook ran %d times", n)
	}
}

func TestParseArgs(t *testing.T) {
	o, err := ParseArgs(nil)
	if err != nil || o.Seconds != 30 || o.Still {
		t.Fatalf("defaults %+v %v", o, err)
	}
	o, err = ParseArgs([]string{"--seconds", "5", "--still"})
	if err != nil || o.Seconds != 5 || !o.Still {
		t.Fatalf("parsed %+v %v", o, err)
	}
	for _, bad := range [][]string{{"--seconds", "-1"}, {"--seconds", "NaN"}, {"extra"}, {"--fast"}} {
		if _, err := ParseArgs(bad); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
}

// Bad flags are refused before any app (and so any window) is made.
func TestRunRefusesBadFlagsWithoutMakingAnApp(t *testing.T) {
	var out strings.Builder
	made := false
	code := Run(func() fyne.App { made = true; return test.NewTempApp(t) }, []string{"--seconds", "x"}, &out)
	if code != 2 || made || !strings.Contains(out.String(), "seconds") || strings.Count(out.String(), "\n") != 1 {
		t.Fatalf("code %d, app made %v, stderr %q", code, made, out.String())
	}
}
