package figure

import (
	"math"

	"github.com/corecue/corecue/internal/breath"
)

// look is what a picture shows besides the pose: the hands on the waist for
// the self-check, or one common fault drawn wrong on the same body.
type look struct {
	fault breath.Fault
	hands bool
}

// How the faults are drawn, in centimetres of body and degrees. Like the
// motion shares, they are sized to be seen, not measured.
const (
	flattenBack = 3.2  // how far the middle of the lumbar curve moves back when the back flattens
	flareLift   = 13.0 // degrees the ribs lift when they flare
	flareOut    = 2.6  // how far the lower ribs' front edge pushes forward
	bellyPush   = 0.6  // the lower belly pushed out, as a share of the draw-in's travel
	upperGrip   = 0.9  // the upper belly gripped in, as a share of the draw-in's travel
)

// Arm angles for the self-check's hands on the waist, and how much of the
// forearm a side view sees: it runs in toward the waist, across the line
// of sight, so it shows at about half its length.
const (
	waistShoulder = -10.0
	waistElbow    = 95.0
	forearmSeen   = 0.45
)

// The far arm in the side view: faint enough that the deep muscles show
// through it, outlined firmly enough to read as an arm.
const (
	armAlpha = 0.75
	armFill  = 0.45
)

// handsOnWaist poses the arm from the shoulder with the self-check's
// angles: the elbow out to the side (seen from the side it falls within
// the trunk), the hand on the flank at the waist, fingers forward.
func handsOnWaist(l limbs) limbs {
	l.elbow = l.shoulder.add(dir(waistShoulder).mul(upperArm))
	fd := dir(waistShoulder + waistElbow)
	l.wrist = l.elbow.add(fd.mul(forearm * forearmSeen))
	l.hand = l.wrist.add(fd.mul(handLen * 0.6))
	return l
}

// lookOf is the one look a view is given, or none.
func lookOf(looks []look) look {
	if len(looks) > 0 {
		return looks[0]
	}
	return look{}
}

// arm is the arm as the look poses it: hanging as the body has it, or with
// the hand on the waist.
func (lk look) arm(l limbs) limbs {
	if lk.hands {
		return handsOnWaist(l)
	}
	return l
}

// HandsAtWaist reports whether the figure puts its hands on the waist for
// the self-check in position p: not on hands and knees, where they hold
// the body up.
func HandsAtWaist(p breath.Position) bool { return p != breath.Kneeling }

// bump rises smoothly from 0 at lo to 1 at mid and falls back to 0 at hi.
func bump(v, lo, mid, hi float64) float64 {
	if v <= mid {
		return smoothstep((v - lo) / (mid - lo))
	}
	return smoothstep((hi - v) / (hi - mid))
}

// warp bends the trunk for a fault: the lumbar curve flattened (its middle
// moves back toward the line of the sacrum and the upper back), or the
// lower ribs pushed forward as they flare. Nil draws the body as it is.
func (lk look) warp() func(Pt) Pt {
	switch lk.fault {
	case breath.FaultBackFlatten:
		return func(p Pt) Pt {
			return Pt{p.X - flattenBack*bump(p.Y, 4, 21, 40), p.Y}
		}
	case breath.FaultRibFlare:
		return func(p Pt) Pt {
			front := smoothstep((p.X + 4) / 10) // only in front of the spine
			return Pt{p.X + flareOut*bump(p.Y, 27, 37, 50)*front, p.Y}
		}
	}
	return nil
}

// wall is the belly's front at height v: drawn in by e, or for the
// belly-out fault the lower belly pushed out past its relaxed line and the
// upper belly gripped in.
func (lk look) wall(e float64) func(v float64) float64 {
	if lk.fault == breath.FaultBellyOut {
		return func(v float64) float64 {
			low := bump(v, -3, 14, 24)
			high := bump(v, 21, 28, 35)
			return frontRelaxed(v) + retract*(bellyPush*low-upperGrip*high)
		}
	}
	return func(v float64) float64 { return frontWall(v, e) }
}

// inner is the front of the still outline: the belly fully drawn in, or
// for the belly-out fault whichever of that and its own wall lies further back.
func (lk look) inner(wall func(float64) float64) func(float64) float64 {
	if lk.fault == breath.FaultBellyOut {
		return func(v float64) float64 { return math.Min(frontWall(v, 1), wall(v)) }
	}
	return func(v float64) float64 { return frontWall(v, 1) }
}

// ribLift is how far the side view's ribs are lifted, in degrees.
func (lk look) ribLift() float64 {
	if lk.fault == breath.FaultRibFlare {
		return flareLift
	}
	return 0
}

// corsetE is how engaged the corset muscle is drawn: pushing the belly out
// is not drawing in, so the muscle stays pale.
func (lk look) corsetE(e float64) float64 {
	if lk.fault == breath.FaultBellyOut {
		return 0.15
	}
	return e
}

// ghostBack dashes the back's neutral line over a flattened back, so the
// picture shows what changed.
func (lk look) ghostBack(d *draft, f frame) {
	if lk.fault != breath.FaultBackFlatten {
		return
	}
	plain := frame{cos: f.cos, sin: f.sin}
	var back, spine []Pt
	for v := 2.0; v <= 40; v += 1.5 {
		back = append(back, plain.m(backU(v), v))
	}
	for s := 0.0; s <= 5.01; s += 0.25 {
		spine = append(spine, plain.pt(spineAt(s)))
	}
	d.add(Shape{Kind: KindPath, Pts: back, Stroke: RoleGhost, Width: 0.3, Alpha: 0.9, Dash: 1.1})
	d.add(Shape{Kind: KindPath, Pts: spine, Stroke: RoleGhost, Width: 0.3, Alpha: 0.9, Dash: 1.1})
}

// mark draws what is wrong in the warning colour: an arrow at the part that
// goes wrong and a label naming it.
func (lk look) mark(d *draft, f frame) {
	var from, to Pt
	var text string
	var at Pt
	s := sideLeft
	switch lk.fault {
	case breath.FaultBreathHold:
		// The throat closed on a held breath.
		from, to = f.m(-2.6+9, 61), f.m(-2.6+4.6, 61)
		text, at = "breath held: the throat shut", f.m(-2.6, 61)
	case breath.FaultBackFlatten:
		from, to = f.m(backU(21)-8, 21), f.m(backU(21)-1.2, 21)
		text, at = "lower back flattened, pelvis tucked", f.m(backU(21)-flattenBack, 21)
	case breath.FaultBellyOut:
		from, to = f.m(frontRelaxed(12)+1, 12), f.m(frontRelaxed(12)+7.5, 12)
		text, at = "belly pushed out, upper belly gripped", f.m(frontRelaxed(12)+retract*bellyPush, 12)
		s = sideRight
	case breath.FaultRibFlare:
		from, to = f.m(frontRelaxed(37)+1, 35), f.m(frontRelaxed(37)+6, 40)
		text, at = "ribs lifted and flared", f.m(frontRelaxed(37)+flareOut, 37)
		s = sideRight
	default:
		return
	}
	d.arrowOf(from, to, RoleWrong, 0.7, 1, false)
	d.reserve(from, to)
	d.labels = append(d.labels, label{text: text, at: at, tip: at, side: s, wrong: true})
}

// lordosisOf is the lumbar curve, S1's endplate to L1's, of the spine as
// warp bends it.
func lordosisOf(warp func(Pt) Pt) float64 {
	if warp == nil {
		return LumbarLordosis()
	}
	tangent := func(s float64) Pt {
		d := warp(spineAt(s + 0.01)).sub(warp(spineAt(s - 0.01)))
		return d.mul(1 / d.len())
	}
	a, b := tangent(0), tangent(5)
	return math.Abs(math.Atan2(a.X, a.Y)-math.Atan2(b.X, b.Y)) * 180 / math.Pi
}

// FaultPoses are the moments a fault's picture pair shows: the drill done
// right in the middle of a hold (drawn in, breathing on), and the same
// moment done wrong. Holding the breath and flaring the ribs go with a big
// breath held high in the chest; pushing the belly out is no draw-in at all.
func FaultPoses(f breath.Fault) (right, wrong breath.Pose) {
	right = breath.Pose{Phase: breath.Hold, Progress: 0.6, Engagement: 1, Breath: 0.4}
	wrong = right
	switch f {
	case breath.FaultBreathHold, breath.FaultRibFlare:
		wrong.Breath = 0.95
	case breath.FaultBellyOut:
		wrong.Engagement = 0
	}
	return right, wrong
}

// handOver outlines the forearm and hand on the waist on top of the moving
// corset, which would hide the far arm drawn under it: the self-check is
// felt there. The outline is always in the waist pose and only shows while
// the hands are there, so it never moves; a handful of segments keeps it
// cheap to move with the rest.
func (lk look) handOver(d *draft, f frame, l limbs) {
	w := handsOnWaist(l)
	alpha := boolF(lk.hands)
	fd := w.hand.sub(w.elbow)
	fd = fd.mul(1 / fd.len())
	n := Pt{-fd.Y, fd.X}
	for _, s := range []float64{-1, 1} { // the forearm's two sides
		d.path(f.pts([]Pt{w.elbow.add(n.mul(s * 3.4)), w.wrist.add(n.mul(s * 2.5))}), false, RoleNone, RoleInk, outlineW*0.8, alpha, true)
	}
	mid := lerpPt(w.wrist, w.hand, 0.55)
	d.path(f.pts(ellipse(mid, 4.2, 2.5, math.Atan2(fd.Y, fd.X), 8)), true, RoleNone, RoleInk, outlineW*0.8, alpha, true)
}
