package figure

import "math"

// The front view of an exercise: the body facing out of the picture, turned
// in it by the Trunk angle, so that a body lying on its side (a side plank)
// is seen as one: the line from head to feet, the two shoulders and hips
// stacked one over the other, the supporting arm under the lower shoulder.
// The limbs are posed in three dimensions by their forward angles
// (Shoulder, Elbow, Hip, Knee, Ankle) and their swing out to the side
// (ArmOut, LegOut); Body poses the left arm and leg, Other the right ones
// (nil: the same as the left). Depth toward the viewer is drawn a little
// down and to the right, as seen from slightly above, so a forearm on the
// floor pointing at the viewer still shows.

// v3 is a point or direction of the posed body, in centimetres: x toward
// the body's left side, v up the trunk, z forward out of its front.
type v3 struct{ x, v, z float64 }

func (a v3) add(b v3) v3      { return v3{a.x + b.x, a.v + b.v, a.z + b.z} }
func (a v3) mul(k float64) v3 { return v3{a.x * k, a.v * k, a.z * k} }

// limbDir is the direction of a limb segment raised forward by flex degrees
// from hanging straight down the trunk, then swung out to the side by out
// degrees, on the body's left side (s = 1) or right side (s = -1).
func limbDir(flex, out, s float64) v3 {
	c := math.Cos(rad(flex))
	return v3{s * math.Sin(rad(out)) * c, -math.Cos(rad(out)) * c, math.Sin(rad(flex))}
}

// sideOn is a direction as the side view sees it: forward and up.
func sideOn(d v3) Pt { return Pt{d.z, d.v} }

// depthSlant is where a centimetre toward the viewer goes on the picture.
var depthSlant = Pt{0.27, 0.22}

// onFront places a point of the posed body on the front view's picture.
func (f frame) onFront(p v3) Pt {
	if f.level {
		return f.turn(p.x, p.v)
	}
	return f.turn(p.x, p.v).add(depthSlant.mul(p.z))
}

// frontJoints are one side's joint centres in three dimensions.
type frontJoints struct {
	shoulder, elbow, wrist, hand v3
	hip, knee, ankle, toe        v3
}

// Where the front view's shoulders and hips sit (as frontBody draws them).
const frontShoulderX, frontShoulderV, frontHipX = 17.4, 50.0, 9.0

func frontPosed(b Body, s float64) frontJoints {
	var j frontJoints
	arm := func(a float64) v3 { return limbDir(a, b[ArmOut], s) }
	leg := func(a float64) v3 { return limbDir(a, b[LegOut], s) }
	j.shoulder = v3{s * frontShoulderX, frontShoulderV, 0}
	j.elbow = j.shoulder.add(arm(b[Shoulder]).mul(upperArm))
	j.wrist = j.elbow.add(arm(b[Shoulder] + b[Elbow]).mul(forearm))
	j.hand = j.wrist.add(arm(b[Shoulder] + b[Elbow]).mul(handLen))
	j.hip = v3{s * frontHipX, 0, 0}
	j.knee = j.hip.add(leg(b[Hip]).mul(thighLen))
	j.ankle = j.knee.add(leg(b[Hip] - b[Knee]).mul(shinLen))
	j.toe = j.ankle.add(leg(b[Hip] - b[Knee] + 90 - b[Ankle]).mul(14))
	return j
}

// frontGrip is where a hand holds, between the wrist and the fingers.
func (j frontJoints) grip() v3 { return j.hand.add(j.wrist).mul(0.5) }

// limbPart is one segment of a limb on the picture and how far toward the
// viewer it is.
type limbPart struct {
	pts   []Pt
	depth float64
}

func (f frame) segment(a, b v3, ra, rb float64) limbPart {
	return limbPart{capsule(f.onFront(a), f.onFront(b), ra, rb), (a.z + b.z) / 2}
}

// frontLimbParts are one side's arm and leg segments.
func frontLimbParts(f frame, j frontJoints) []limbPart {
	return []limbPart{
		f.segment(j.hip, j.knee, 8.2, 5.8),
		f.segment(j.knee, j.ankle, 5.4, 3.4),
		f.segment(j.ankle, j.toe, 3.4, 2.6),
		f.segment(j.shoulder, j.elbow, 4.8, 3.8),
		f.segment(j.elbow, j.wrist, 3.7, 2.6),
		f.segment(j.wrist, j.hand, 2.8, 2.2),
	}
}

// frontSides are the left and right sides' joints of body b (other poses
// the right side; nil poses it as the left).
func frontSides(b Body, other *Body) (left, right frontJoints) {
	r := b
	if other != nil {
		r = *other
	}
	return frontPosed(b, 1), frontPosed(r, -1)
}

// frontUpright places a point of the upright front view (x right, y down).
func (f frame) frontUpright(p Pt) Pt { return f.turn(p.X, -p.Y) }

// frontTrunk is the trunk, neck and head of the front view.
func frontTrunk(f frame, e float64) [][]Pt {
	up := func(ps []Pt) []Pt {
		out := make([]Pt, len(ps))
		for i, p := range ps {
			out[i] = f.frontUpright(p)
		}
		return out
	}
	return [][]Pt{
		up(frontOutline(e, 0.5)),
		up(capsule(Pt{0, -57}, Pt{0, -65}, 5.6, 5.0)),
		up(ellipse(Pt{0, -73}, 9.2, 11.4, 0, 36)),
	}
}

// frontBodyParts are every part of the front view's posed body: the trunk,
// neck and head, then both sides' limbs.
func frontBodyParts(f frame, b Body, other *Body) ([][]Pt, []limbPart) {
	l, r := frontSides(b, other)
	return frontTrunk(f, 0), append(frontLimbParts(f, l), frontLimbParts(f, r)...)
}

// frontPlaced is body b's front-view frame moved onto its support: the
// lowest point on the floor at y = 0, the anchor at x = 0.
//
// The floor is found without the slant of depth: a forearm lying on the
// floor toward the viewer and the feet beside the body rest on it alike,
// the forearm drawn on the nearer part of the floor.
func frontPlaced(b Body, other *Body, a Anchor) (frame, [][]Pt) {
	f := newFrame(b[Trunk])
	f.level = true
	trunk, limbs := frontBodyParts(f, b, other)
	for _, p := range limbs {
		trunk = append(trunk, p.pts)
	}
	_, hi := extent(trunk)
	f.level = false
	trunk, limbs = frontBodyParts(f, b, other)
	all := trunk
	for _, p := range limbs {
		all = append(all, p.pts)
	}
	l, _ := frontSides(b, other)
	var at Pt
	switch a {
	case AnchorHands:
		at = f.onFront(l.grip())
	case AnchorFeet:
		at = f.onFront(l.ankle)
	case AnchorKnees:
		at = f.onFront(l.knee)
	default:
		at = f.onFront(l.hip)
	}
	off := Pt{at.X, hi.Y + outlineW}
	for _, p := range all {
		for i := range p {
			p[i] = p[i].sub(off)
		}
	}
	f.off = off
	return f, all
}

// exerciseFront is the front view of an exercise: the posed body with its
// trunk's deep muscle, ribs, hip bones and spine seen from the front, the
// lumbar spine marked when it is at risk.
func exerciseFront(o Options, e float64) *draft {
	b := *o.Body
	f, all := frontPlaced(b, o.Other, o.Anchor)
	d := &draft{}
	ex := &exercisePic{back: o.Back, sup: o.Support, other: o.Other}
	ex.lo, ex.hi = extent(all)
	for _, sb := range o.Span {
		_, sp := frontPlaced(sb, o.Other, o.Anchor)
		lo, hi := extent(sp)
		ex.lo, ex.hi = Pt{math.Min(ex.lo.X, lo.X), math.Min(ex.lo.Y, lo.Y)}, Pt{math.Max(ex.hi.X, hi.X), math.Max(ex.hi.Y, hi.Y)}
	}
	// The floor seen from a little above: a band as deep as the slant of a
	// forearm lying on it, so the elbow and the hand both rest on it.
	near := depthSlant.Y * (forearm + handLen)
	d.add(Shape{Kind: KindRect, Pts: []Pt{{ex.lo.X - 4, -2}, {ex.hi.X + 4, near}}, R: 0.8, Fill: RoleGround, Alpha: 0.35})
	d.add(Shape{Kind: KindRect, Pts: []Pt{{ex.lo.X - 4, near}, {ex.hi.X + 4, near + 2}}, R: 0.8, Fill: RoleGround, Alpha: 0.55})

	if o.Gear.Has(GearBench) {
		start := b
		if len(o.Span) > 0 {
			start = o.Span[0]
		}
		sf, _ := frontPlaced(start, o.Other, o.Anchor)
		upper, _ := frontSides(start, o.Other)
		frontBench(d, sf, upper)
	}
	trunk, limbs := frontBodyParts(f, b, o.Other)
	const behind, ahead = -4.0, 4.0
	// Limbs behind the body (a kneeling side plank's shins), darker.
	var far, body, front [][]Pt
	for _, p := range limbs {
		switch {
		case p.depth < behind:
			far = append(far, p.pts)
		case p.depth > ahead:
			front = append(front, p.pts)
		default:
			body = append(body, p.pts)
		}
	}
	body = append(body, trunk...)
	outlined := func(parts [][]Pt, fill Role) {
		for _, p := range parts {
			d.path(p, true, RoleNone, RoleInk, outlineW*2, 1, false)
		}
		for _, p := range parts {
			d.path(p, true, fill, RoleNone, 0, 1, false)
		}
	}
	outlined(far, RoleSkinFar)
	outlined(body, RoleSkin)

	// The trunk's insides, drawn upright and turned with the body.
	in := &draft{}
	frontRibs(in, 0.5)
	frontCorset(in, e, 0.5)
	for _, s := range []float64{-1, 1} {
		wing := []Pt{{s * 2, -9}, {s * 8, -12.6}, {s * 13.2, -15.2}, {s * 14.4, -12}, {s * 12.4, -8.6},
			{s * 11.2, -3}, {s * 8.6, 1.2}, {s * 4.2, 2.6}, {s * 1.2, 4.6}, {s * 2.6, 0.2}, {s * 2, -9}}
		in.path(smoothPath(wing, 3), true, RoleBone, RoleBoneLine, boneW, 0.85, false)
	}
	frontSpine(in, o.Back.AtRisk)
	for _, sh := range in.shapes {
		for i, p := range sh.Pts {
			sh.Pts[i] = f.frontUpright(p)
		}
		sh.Live = false
		d.add(sh)
	}
	for _, s := range []float64{-1, 1} { // the eyes: the body faces out
		d.circle(f.frontUpright(Pt{s * 3.4, -74.5}), 0.6, RoleInk, RoleNone, 0, 1, false)
	}
	outlined(front, RoleSkin)

	d.reserve(ex.lo, ex.hi)
	if o.Back.Note != "" {
		sd := sideTop
		if f.frontUpright(Pt{0, -30}).Y > f.frontUpright(Pt{0, 0}).Y {
			sd = sideBottom // upside down: the hips are above the chest
		}
		d.label("lumbar spine L1–L5", f.frontUpright(Pt{0, -spineAt(3).Y}), sd)
		d.label("L5–S1", f.frontUpright(Pt{0, -(spineAt(0).Y + spineAt(1).Y) / 2}), sd)
	}
	return d
}

// frontSpine draws the spine seen from the front, in upright front-view
// coordinates: the sacrum, L5 to L1 with the L5–S1 disc marked, and the
// column of the thoracic spine up to the neck.
func frontSpine(d *draft, atRisk bool) {
	lumbar := RoleBone
	if atRisk {
		lumbar = RoleWrong
	}
	rect := func(v, hw, hh float64) []Pt {
		return []Pt{{-hw, -v - hh}, {hw, -v - hh}, {hw + 0.3, -v}, {hw, -v + hh}, {-hw, -v + hh}, {-hw - 0.3, -v}}
	}
	d.path([]Pt{{-5.2, -10.6}, {5.2, -10.6}, {2.4, -1}, {0, 2}, {-2.4, -1}}, true, RoleBone, RoleBoneLine, boneW, 1, false)
	for v := spineAt(6).Y + 1.3; v < 56; v += 2.5 {
		d.path(rect(v, 2.2, 1), true, RoleBone, RoleBoneLine, boneW, 1, false)
	}
	for i := 1; i <= 5; i++ {
		d.path(rect(spineAt(float64(i)).Y, 3.3, 1.45), true, lumbar, RoleBoneLine, boneW, 1, false)
	}
	v := (spineAt(0).Y + spineAt(1).Y) / 2
	d.path(rect(v-0.2, 3.3, 0.45), true, RoleAccent, RoleNone, 0, 1, false)
}
