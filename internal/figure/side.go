package figure

import (
	"math"
)

// Stroke widths in centimetres of body.
const (
	outlineW = 0.5
	boneW    = 0.22
)

// frame turns trunk coordinates (u forward, v up) into the picture's model
// space (y down), turned by the Trunk angle. An exercise's frame also bends
// the lower back by its Lumbar angle and nods the head by its Neck angle;
// the drill's frame does neither (its back stays in the neutral curve). A
// fault picture bends the trunk first (warp, in trunk coordinates; nil for
// none).
type frame struct {
	cos, sin float64
	warp     func(Pt) Pt
	bend     *bend   // nil: the neutral curve
	nod      float64 // head nod in radians, forward positive
	off      Pt      // subtracted after turning: puts an exercise's floor at y = 0
	level    bool    // the front view without the slant of depth (onFront)
}

func newFrame(trunkDeg float64) frame {
	return frame{cos: math.Cos(rad(trunkDeg)), sin: math.Sin(rad(trunkDeg))}
}

// bodyFrame is the frame of an exercise's body b.
func bodyFrame(b Body) frame {
	f := newFrame(b[Trunk])
	if b[Lumbar] != 0 {
		f.bend = newBend(b[Lumbar])
	}
	f.nod = rad(b[Neck])
	return f
}

// warped is p moved by the fault picture's warp, if any.
func (f frame) warped(p Pt) Pt {
	if f.warp != nil {
		return f.warp(p)
	}
	return p
}

// turn is the Trunk angle's rotation alone.
func (f frame) turn(u, v float64) Pt {
	x, y := u, -v
	return Pt{x*f.cos - y*f.sin - f.off.X, x*f.sin + y*f.cos - f.off.Y}
}

// m places a point of the trunk's soft tissue and spine: bent with the
// lower back.
func (f frame) m(u, v float64) Pt {
	if f.warp != nil {
		w := f.warp(Pt{u, v})
		u, v = w.X, w.Y
	}
	if f.bend != nil {
		p := f.bend.field(u, v)
		u, v = p.X, p.Y
	}
	return f.turn(u, v)
}

// up places a point carried by the chest (the arm): turned with it as one piece.
func (f frame) up(p Pt) Pt {
	p = f.warped(p)
	if f.bend != nil {
		p = f.bend.upper(p)
	}
	return f.turn(p.X, p.Y)
}

// low places a point carried by the pelvis (the legs): turned by the Trunk angle only.
func (f frame) low(p Pt) Pt { p = f.warped(p); return f.turn(p.X, p.Y) }

// head places a point of the head, nodded about the top of the neck.
func (f frame) head(u, v float64) Pt {
	if f.nod != 0 {
		r := Pt{u, v}.sub(neckPivot)
		c, s := math.Cos(f.nod), math.Sin(f.nod)
		u, v = neckPivot.X+r.X*c+r.Y*s, neckPivot.Y-r.X*s+r.Y*c
	}
	return f.m(u, v)
}

func (f frame) heads(ps []Pt) []Pt {
	out := make([]Pt, len(ps))
	for i, p := range ps {
		out[i] = f.head(p.X, p.Y)
	}
	return out
}

// neckPivot is where the head nods, at the top of the neck.
var neckPivot = Pt{-4.6, 62}

// The lower back bends between just above the L5–S1 disc and the
// thoracolumbar junction, evenly over L1–L5, about a line through the
// vertebral bodies; below it the pelvis keeps the Trunk angle, above it the
// chest, arms and head turn as one piece by the whole Lumbar angle.
const (
	bendLow, bendHigh = 12.0, 33.0
	bendAxisU         = -6.0
)

// bend is the lower back's bend by one Lumbar angle.
type bend struct {
	k     float64 // radians per centimetre of height, forward positive
	total float64 // the whole angle, radians
}

func newBend(lumbarDeg float64) *bend {
	a := rad(lumbarDeg)
	return &bend{k: a / (bendHigh - bendLow), total: a}
}

// axis is the bent axis's point at height v (within the bend) and its angle.
func (b *bend) axis(v float64) (Pt, float64) {
	th := b.k * (v - bendLow)
	return Pt{bendAxisU + (1-math.Cos(th))/b.k, bendLow + math.Sin(th)/b.k}, th
}

// field bends the point (u, v): the part of the trunk at height v turns
// with the axis there, keeping its distance in front of or behind it.
func (b *bend) field(u, v float64) Pt {
	if v <= bendLow {
		return Pt{u, v}
	}
	if v >= bendHigh {
		return b.upper(Pt{u, v})
	}
	c, th := b.axis(v)
	return c.add(Pt{math.Cos(th), -math.Sin(th)}.mul(u - bendAxisU))
}

// upper carries p with the chest: turned by the whole angle about the top
// of the bend.
func (b *bend) upper(p Pt) Pt {
	c, th := b.axis(bendHigh)
	along, across := Pt{math.Sin(th), math.Cos(th)}, Pt{math.Cos(th), -math.Sin(th)}
	return c.add(along.mul(p.Y - bendHigh)).add(across.mul(p.X - bendAxisU))
}

func (f frame) pt(p Pt) Pt { return f.m(p.X, p.Y) }

func (f frame) pts(ps []Pt) []Pt {
	out := make([]Pt, len(ps))
	for i, p := range ps {
		out[i] = f.pt(p)
	}
	return out
}

// dir is the unit vector at angle a from straight down the trunk, toward the front.
func dir(a float64) Pt { return Pt{math.Sin(rad(a)), -math.Cos(rad(a))} }

// limbs holds the joint centres of the posed limbs, in trunk coordinates.
type limbs struct {
	shoulder, elbow, wrist, hand Pt
	hip, knee, ankle             Pt
	footDir                      Pt
}

const (
	upperArm, forearm, handLen = 29.0, 25.0, 8.0
	thighLen, shinLen          = 43.0, 42.0
)

func posed(b Body) limbs {
	var l limbs
	arm := func(a float64) Pt { return sideOn(limbDir(a, b[ArmOut], 1)) }
	leg := func(a float64) Pt { return sideOn(limbDir(a, b[LegOut], 1)) }
	l.shoulder = Pt{-1, 51}
	l.elbow = l.shoulder.add(arm(b[Shoulder]).mul(upperArm))
	l.wrist = l.elbow.add(arm(b[Shoulder] + b[Elbow]).mul(forearm))
	l.hand = l.wrist.add(arm(b[Shoulder] + b[Elbow]).mul(handLen))
	l.knee = l.hip.add(leg(b[Hip]).mul(thighLen))
	l.ankle = l.knee.add(leg(b[Hip] - b[Knee]).mul(shinLen))
	l.footDir = dir(b[Hip] - b[Knee] + 90 - b[Ankle])
	return l
}

// foot is the foot's outline from the ankle, the toes along fd.
func foot(ankle, fd Pt) []Pt {
	n := Pt{fd.Y, -fd.X} // toward the sole
	shape := []Pt{{-3.2, -2.6}, {-5.6, 2.6}, {-5.2, 6.4}, {-1, 7.2}, {9, 7}, {15.5, 6.6}, {19.5, 5.8},
		{19.8, 4.2}, {15, 3.2}, {7, 1.2}, {2.4, -1.8}}
	out := make([]Pt, len(shape))
	for i, s := range shape {
		out[i] = ankle.add(fd.mul(s.X)).add(n.mul(s.Y))
	}
	return out
}

// trunkOutline is the trunk's silhouette from the neck round the back,
// under the buttock, up the front along front(v), to the neck.
func trunkOutline(front func(v float64) float64) []Pt {
	var pts []Pt
	for v := 60.0; v >= -8; v -= 2 {
		pts = append(pts, Pt{backU(v), v})
	}
	// Under the buttock to the groin: the thigh covers the rest.
	pts = append(pts, Pt{-9, -11.5}, Pt{-3, -11}, Pt{3, -8})
	for v := -6.0; v <= 60; v += 1 {
		pts = append(pts, Pt{front(v), v})
	}
	return pts
}

// side builds the side view of body b for the pose's engagement e and
// breath br, with the arrows at alpha arrows. looks is at most one look
// (the self-check's hands, or a fault); without one the body is drawn plain.
func sideView(b Body, f frame, ex *exercisePic, e, br, arrows float64, looks ...look) (*draft, sideMeasure) {
	lk := lookOf(looks)
	d := &draft{}
	f.warp = lk.warp()
	l0 := posed(b)
	l := lk.arm(l0)
	wallAt := lk.wall(e)
	sideOf := f.sideOf

	// The silhouette: every part stroked thick, then every part filled, so
	// the outline goes round the whole body and not between its parts.
	inner := lk.inner(wallAt)
	parts, arm := silhouette(f, l, inner)

	if ex == nil {
		ground(d, b, f, l, parts)
	} else {
		support(d, ex, f, l, parts)
		farLimbs(d, f, ex.other)
	}

	for _, p := range parts {
		d.path(p, true, RoleNone, RoleInk, outlineW*2, 1, false)
	}
	for _, p := range parts {
		d.path(p, true, RoleSkin, RoleNone, 0, 1, false)
	}
	d.circle(f.head(7.4, 75.2), 0.55, RoleInk, RoleNone, 0, 1, false)                                   // eye
	d.path(f.heads(ellipse(Pt{-0.6, 72.6}, 1.5, 2.4, 0, 16)), true, RoleNone, RoleInk, 0.3, 0.7, false) // ear

	// The arm, faint, so the muscles stay in view through it.
	for _, p := range arm {
		d.path(p, true, RoleNone, RoleInk, outlineW*1.4, armAlpha, false)
	}
	for _, p := range arm {
		d.path(p, true, RoleSkinFar, RoleNone, 0, armFill, false)
	}

	// The belly between its fully drawn-in place and where it is now.
	var flesh []Pt
	const fleshStep = 1.0
	for v := -3.0; v <= 33; v += fleshStep {
		in := inner(v)
		flesh = append(flesh, f.m(in-outlineW, v), f.m(wallAt(v), v))
	}
	d.strip(flesh, RoleSkin, fleshStep*1.25, 1, true)

	// Where the relaxed belly was, dashed: a still picture shows how far it went.
	var ghost []Pt
	for v := -1.0; v <= 30; v += 1 {
		ghost = append(ghost, f.m(frontRelaxed(v), v))
	}
	d.add(Shape{Kind: KindPath, Pts: ghost, Stroke: RoleGhost, Width: 0.3, Alpha: 0.9, Dash: 1.1})

	var back Back // the drill's picture says nothing about the back
	if ex != nil {
		back = ex.back
	}
	bones(d, f, back.AtRisk)
	twistMark(d, f, back.Twist)
	lk.ghostBack(d, f)

	// Thoracolumbar fascia: the sheet at the back the corset muscle pulls on.
	var fascia []Pt
	for v := 8.0; v <= 31; v += 1.5 {
		fascia = append(fascia, f.m(backU(v)+1.4, v))
	}
	d.path(fascia, false, RoleNone, RoleFascia, 0.45, 1, false)

	m := sideMeasure{}
	ribs(d, f, lk.ribLift())
	corset(d, f, lk.corsetE(e), wallAt)
	dome(d, f, br)
	riskBand(d, f, back.AtRisk)

	// Pelvic floor: a sling from the pubis to the tailbone, lifting as the belly draws in.
	var sling []Pt
	for i := 0; i <= 10; i++ {
		t := float64(i) / 10
		u := lerp(5.2, -11.0, t)
		v := lerp(-4.2, -3.6, t) + (floorV(e)+3.9)*math.Sin(math.Pi*t)
		sling = append(sling, f.m(u, v))
	}
	d.path(sling, false, RoleNone, RoleFloor, 0.75, 1, true)

	// The belly's outline as it is now.
	var wall []Pt
	for v := -3.0; v <= 33; v += 1.5 {
		wall = append(wall, f.m(wallAt(v), v))
	}
	d.path(wall, false, RoleNone, RoleInk, outlineW, 1, true)

	nv := navelV + navelLift*e
	nu := wallAt(nv) - 0.35
	navel := f.m(nu, nv)
	d.circle(navel, 0.6, RoleAccent, RoleNone, 0, 1, true)
	d.arrow(f.m(nu+8.5, nv), f.m(nu+1.6, nv), RoleAccent, 0.6, arrows)
	d.reserve(f.m(frontRelaxed(navelV)+9.5, navelV))
	lk.handOver(d, f, l0)

	m.navelU = nu
	m.navelV = nv
	m.depth = trunkDepth(navelV)
	m.domeTop = diaphragmV(0.8, br)
	m.floorV = floorV(e)
	m.lordosis = lordosisOf(f.warp)
	lk.mark(d, f)

	// Labels: back parts on the back's side of the picture, front parts on the front's.
	d.label("lumbar spine L1–L5", f.pt(spineAt(3)), sideOf(false))
	d.label("L5–S1", f.pt(spineAt(0.5)), sideOf(false))
	d.label("thoracolumbar fascia", f.m(backU(24)+1.4, 24), sideOf(false))
	d.liveLabel("diaphragm", f.m(0.8, domeHigh-2), f.m(0.8, diaphragmV(0.8, br)), sideOf(true))
	d.label("transversus abdominis (deep corset)", f.m(3.5, 11), sideOf(true))
	d.liveLabel("belly button", f.m(frontRelaxed(navelV), navelV), navel, sideOf(true))
	d.label("pelvic floor", f.m(-3, -6), sideOf(true))
	return d, m
}

// sideOf is the side of the picture the body's front (or back) faces.
func (f frame) sideOf(toFront bool) side {
	v := f.m(1, 0).sub(f.m(0, 0))
	if !toFront {
		v = v.mul(-1)
	}
	if math.Abs(v.X) >= math.Abs(v.Y) {
		if v.X > 0 {
			return sideRight
		}
		return sideLeft
	}
	if v.Y > 0 {
		return sideBottom
	}
	return sideTop
}

// sideMeasure reads the side view's moving parts back, in trunk centimetres.
type sideMeasure struct {
	navelU, navelV float64
	depth          float64
	domeTop        float64
	floorV         float64
	lordosis       float64
}

// bones draws the pelvis, sacrum, lumbar vertebrae with L5–S1 marked, the
// rest of the spine as a column, and the breastbone. The lumbar vertebrae
// are filled with the warning colour when they are at risk.
func bones(d *draft, f frame, atRisk bool) {
	lumbar := RoleBone
	if atRisk {
		lumbar = RoleWrong
	}
	d.path(f.pts(smoothPath(pelvisPts, 4)), true, RoleBone, RoleBoneLine, boneW, 0.85, false)
	d.circle(f.m(0, 0), 2.5, RoleBone, RoleBoneLine, boneW, 1, false) // head of the thigh bone in its socket
	d.path(f.pts(smoothPath(sacrumPts, 3)), true, RoleBone, RoleBoneLine, boneW, 1, false)

	// Thoracic and neck spine: a column of small bodies.
	for s := 5.95; s < 11.9; s += 0.48 {
		c, dr := spineAt(s), spineDir(s)
		d.path(f.pts(vertebra(c, dr, 2.9, 1.7)), true, RoleBone, RoleBoneLine, boneW, 1, false)
	}
	// L1–L5: bodies with their spinous processes pointing back.
	for i := 1; i <= 5; i++ {
		c, dr := spineAt(float64(i)), spineDir(float64(i))
		back := Pt{-dr.Y, dr.X}
		root := c.add(back.mul(1.7))
		tip := root.add(back.mul(4.2)).sub(dr.mul(0.9))
		proc := []Pt{root.add(dr.mul(0.9)), tip.add(dr.mul(0.6)), tip.sub(dr.mul(0.7)), root.sub(dr.mul(1.1))}
		d.path(f.pts(proc), true, lumbar, RoleBoneLine, boneW, 1, false)
		d.path(f.pts(vertebra(c, dr, 3.7, 2.9)), true, lumbar, RoleBoneLine, boneW, 1, false)
	}
	// The L5–S1 disc, where the load of a bending back lands.
	l5, d5 := spineAt(1), spineDir(1)
	s1, ds := spineAt(0), spineDir(0)
	fw5, fwS := Pt{d5.Y, -d5.X}, Pt{ds.Y, -ds.X}
	bot := l5.sub(d5.mul(1.55))
	disc := []Pt{bot.add(fw5.mul(1.8)), s1.add(fwS.mul(1.9)), s1.sub(fwS.mul(1.9)), bot.sub(fw5.mul(1.8))}
	d.path(f.pts(disc), true, RoleAccent, RoleNone, 0, 1, false)

	// Breastbone.
	var st []Pt
	for v := 33.0; v <= 53; v += 2 {
		st = append(st, f.m(frontRelaxed(v)-1.4, v))
	}
	d.path(st, false, RoleNone, RoleBoneLine, 1.1, 1, false)
	d.path(st, false, RoleNone, RoleBone, 0.7, 1, false)
}

// ribs draws seven ribs sweeping down and forward from the spine, lifted
// by lift degrees. The side view draws them still: seen from the side the
// ribs' in-breath is sideways (the front view shows it), and still ribs
// cost nothing to repaint; only the rib-flare fault lifts them.
func ribs(d *draft, f frame, liftDeg float64) {
	for i := 0; i < 7; i++ {
		vi := 53 - 3.2*float64(i)
		vf := vi - 4.2 - 0.55*float64(i)
		back := Pt{spineAtV(vi) + 0.6, vi}
		pts := []Pt{
			back,
			{backU(vi-0.6) + 2.3, vi - 0.6},
			{lerp(backU(vi-3), frontRelaxed(vi-3), 0.5), vi - 3.4 - 0.25*float64(i)},
			{frontRelaxed(vf) - 1.9, vf},
		}
		lift := rad(liftDeg)
		for j := 1; j < len(pts); j++ {
			r := pts[j].sub(back)
			pts[j] = Pt{back.X + r.X*math.Cos(lift) - r.Y*math.Sin(lift), back.Y + r.X*math.Sin(lift) + r.Y*math.Cos(lift)}
		}
		curve := f.pts(smoothPath(pts, 3))
		d.path(curve, false, RoleNone, RoleBoneLine, 1.0, 0.9, false)
		d.path(curve, false, RoleNone, RoleBone, 0.6, 1, false)
	}
}

// dome draws the diaphragm at breath br.
func dome(d *draft, f frame, br float64) {
	var pts []Pt
	for u := -9.5; u <= 8.21; u += 0.885 {
		pts = append(pts, f.m(u, diaphragmV(u, br)))
	}
	d.path(pts, false, RoleNone, RoleBreath, 0.75, 1, true)
}

// corsetBack is where the corset muscle's fibres start at height v: just in
// front of the spine, and below the iliac crest at the crest and the
// ligament running from the hip's front point down to the pubis.
func corsetBack(v float64) float64 {
	if v < 9.2 {
		return lerp(7.4, 6.6, (v-1)/8.2)
	}
	return spineAtV(v) + 2.6
}

// corset draws transversus abdominis from the side: a sheet of horizontal
// fibres from the back to the front wall, strongest at and below the belly
// button. As it draws in, its front edge follows the belly back and it
// thickens and darkens.
func corset(d *draft, f frame, e float64, wallAt func(float64) float64) {
	const step = 0.9
	var lower, upper []Pt
	for v := 1.5; v <= 27; v += step {
		a, b := f.m(corsetBack(v), v), f.m(wallAt(v)-1.3, v)
		if v <= 20 {
			lower = append(lower, a, b)
		} else {
			upper = append(upper, a, b)
		}
	}
	d.strip(lower, RoleMuscle, step*1.2, lerp(0.5, 0.85, e), true)
	d.strip(upper, RoleMuscle, step*1.2, lerp(0.28, 0.45, e), true)
	for v := 2.5; v <= 26; v += 1.8 {
		a, b := f.m(corsetBack(v)+0.3, v), f.m(wallAt(v)-1.5, v)
		al := 0.9
		if v > 20 {
			al = 0.5
		}
		d.line(a, b, RoleFibre, lerp(0.14, 0.26, e), al, true)
	}
}

// ground draws what the body rests on: the floor or mat, a pillow under
// the head when lying, a chair when sitting.
func ground(d *draft, b Body, f frame, l limbs, parts [][]Pt) {
	lo, hi := Pt{math.Inf(1), math.Inf(1)}, Pt{math.Inf(-1), math.Inf(-1)}
	for _, p := range parts {
		for _, q := range p {
			lo.X, lo.Y = math.Min(lo.X, q.X), math.Min(lo.Y, q.Y)
			hi.X, hi.Y = math.Max(hi.X, q.X), math.Max(hi.Y, q.Y)
		}
	}
	floor := hi.Y + outlineW
	switch {
	case b[Trunk] < -45: // lying: a mat under the body and a pillow under the head
		d.add(Shape{Kind: KindRect, Pts: []Pt{{lo.X - 4, floor}, {hi.X + 4, floor + 2}}, R: 0.8, Fill: RoleGround, Alpha: 0.55})
		head := f.head(1.4, 72.5)
		top := head.Y + 9.8
		d.add(Shape{Kind: KindRect, Pts: []Pt{{head.X - 9, top}, {head.X + 9, floor}}, R: 2, Fill: RoleGround, Alpha: 0.35})
	case b[Trunk] > 45: // kneeling on a mat
		d.add(Shape{Kind: KindRect, Pts: []Pt{{lo.X - 4, floor}, {hi.X + 4, floor + 2}}, R: 0.8, Fill: RoleGround, Alpha: 0.55})
	case b[Hip] > 60: // sitting on a stool-like chair seat
		seat := f.m(-6, -11.5).Y + outlineW
		x0, x1 := f.m(-18, 0).X, f.low(l.knee).X-8
		d.add(Shape{Kind: KindRect, Pts: []Pt{{x0, seat}, {x1, seat + 2.5}}, R: 0.8, Fill: RoleGround, Alpha: 0.9})
		for _, x := range []float64{x0 + 2, x1 - 2} {
			d.line(Pt{x, seat + 2}, Pt{x, floor}, RoleGround, 1.6, 0.9, false)
		}
		d.line(Pt{lo.X - 4, floor + 0.6}, Pt{hi.X + 4, floor + 0.6}, RoleGround, 1.2, 0.9, false)
	default:
		d.line(Pt{lo.X - 6, floor + 0.6}, Pt{hi.X + 6, floor + 0.6}, RoleGround, 1.2, 0.9, false)
	}
}

// farLimbs draws the other side's arm and leg, posed by other, faint
// behind the body; nil draws none.
func farLimbs(d *draft, f frame, other *Body) {
	if other == nil {
		return
	}
	far := otherLimbs(f, *other)
	for _, p := range far {
		d.path(p, true, RoleNone, RoleInk, outlineW*1.4, 0.4, false)
	}
	for _, p := range far {
		d.path(p, true, RoleSkinFar, RoleNone, 0, 0.4, false)
	}
}

// lows places points carried by the pelvis.
func lows(f frame, ps []Pt) []Pt {
	out := make([]Pt, len(ps))
	for i, p := range ps {
		out[i] = f.low(p)
	}
	return out
}

// silhouette is the body's outline in parts (thigh, shin, foot, neck,
// head, nose, trunk) and the arm's (upper arm, forearm, hand).
func silhouette(f frame, l limbs, front func(v float64) float64) (parts, arm [][]Pt) {
	neck := capsule(f.m(-5.2, 57), f.head(-2.6, 65), 5.4, 5.0)
	headC := Pt{1.4, 72.5}
	head := f.heads(ellipse(headC, 9.6, 11.4, 0.25, 36))
	nose := f.heads([]Pt{{10.4, 74}, {12.6, 70.8}, {10.2, 70.2}})
	thigh := capsule(f.low(l.hip), f.low(l.knee), 8.2, 5.6)
	shin := capsule(f.low(l.knee), f.low(l.ankle), 5.2, 3.4)
	ft := lows(f, foot(l.ankle, l.footDir))
	trunk := f.pts(trunkOutline(front))
	parts = [][]Pt{thigh, shin, ft, neck, head, nose, trunk}
	// The arm hangs at the far side of the cut-away trunk.
	arm = [][]Pt{
		capsule(f.up(l.shoulder), f.up(l.elbow), 4.6, 3.6),
		capsule(f.up(l.elbow), f.up(l.wrist), 3.6, 2.6),
		capsule(f.up(l.wrist), f.up(l.hand), 2.8, 2.4),
	}
	return parts, arm
}

// exerciseView is the side view of an exercise's body b: the drill's
// anatomy at rest, without the drill's labels, with the lower back named
// and, when it is at risk, marked.
func exerciseView(o Options, e float64) *draft {
	b, back := *o.Body, o.Back
	f := placedFrame(b, o.Other, o.Anchor, o.Support, o.Gear)
	ex := &exercisePic{back: back, sup: o.Support, other: o.Other, gear: o.Gear}
	if o.Support == SupportBench {
		start := b
		if len(o.Span) > 0 {
			start = o.Span[0]
		}
		// The bench stays where the start's shoulder blades rest on it.
		sf := placedFrame(start, o.Other, o.Anchor, o.Support, o.Gear)
		ex.bench = sf.m(backU(44), 44)
	}
	ex.start, ex.startLimbs = f, posed(b)
	if len(o.Span) > 0 {
		ex.start, ex.startLimbs = placedFrame(o.Span[0], o.Other, o.Anchor, o.Support, o.Gear), posed(o.Span[0])
	}
	ex.lo, ex.hi = reach(b, o.Other, o.Anchor, o.Support, o.Gear)
	for _, sb := range o.Span {
		lo, hi := reach(sb, o.Other, o.Anchor, o.Support, o.Gear)
		ex.lo, ex.hi = Pt{math.Min(ex.lo.X, lo.X), math.Min(ex.lo.Y, lo.Y)}, Pt{math.Max(ex.hi.X, hi.X), math.Max(ex.hi.Y, hi.Y)}
	}
	d, _ := sideView(b, f, ex, e, 0.5, 0)
	d.labels = nil
	if o.Gear != 0 {
		sideGear(d, o, f)
	}
	// Room for the whole movement, so the picture keeps its scale through a rep.
	d.reserve(ex.lo, ex.hi)
	if back.Note == "" {
		return d // a thumbnail: the marks without words
	}
	// The lumbar spine is at the back; name it on the side the back faces
	// at the start, so the labels stay on one side through the movement.
	sf := f
	if len(o.Span) > 0 {
		sf = bodyFrame(o.Span[0])
	}
	sd := sideLeft
	bk := sf.m(-1, 20).sub(sf.m(0, 20))
	switch {
	case math.Abs(bk.Y) > math.Abs(bk.X) && bk.Y > 0:
		sd = sideBottom
	case math.Abs(bk.Y) > math.Abs(bk.X):
		sd = sideTop
	case bk.X > 0:
		sd = sideRight
	}
	d.label("lumbar spine L1–L5", f.pt(spineAt(3)), sd)
	d.label("L5–S1", f.pt(spineAt(0.5)), sd)
	return d
}

// placedFrame is body b's frame moved so that it rests on its support:
// its lowest point (or, on a seat, its feet) on the floor at y = 0, or its
// hands on the bar there, and its anchor, the part that stays put through
// the movement, at x = 0. The other side's limbs, when drawn, count: a bird
// dog rests on the hand and knee it is not lifting.
func placedFrame(b Body, other *Body, a Anchor, sup Support, gear GearSet) frame {
	f, _ := placedBody(b, other, a, sup, gear)
	return f
}

// drawnIn is the belly wall fully drawn in, the silhouette's front line.
func drawnIn(v float64) float64 { return frontWall(v, 1) }

// placedBody is placedFrame with the placed body's outline, every part of it.
//
// What the hands hold counts too: a wheel or a weight rests on the floor
// rather than going through it.
func placedBody(b Body, other *Body, a Anchor, sup Support, gear GearSet) (frame, [][]Pt) {
	f := bodyFrame(b)
	l := posed(b)
	parts, arm := silhouette(f, l, drawnIn)
	all := append(parts, arm...)
	if other != nil {
		all = append(all, otherLimbs(f, *other)...)
	}
	var y float64
	switch sup {
	case SupportBar:
		y = f.up(grip(l)).Y
	case SupportSeat:
		_, hi := extent(parts[2:3]) // the feet stand on the floor
		y = hi.Y + outlineW
	default:
		y = restingOn(all, gear, f, l, anchorAt(f, l, a).X)
	}
	off := Pt{anchorAt(f, l, a).X, y}
	for _, p := range all {
		for i := range p {
			p[i] = p[i].sub(off)
		}
	}
	f.off = off
	return f, all
}

// otherLimbs are the other side's arm and leg posed by o's limb angles.
func otherLimbs(f frame, o Body) [][]Pt {
	l := posed(o)
	return [][]Pt{
		capsule(f.low(l.hip), f.low(l.knee), 8.2, 5.6),
		capsule(f.low(l.knee), f.low(l.ankle), 5.2, 3.4),
		lows(f, foot(l.ankle, l.footDir)),
		capsule(f.up(l.shoulder), f.up(l.elbow), 4.6, 3.6),
		capsule(f.up(l.elbow), f.up(l.wrist), 3.6, 2.6),
		capsule(f.up(l.wrist), f.up(l.hand), 2.8, 2.4),
	}
}

// HandAt is where body b's hand lies (between the wrist and the fingers)
// in the trunk's own centimetres: X forward of the hip joint, Y up the
// trunk. The spine's lumbar vertebrae sit about 5 to 7 behind the hip and
// 14 to 30 up (spinePts), the back's surface about 12 to 15 behind it.
func (b Body) HandAt() Pt { return grip(posed(b)) }

// grip is where the hand holds, between the wrist and the fingers.
func grip(l limbs) Pt { return l.hand.add(l.wrist).mul(0.5) }

func anchorAt(f frame, l limbs, a Anchor) Pt {
	switch a {
	case AnchorHands:
		return f.up(grip(l))
	case AnchorFeet:
		return f.low(l.ankle)
	case AnchorKnees:
		return f.low(l.knee)
	}
	return f.low(l.hip)
}

// reach is the box body b fills once placed.
func reach(b Body, other *Body, a Anchor, sup Support, gear GearSet) (lo, hi Pt) {
	_, all := placedBody(b, other, a, sup, gear)
	return extent(all)
}

// exercisePic is what an exercise picture adds to the side view.
type exercisePic struct {
	back   Back
	sup    Support
	other  *Body
	lo, hi Pt // the box the whole movement fills
	bench  Pt // where the shoulder blades rest on a bench
	gear   GearSet
	start  frame // the frame of the movement's start
	// startLimbs are the limbs at the movement's start.
	startLimbs limbs
}

// riskBand is a wash of the warning colour over L1 to S1: the part of the
// back the load lands on.
func riskBand(d *draft, f frame, atRisk bool) {
	if !atRisk {
		return
	}
	var pts []Pt
	for s := 0.0; s <= 5.3; s += 0.25 {
		pts = append(pts, f.pt(spineAt(s).add(Pt{-1.2, 0})))
	}
	d.path(pts, false, RoleNone, RoleWrong, 9, 0.3, false)
}

// twistMark is a turning arrow round the lumbar spine: a twist cannot be
// seen from the side, so the picture marks it.
func twistMark(d *draft, f frame, twist bool) {
	if !twist {
		return
	}
	c, dr := spineAt(3), spineDir(3)
	fw := Pt{dr.Y, -dr.X}
	var ring []Pt
	for a := 0.15; a <= 1.75*math.Pi; a += 0.15 {
		// A flat ring round the spine, seen almost edge-on.
		ring = append(ring, f.pt(c.add(fw.mul(9*math.Cos(a))).add(dr.mul(2.6*math.Sin(a)))))
	}
	d.path(ring, false, RoleNone, RoleWrong, 0.7, 1, false)
	end, prev := ring[len(ring)-1], ring[len(ring)-2]
	dir := end.sub(prev)
	dir = dir.mul(1 / dir.len())
	n := Pt{-dir.Y, dir.X}
	d.path([]Pt{end.sub(dir.mul(2.2)).add(n.mul(1.6)), end, end.sub(dir.mul(2.2)).sub(n.mul(1.6))}, false, RoleNone, RoleWrong, 0.7, 1, false)
}

// extent is the box round every point of parts.
func extent(parts [][]Pt) (lo, hi Pt) {
	lo, hi = Pt{math.Inf(1), math.Inf(1)}, Pt{math.Inf(-1), math.Inf(-1)}
	for _, p := range parts {
		for _, q := range p {
			lo.X, lo.Y = math.Min(lo.X, q.X), math.Min(lo.Y, q.Y)
			hi.X, hi.Y = math.Max(hi.X, q.X), math.Max(hi.Y, q.Y)
		}
	}
	return lo, hi
}

// support draws what an exercise's body rests on (placedFrame has put it at
// y = 0): a mat under the whole movement, a bar in its hands, or a seat
// under it with the floor at the feet.
func support(d *draft, ex *exercisePic, f frame, l limbs, parts [][]Pt) {
	lo, hi := ex.lo, ex.hi
	mat := func() {
		d.add(Shape{Kind: KindRect, Pts: []Pt{{lo.X - 4, 0}, {hi.X + 4, 2}}, R: 0.8, Fill: RoleGround, Alpha: 0.55})
	}
	if raises(ex.gear, ViewSide) {
		sideBench(d, ex.start, ex.startLimbs, slopeUnder(ex.gear, ex.start), lo.X, hi.X)
		return
	}
	switch ex.sup {
	case SupportBar:
		h := f.up(grip(l))
		d.line(Pt{h.X - 14, h.Y}, Pt{h.X + 14, h.Y}, RoleGear, 3, 1, false)
	case SupportBench:
		top := ex.bench.Y + outlineW
		x0, x1 := ex.bench.X-34, ex.bench.X+6
		if f.m(1, 0).X < f.m(0, 0).X { // facing left: the bench is on the other side
			x0, x1 = ex.bench.X-6, ex.bench.X+34
		}
		d.add(Shape{Kind: KindRect, Pts: []Pt{{x0, top}, {x1, math.Min(top+4, 0)}}, R: 0.8, Fill: RoleGear, Stroke: RoleInk, Width: 0.4, Alpha: 1})
		for _, x := range []float64{x0 + 3, x1 - 3} {
			d.line(Pt{x, top + 3.5}, Pt{x, 0}, RoleGear, 2.2, 1, false)
		}
		mat()
	case SupportBall:
		// A 65 cm ball on the floor under the ankles; when they come down
		// its side, it has rolled on toward the feet.
		const r, touch = 32.5, 37.0
		a := f.low(l.ankle)
		dy := -a.Y - r
		dx := math.Sqrt(math.Max(touch*touch-dy*dy, 0))
		edge := Pt{hi.X + 30, -2 * r}
		if toe := f.low(l.ankle.add(l.footDir)); toe.X < a.X {
			dx, edge.X = -dx, lo.X-30
		}
		// The ball moves with the feet; the room kept for it keeps the
		// picture's scale still.
		d.circle(Pt{a.X + dx, -r}, r, RoleGear, RoleInk, 0.45, 0.55, true)
		d.reserve(edge)
		lo.X, hi.X = math.Min(lo.X, edge.X), math.Max(hi.X, edge.X)
		mat()
	case SupportSeat:
		_, thi := extent(parts[6:7]) // the trunk sits on the seat
		seat := thi.Y + outlineW
		x0, x1 := f.m(-16, 0).X, f.m(4, 0).X
		if x0 > x1 {
			x0, x1 = x1, x0
		}
		d.add(Shape{Kind: KindRect, Pts: []Pt{{x0, seat}, {x1, seat + 3}}, R: 0.8, Fill: RoleGround, Alpha: 0.9})
		for _, x := range []float64{x0 + 2, x1 - 2} {
			if seat+3 < 0 {
				d.line(Pt{x, seat + 2.5}, Pt{x, 0}, RoleGround, 1.6, 0.9, false)
			}
		}
		mat()
	default:
		mat()
	}
}

// restingOn is how far down the picture a body's parts (in frame f, limbs
// l, its anchor at x = ax) go to rest on the floor, or on a decline bench
// sloping along y = slope·(x - ax): what its hands hold rests on it too.
func restingOn(parts [][]Pt, gear GearSet, f frame, l limbs, ax float64) float64 {
	if held := gearReach(gear&^GearSet(0).With(GearCableHigh).With(GearCableBehind).With(GearCableSide), f, l); len(held) > 0 {
		parts = append(parts[:len(parts):len(parts)], held)
	}
	slope := slopeUnder(gear, f)
	y := math.Inf(-1)
	for _, p := range parts {
		for _, q := range p {
			y = math.Max(y, q.Y-slope*(q.X-ax))
		}
	}
	return y + outlineW
}
