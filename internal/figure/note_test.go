package figure

import (
	"math"
	"testing"

	"github.com/corecue/corecue/internal/breath"
)

// The guided workout at 1280x800 gives the exercise picture a tall column
// (about 620x600): the note on what the lower back does stayed at the top
// of the column while the figure was centred well below it. The note sits
// with the figure: the gap between its last line and the highest part of
// the picture is at most a line.
func TestExerciseNoteSitsWithTheFigure(t *testing.T) {
	b := Body{Trunk: -90, Lumbar: 30, Neck: 20, Shoulder: 25, Hip: 45, Knee: 108, Ankle: 27}
	for _, sz := range [][2]float64{{620, 600}, {500, 700}, {640, 400}} {
		back := Back{AtRisk: true, Note: "lower back bends under load"}
		sc := Render(Options{Body: &b, View: ViewSide, Back: back, W: sz[0], H: sz[1], Span: []Body{Posture(breath.Lying), b}})
		noteBottom, figTop, lpx := 0.0, math.Inf(1), 0.0
		for _, sh := range sc.Shapes {
			if sh.Kind == KindText && sh.Text == back.Note {
				noteBottom, lpx = sh.Pts[0].Y+sh.Size, sh.Size
				continue
			}
			if sh.Kind == KindCircle && sh.R == 0 {
				continue // room kept for the movement, not drawn
			}
			for _, p := range sh.Pts {
				y := p.Y - sh.R // text is placed by its top
				figTop = math.Min(figTop, y)
			}
		}
		if lpx == 0 {
			t.Fatalf("%v: no note", sz)
		}
		if gap := figTop - noteBottom; gap > 1.5*lpx || gap < 0 {
			t.Errorf("%v: the note ends at y=%.0f, the picture starts at y=%.0f (a %.0f px line)", sz, noteBottom, figTop, lpx)
		}
	}
}
