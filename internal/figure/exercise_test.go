package figure

import (
	"math"
	"testing"

	"github.com/corecue/corecue/internal/breath"
)

// The Lumbar angle bends the lower back over L1–L5: the pelvis stays, the
// chest turns forward by the whole angle when it flexes and back when it
// arches, and the bend is spread evenly over the five vertebrae.
func TestLumbarBendsTheLowerBack(t *testing.T) {
	upright := Posture(breath.Standing)
	for _, lum := range []float64{40, -25} {
		b := upright
		b[Lumbar] = lum
		f0, f := bodyFrame(upright), bodyFrame(b)
		for _, p := range []Pt{{0, 0}, {-10, -5}, {6.6, 9.2}, {-8.9, 10.6}} { // hip, buttock, hip bone, S1
			if d := f.m(p.X, p.Y).sub(f0.m(p.X, p.Y)).len(); d > 1e-9 {
				t.Errorf("lumbar %g: the pelvis point %v moved %.2f cm", lum, p, d)
			}
		}
		// The chest turns by the whole angle: its forward direction turns.
		a := f.m(0, 50).sub(f.m(0, 40))
		if got := math.Atan2(a.X, -a.Y) * 180 / math.Pi; math.Abs(got-lum) > 0.01 {
			t.Errorf("lumbar %g: the chest leans %.2f°", lum, got)
		}
		// Forward flexion carries the shoulders forward, an arch back.
		if mv := f.up(Pt{-1, 51}).X - f0.up(Pt{-1, 51}).X; math.Signbit(mv) != math.Signbit(lum) || math.Abs(mv) < 5 {
			t.Errorf("lumbar %g: the shoulder moved %.1f cm forward", lum, mv)
		}
		// Each of L1–L5 takes an equal share of the bend.
		prev := math.NaN()
		for i := 1; i <= 5; i++ {
			lo, hi := f.pt(spineAt(float64(i)-0.45)), f.pt(spineAt(float64(i)+0.45))
			lo0, hi0 := f0.pt(spineAt(float64(i)-0.45)), f0.pt(spineAt(float64(i)+0.45))
			turn := (math.Atan2(hi.Y-lo.Y, hi.X-lo.X) - math.Atan2(hi0.Y-lo0.Y, hi0.X-lo0.X)) * 180 / math.Pi
			if i > 1 && turn*lum <= prev*lum {
				t.Errorf("lumbar %g: L%d turned %.1f°, not more than the one below (%.1f°)", lum, 6-i, turn, prev)
			}
			prev = turn
		}
	}
	// No bend, no change: the drill's frame.
	if f := bodyFrame(upright); f.bend != nil || f.m(3, 40) != newFrame(0).m(3, 40) {
		t.Error("a body with a neutral back is bent")
	}
}

// An exercise picture has no breath gauge, keeps its words inside the
// picture at a thumbnail's and a screen's size, and marks the back only
// when asked.
func TestExercisePicture(t *testing.T) {
	b := Body{Trunk: -90, Lumbar: 30, Neck: 20, Shoulder: 25, Hip: 45, Knee: 108, Ankle: 27}
	for _, sz := range [][2]float64{{160, 110}, {640, 400}, {1280, 800}} {
		for _, back := range []Back{{}, {AtRisk: true, Note: "lower back bends under load"}, {Note: "back stays neutral"}} {
			sc := Render(Options{Body: &b, View: ViewSide, Back: back, W: sz[0], H: sz[1], Span: []Body{Posture(breath.Lying), b}})
			marked := false
			for _, sh := range sc.Shapes {
				if sh.Text == "Breath" {
					t.Errorf("%v: an exercise picture has the breath gauge", sz)
				}
				if sh.Stroke == RoleWrong || sh.Fill == RoleWrong {
					marked = true
				}
				for _, p := range sh.Pts {
					if p.X < -1 || p.Y < -1 || p.X > sz[0]+1 || p.Y > sz[1]+1 {
						t.Fatalf("%v %q: a point at %v is outside the picture", sz, back.Note, p)
					}
				}
				if sh.Kind == KindText {
					w := textWidth(sh.Text, sh.Size)
					if x0 := sh.Pts[0].X - w/2*boolF(sh.Align == AlignCentre) - w*boolF(sh.Align == AlignRight); x0 < -1 || x0+w > sz[0]+1 {
						t.Errorf("%v: %q is cut off", sz, sh.Text)
					}
				}
			}
			if marked != back.AtRisk {
				t.Errorf("%v %q: marked %v", sz, back.Note, marked)
			}
		}
	}
}

// A side plank in the front view: the body lies on its side (the shoulders
// stacked one over the other, the line from the neck to the hips near
// level), and the lower arm stands under the lower shoulder with its elbow
// on the floor.
func TestSidePlankFrontView(t *testing.T) {
	top := Body{Trunk: -75, ArmOut: 5}
	under := Body{Trunk: -75, Elbow: 90, ArmOut: 75}
	f, _ := frontPlaced(top, &under, AnchorHands)
	f.level = true // heights above the floor, without the slant of depth
	l, r := frontSides(top, &under)
	ls, rs := f.onFront(l.shoulder), f.onFront(r.shoulder)
	if math.Abs(ls.X-rs.X) > 0.5*math.Abs(ls.Y-rs.Y) || rs.Y < ls.Y {
		t.Errorf("shoulders at %v (upper) and %v (lower): not stacked", ls, rs)
	}
	neck, hips := f.onFront(v3{0, 57, 0}), f.onFront(v3{0, 0, 0})
	if a := math.Atan2(math.Abs(neck.Y-hips.Y), math.Abs(neck.X-hips.X)) * 180 / math.Pi; a > 30 {
		t.Errorf("the trunk is %.0f° from level: not lying on its side", a)
	}
	el := f.onFront(r.elbow)
	if math.Abs(el.X-rs.X) > 3 {
		t.Errorf("the elbow is %.1f cm from under the shoulder", el.X-rs.X)
	}
	if el.Y < -6 {
		t.Errorf("the elbow is %.1f cm above the floor", -el.Y)
	}
	// Drawn, it stays inside the picture and marks the back only when asked.
	for _, back := range []Back{{}, {AtRisk: true, Note: "lower back bends under load"}, {Note: "back stays neutral"}} {
		for _, sz := range [][2]float64{{160, 110}, {640, 400}} {
			sc := Render(Options{Body: &top, Other: &under, View: ViewFront, Anchor: AnchorHands, Back: back, W: sz[0], H: sz[1]})
			marked := false
			for _, sh := range sc.Shapes {
				marked = marked || sh.Fill == RoleWrong || sh.Stroke == RoleWrong
				for _, p := range sh.Pts {
					if p.X < -1 || p.Y < -1 || p.X > sz[0]+1 || p.Y > sz[1]+1 {
						t.Fatalf("%v %q: a point at %v is outside the picture", sz, back.Note, p)
					}
				}
			}
			if marked != back.AtRisk {
				t.Errorf("%v %q: marked %v", sz, back.Note, marked)
			}
		}
	}
}
