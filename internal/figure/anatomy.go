package figure

import "math"

// The trunk in its own frame, in centimetres of an average adult: u runs
// forward (toward the belly), v up the trunk, with the hip joint at (0, 0).
// The numbers follow the usual proportions of a side view: the lumbar
// vertebral bodies sit about a third of the trunk's depth in front of the
// back, L4–L5 level with the iliac crest, the belly button near L3–L4, the
// sacrum sloping about 40° at S1.

// Motion shares, read by the tests and written in docs/figure.md. They are
// chosen to be seen, not measured: no study gives one figure for them.
const (
	// NavelShare is how far the belly button moves back when fully drawn in,
	// as a share of the trunk's depth at its level.
	NavelShare = 0.12
	navelLift  = 0.8  // cm the lower belly wall rises as it draws in
	navelV     = 17.0 // height of the belly button
	floorLift  = 1.1  // cm the pelvic floor rises with the draw-in
	// WaistShare is how much narrower the waist gets all round, front view
	// and cross-section, when fully drawn in.
	WaistShare = 0.08
	// RibShare is how much wider the lower ribs get from empty to full lungs.
	RibShare = 0.07
	domeHigh = 41.0 // diaphragm's top with the lungs empty
	domeLow  = 35.0 // and full
)

// backU is the back's surface: the buttock, the lumbar hollow, the rounded
// upper back.
func backU(v float64) float64 {
	return spline(v, kn{-11, -11.5}, kn{-5, -15.2}, kn{1, -15.4}, kn{7, -14.2}, kn{13, -12.6},
		kn{20, -11.8}, kn{27, -12.4}, kn{34, -14.2}, kn{42, -15.8}, kn{49, -15.6}, kn{55, -13.2}, kn{60, -9.5})
}

// frontRelaxed is the front surface with the belly relaxed.
func frontRelaxed(v float64) float64 {
	return spline(v, kn{-6, 4.5}, kn{-2, 6.6}, kn{3, 9.0}, kn{9, 10.6}, kn{navelV, 11.2}, kn{23, 10.6},
		kn{28, 9.6}, kn{32, 9.3}, kn{38, 10.4}, kn{45, 11.0}, kn{51, 9.6}, kn{56, 6.4}, kn{60, 2.5})
}

// drawWeight is how much of the draw-in the front wall at height v takes:
// all of it at and below the belly button, fading to almost nothing over the
// upper belly (which stays soft) and to nothing at the groin.
func drawWeight(v float64) float64 {
	return spline(v, kn{-3, 0}, kn{2, 0.55}, kn{6, 0.92}, kn{navelV, 1}, kn{21, 0.6}, kn{26, 0.12}, kn{30, 0.03}, kn{33, 0})
}

// trunkDepth is front minus back at height v, relaxed.
func trunkDepth(v float64) float64 { return frontRelaxed(v) - backU(v) }

// retract is the full draw-in at the belly button, in cm.
var retract = NavelShare * trunkDepth(navelV)

// frontWall is the front surface at height v with the belly drawn in by e:
// the lower wall moves back toward the spine and a little up.
func frontWall(v, e float64) float64 {
	w := drawWeight(v)
	return frontRelaxed(v-navelLift*e*w) - retract*e*w
}

// spinePts are the centres of S1's top endplate, the lumbar vertebral
// bodies L5 to L1, and on up the spine to the base of the skull.
var spinePts = []Pt{
	{-8.9, 10.6}, // S1 endplate
	{-6.7, 14.1}, // L5
	{-5.5, 18.2}, // L4
	{-5.2, 22.3}, // L3
	{-5.6, 26.4}, // L2
	{-6.7, 30.4}, // L1
	{-8.3, 34.2}, // T12
	{-10.4, 40},
	{-11.6, 46},
	{-11.6, 52},
	{-10.4, 57}, // C7
	{-7.6, 62},
	{-5.2, 67}, // skull base
}

// spineAt is the point at parameter s along spinePts (0 = S1 endplate, 1 = L5, …).
func spineAt(s float64) Pt { return catmull(spinePts, s) }

// spineDir is the unit tangent of the spine at s, pointing up.
func spineDir(s float64) Pt {
	d := spineAt(s + 0.01).sub(spineAt(s - 0.01))
	return d.mul(1 / d.len())
}

// spineAtV is the spine's centre u at height v (thoracic and lumbar).
func spineAtV(v float64) float64 {
	for i := 0; i+1 < len(spinePts); i++ {
		a, b := spinePts[i], spinePts[i+1]
		if v <= b.Y || i+2 == len(spinePts) {
			t := clamp01((v - a.Y) / (b.Y - a.Y))
			return catmull(spinePts, float64(i)+t).X
		}
	}
	return spinePts[0].X
}

// LumbarLordosis is the angle in degrees between S1's top endplate and
// L1's, the usual measure of the lumbar curve.
func LumbarLordosis() float64 {
	a := spineDir(0)
	b := spineDir(5)
	return math.Abs(math.Atan2(a.X, a.Y)-math.Atan2(b.X, b.Y)) * 180 / math.Pi
}

// vertebra is the outline of a lumbar vertebral body centred at c with its
// axis along dir: 3.6 cm deep and 2.9 cm tall, corners rounded.
func vertebra(c, dir Pt, depth, height float64) []Pt {
	n := Pt{dir.Y, -dir.X} // forward, perpendicular to the axis
	hd, hh := depth/2, height/2
	r := 0.5
	corners := []Pt{
		c.add(n.mul(hd - r)).add(dir.mul(hh)), c.add(n.mul(hd)).add(dir.mul(hh - r)),
		c.add(n.mul(hd)).sub(dir.mul(hh - r)), c.add(n.mul(hd - r)).sub(dir.mul(hh)),
		c.sub(n.mul(hd - r)).sub(dir.mul(hh)), c.sub(n.mul(hd)).sub(dir.mul(hh - r)),
		c.sub(n.mul(hd)).add(dir.mul(hh - r)), c.sub(n.mul(hd - r)).add(dir.mul(hh)),
	}
	return corners
}

// diaphragmV is the diaphragm's height at u for lungs filled to b: a dome
// that is high and round with the lungs empty and low and flatter with them
// full. It runs from the back of the lower ribs to the front.
func diaphragmV(u, b float64) float64 {
	const u0, u1 = -9.5, 8.2 // where it meets the ribs, back and front
	base := lerp(26.5, 30.5, (u-u0)/(u1-u0))
	top := lerp(domeHigh, domeLow, b)
	t := (u - (u0+u1)/2 - 0.8) / ((u1 - u0) / 2)
	shape := math.Max(0, 1-t*t)
	p := lerp(0.55, 0.32, b) // flatter on the in-breath
	return base + (top-base)*math.Pow(shape, p)
}

// pelvisPts is the hip bone seen from the side: the iliac crest from the
// front spine (ASIS) round to the back (PSIS), down past the sciatic notch
// to the sitting bone and forward to the pubis.
var pelvisPts = []Pt{
	{6.6, 9.2}, {3, 13.6}, {-2, 15.6}, {-6.8, 14.4}, {-10.6, 10.4}, {-10.4, 7.8},
	{-8.2, 4.6}, {-8.4, 1.6}, {-6.4, -1.4}, {-6.6, -5.4}, {-4.6, -8.6}, {-1.4, -8.4},
	{2.2, -6.4}, {5.6, -4.4}, {6.6, -2.2}, {4.8, 0.8}, {5.8, 4.2}, {6.6, 9.2},
}

// sacrumPts is the sacrum and coccyx, S1's top endplate first.
var sacrumPts = []Pt{
	{-7.0, 9.1}, {-8.1, 5.4}, {-9.8, 1.6}, {-11.4, -1.4}, {-11.2, -3.8},
	{-12.2, -3.2}, {-13.0, -0.4}, {-13.4, 3.4}, {-12.8, 7.6}, {-10.8, 12.0},
}

// floorV is the pelvic floor's lowest point, lifted by the draw-in.
func floorV(e float64) float64 { return -6.8 + floorLift*e }
