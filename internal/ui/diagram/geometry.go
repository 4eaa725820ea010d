package diagram

import (
	"math"

	"github.com/corecue/corecue/internal/breath"
)

// The figure is designed in a fixed space of designW × designH units and
// scaled uniformly into whatever size the widget gets, centred. Keeping the
// drawing in one space means proportions never change with the window, and
// the numbers below can be read against each other.
const (
	designW = 1000
	designH = 564
	yShift  = 24 // room above torsoTop for the head
)

// Heights shared by both views, so the band, waist and navel line up across them.
const (
	torsoTop    = 72  // where the neck meets the shoulders
	torsoBottom = 470 // the hips
	bandTop     = 212 // the corset band
	bandBottom  = 338
	waistY      = 275 // the narrowest point, mid-band
	navelY      = 362
	labelY      = 496
	neckHalf    = 22
	bandStrips  = 28
)

// Where the two views and the gauge sit across the design space.
const (
	frontX  = 235 // centre line of the front view
	spineX0 = 560 // the side view's spine, before its curves
	gaugeX0 = 898
	gaugeX1 = 948
	gaugeY0 = 120
	gaugeY1 = 440

	cardFront0, cardFront1 = 12, 458
	cardSide0, cardSide1   = 474, 872
	cardGauge0, cardGauge1 = 888, 988
)

// Kind is which canvas primitive a shape becomes.
type Kind uint8

const (
	KindLine Kind = iota
	KindBox       // rectangle, optionally rounded
	KindDot       // circle
	KindTri       // regular triangle (an arrowhead)
	KindText
)

// Role is what a shape is for; the renderer turns it into a colour from the
// light or dark palette, so the geometry never needs to know the theme.
type Role uint8

const (
	RoleNone   Role = iota // no fill or no stroke
	RoleInk                // body outline, spine, gauge frame
	RoleCard               // the soft panel behind each view
	RoleCorset             // the band's fill
	RoleSeam               // boning stitched on the band
	RoleLace               // laces and eyelets
	RoleGap                // the skin showing between the eyelet rows
	RoleAccent             // arrows and the belly button
	RoleBone               // vertebrae
	RoleBreath             // the gauge's level
	RoleMuted              // labels
	RoleGhost              // where the belly was before drawing in
)

// Pt is a point in pixels, relative to the widget's top-left corner.
type Pt struct{ X, Y float32 }

// Shape is one primitive. A and B are the two ends of a line, or the
// top-left and bottom-right corners of anything else.
type Shape struct {
	Kind   Kind
	A, B   Pt
	Width  float32 // stroke width in pixels
	Radius float32 // corner radius of a box
	Angle  float32 // rotation of a triangle, degrees clockwise
	Fill   Role
	Stroke Role
	Alpha  float32 // 0..1, multiplies the role's colour
	Text   string
	Size   float32 // text size in pixels
	Bold   bool
}

// Geometry is the whole figure for one pose at one size, plus the few
// measurements that tell what it shows (for tests and for reading the pose
// back off the picture).
type Geometry struct {
	Shapes []Shape

	Scale      float32 // pixels per design unit
	WaistWidth float32 // front view, outer width of the band at its narrowest
	LaceGap    float32 // front view, distance between the two eyelet rows
	NavelX     float32 // side view, the belly button
	SpineX     float32 // side view, the spine at the belly button's height
	BreathTop  float32 // top of the gauge's level (smaller is fuller)
	ArrowAlpha float32 // how visible the draw-in arrows are
}

// Layout computes the figure for pose p in a w × h area. Every pose gives the
// same number and kinds of shapes in the same order, so a renderer can build
// its objects once and only move them afterwards.
func Layout(p breath.Pose, w, h float32) Geometry {
	var g Geometry
	LayoutInto(&g, p, w, h)
	return g
}

// LayoutInto is Layout reusing g's shape slice, so a running animation does
// not allocate a new figure every frame.
func LayoutInto(g *Geometry, p breath.Pose, w, h float32) {
	s := float32(math.Min(float64(w)/designW, float64(h)/designH))
	if s <= 0 || math.IsNaN(float64(s)) {
		s = 0
	}
	b := builder{g: g, s: s, ox: (w - designW*s) / 2, oy: (h - designH*s) / 2}
	g.Shapes = g.Shapes[:0]
	g.Scale = s

	e := unit(p.Engagement)
	br := unit(p.Breath)
	arrows := arrowAlpha(p, e)
	g.ArrowAlpha = arrows

	b.cards()
	b.front(e, arrows)
	b.side(e, br, arrows)
	b.gauge(br)
}

// arrowAlpha shows the draw-in arrows while the belly button is being drawn
// in and lets them fade during the first half of the hold: by then the
// corset is tight and the cue is to keep it, not to pull harder. In the
// inhale it follows engagement rather than time so a still pose (progress
// zero, engagement part-way) still shows them.
func arrowAlpha(p breath.Pose, e float32) float32 {
	switch p.Phase {
	case breath.Inhale:
		return unit(float64(e) * 6)
	case breath.Hold:
		return 1 - smooth(unit(p.Progress*2))
	}
	return 0
}

// Front view: a torso with the corset band, its laces and the side arrows.
func (b *builder) front(e, arrows float32) {
	waist := lerp(114, 88, e)
	torso := silhouette{
		top: torsoTop, round: 52, bottom: torsoBottom, bottomRound: 22,
		neckL: frontX - neckHalf, neckR: frontX + neckHalf,
		half: func(y float32) float32 {
			return cardinal(y,
				knot{124, 150}, knot{160, 142}, knot{bandTop, 127},
				knot{waistY, waist}, knot{bandBottom, lerp(120, 108, e)},
				knot{400, lerp(138, 132, e)}, knot{440, 148}, knot{torsoBottom, 142})
		},
		centre: frontX,
	}
	b.head(frontX, frontX-neckHalf, frontX+neckHalf)
	b.band(torso, bandStrips)
	b.outline(torso, RoleInk, 6)

	// Boning follows the band's curve, so the narrowing reads on the whole band.
	for _, f := range [...]float32{-0.78, -0.45, 0.45, 0.78} {
		b.polyline(5, bandTop+4, bandBottom-4, func(y float32) float32 {
			l, r := torso.at(y)
			return frontX + f*(r-l)/2
		}, RoleSeam, 4, 1)
	}

	// Front lacing: two eyelet rows whose gap closes as the laces pull.
	gap := lerp(30, 11, e)
	b.g.LaceGap = 2 * gap * b.s
	b.box(frontX-gap, bandTop+2, frontX+gap, bandBottom-2, 0, RoleGap, RoleNone, 0)
	const rows = 6
	rowY := func(i int) float32 { return bandTop + 16 + float32(i)*(bandBottom-bandTop-32)/(rows-1) }
	for i := 0; i < rows-1; i++ {
		b.line(frontX-gap, rowY(i), frontX+gap, rowY(i+1), RoleLace, 4, 1)
		b.line(frontX+gap, rowY(i), frontX-gap, rowY(i+1), RoleLace, 4, 1)
	}
	for i := 0; i < rows; i++ {
		b.dot(frontX-gap, rowY(i), 5, RoleBone, RoleInk, 3)
		b.dot(frontX+gap, rowY(i), 5, RoleBone, RoleInk, 3)
	}
	b.line(frontX-gap, bandTop+2, frontX-gap, bandBottom-2, RoleInk, 3, 1)
	b.line(frontX+gap, bandTop+2, frontX+gap, bandBottom-2, RoleInk, 3, 1)

	b.dot(frontX, navelY, 8, RoleAccent, RoleNone, 0) // belly button

	l, r := torso.at(waistY)
	b.g.WaistWidth = (r - l) * b.s
	b.arrow(l-96, waistY, l-14, waistY, arrows)
	b.arrow(r+96, waistY, r+14, waistY, arrows)
	b.text(cardFront0, labelY, cardFront1, "Front", 26, RoleMuted, true)
}

// Side view, facing right: the spine at the back, the belly in front. The
// belly's outline moves toward the spine with engagement; a dashed line keeps
// the relaxed outline so the distance travelled is visible even in a still.
func (b *builder) side(e, br, arrows float32) {
	spine := func(y float32) float32 {
		return spineX0 + cardinal(y, knot{40, 0}, knot{170, -10}, knot{260, 0}, knot{345, 12}, knot{420, 0}, knot{torsoBottom, -6})
	}
	front := func(e float32) func(float32) float32 {
		return func(y float32) float32 {
			return spineX0 + cardinal(y,
				knot{100, 98 + 4*br}, knot{165, 124 + 14*br}, knot{bandTop, 118 + 8*br},
				knot{waistY, lerp(116, 88, e)}, knot{bandBottom, lerp(124, 84, e)},
				knot{navelY, lerp(132, 78, e)}, knot{410, lerp(126, 90, e)},
				knot{445, lerp(116, 104, e)}, knot{torsoBottom, 108})
		}
	}
	back := func(y float32) float32 {
		return spine(y) + cardinal(y, knot{100, -34}, knot{160, -44}, knot{260, -32}, knot{345, -28}, knot{430, -50}, knot{torsoBottom, -44})
	}
	body := silhouette{
		top: torsoTop, round: 28, bottom: torsoBottom, bottomRound: 22,
		neckL: spineX0 - 6, neckR: spineX0 + 2*neckHalf - 6,
		left: back, right: front(e),
	}
	b.head(spineX0+18, spineX0-6, spineX0+2*neckHalf-6)
	b.band(body, bandStrips)
	b.outline(body, RoleInk, 6)
	for _, f := range [...]float32{0.3, 0.62} {
		b.polyline(5, bandTop+4, bandBottom-4, func(y float32) float32 {
			l, r := body.at(y)
			return l + f*(r-l)
		}, RoleSeam, 4, 1)
	}

	// The relaxed belly, dashed, shown as it is left behind.
	relaxed := front(0)
	const dashes = 9
	for i := 0; i < dashes; i++ {
		y0 := float32(bandBottom) + float32(i)*(440-bandBottom)/dashes
		y1 := y0 + (440-bandBottom)/dashes*0.55
		b.line(relaxed(y0), y0, relaxed(y1), y1, RoleGhost, 3, unit(float64(e)*3))
	}

	// The spine drawn as bone: a line through a column of vertebrae.
	b.polyline(8, torsoTop+10, torsoBottom-6, spine, RoleInk, 5, 1)
	for i := 0; i < 10; i++ {
		y := float32(98) + float32(i)*36
		x := spine(y)
		b.box(x-13, y-11, x+13, y+11, 6, RoleBone, RoleInk, 3)
	}

	nx := front(e)(navelY) - 5
	sx := spine(navelY)
	b.g.NavelX = b.x(nx)
	b.g.SpineX = b.x(sx)
	b.arrow(nx+100, navelY, nx+16, navelY, arrows)
	b.dot(nx, navelY, 9, RoleAccent, RoleNone, 0)

	b.text(spineX0-60, torsoBottom+4, spineX0+40, "spine", 22, RoleMuted, false)
	b.text(690, navelY-54, 870, "belly button", 22, RoleMuted, false)
	b.text(cardSide0, labelY, cardSide1, "Side", 26, RoleMuted, true)
}

// gauge is the breath level: a tall rounded track filling from the bottom.
func (b *builder) gauge(br float32) {
	const pad = 7
	inner := float32(gaugeY1-gaugeY0) - 2*pad
	top := gaugeY1 - pad - inner*br
	b.g.BreathTop = b.y(top)
	b.box(gaugeX0, gaugeY0, gaugeX1, gaugeY1, 25, RoleCard, RoleInk, 5)
	b.box(gaugeX0+pad, top, gaugeX1-pad, gaugeY1-pad, 18, RoleBreath, RoleNone, 0)
	// Ticks at a quarter, half and three quarters, so the level reads without colour.
	for _, f := range [...]float32{0.25, 0.5, 0.75} {
		y := gaugeY1 - pad - inner*f
		b.line(gaugeX0-14, y, gaugeX0-4, y, RoleInk, 3, 1)
	}
	b.text(gaugeX0-40, gaugeY0-36, gaugeX1+40, "full", 20, RoleMuted, false)
	b.text(gaugeX0-40, gaugeY1+8, gaugeX1+40, "empty", 20, RoleMuted, false)
	b.text(cardGauge0, labelY, cardGauge1, "Breath", 26, RoleMuted, true)
}

// cards are the soft panels behind the two views and the gauge.
func (b *builder) cards() {
	b.box(cardFront0, -18, cardFront1, 534, 28, RoleCard, RoleNone, 0)
	b.box(cardSide0, -18, cardSide1, 534, 28, RoleCard, RoleNone, 0)
	b.box(cardGauge0, -18, cardGauge1, 534, 28, RoleCard, RoleNone, 0)
}

// band fills the corset between bandTop and bandBottom with thin horizontal
// strips as wide as the outline at their middle; thin enough that the
// outline's stroke covers the steps where the sides slope.
func (b *builder) band(s silhouette, strips int) {
	step := float32(bandBottom-bandTop) / float32(strips)
	for i := 0; i < strips; i++ {
		y0 := bandTop + float32(i)*step
		l, r := s.at(y0 + step/2)
		// Half a unit of overlap hides the seam anti-aliasing leaves between strips.
		b.box(l, y0, r, y0+step+0.5, 0, RoleCorset, RoleNone, 0)
	}
	for _, y := range [...]float32{bandTop, bandBottom} {
		l, r := s.at(y)
		b.line(l, y, r, y, RoleInk, 5, 1)
	}
}

// head is a plain round head on a neck, so the figure reads as a person.
func (b *builder) head(cx, neckL, neckR float32) {
	b.box(neckL, 40, neckR, torsoTop+4, 0, RoleCard, RoleInk, 5)
	b.dot(cx, 22, 36, RoleCard, RoleInk, 5)
}

// outline strokes both sides of a silhouette and closes its bottom.
func (b *builder) outline(s silhouette, role Role, width float32) {
	ys := s.samples()
	for i := 1; i < len(ys); i++ {
		l0, r0 := s.at(ys[i-1])
		l1, r1 := s.at(ys[i])
		b.line(l0, ys[i-1], l1, ys[i], role, width, 1)
		b.line(r0, ys[i-1], r1, ys[i], role, width, 1)
	}
	l, r := s.at(s.bottom)
	b.line(l, s.bottom, r, s.bottom, role, width, 1)
}

// arrow points from (x0,y) to (x1,y): a shaft and a filled head at x1.
func (b *builder) arrow(x0, y0, x1, y1, alpha float32) {
	dir := float32(1)
	angle := float32(90) // a triangle points up at angle 0; 90 turns it to the right
	if x1 < x0 {
		dir, angle = -1, -90
	}
	head := float32(18)
	b.line(x0, y0, x1-dir*head, y1, RoleAccent, 7, alpha)
	b.tri(x1-dir*head*0.9, y1, head, angle, RoleAccent, alpha)
}

// silhouette is a body outline: left and right edges as functions of height
// (or a half-width about a centre), with the shoulders rounded into the neck
// and the bottom corners rounded in.
type silhouette struct {
	top, round          float32
	bottom, bottomRound float32
	neckL, neckR        float32
	centre              float32
	half                func(y float32) float32
	left, right         func(y float32) float32
}

func (s silhouette) edges(y float32) (float32, float32) {
	if s.half != nil {
		h := s.half(y)
		return s.centre - h, s.centre + h
	}
	return s.left(y), s.right(y)
}

// at is the outline's left and right x at height y.
func (s silhouette) at(y float32) (float32, float32) {
	shoulder := s.top + s.round
	if y < shoulder {
		l, r := s.edges(shoulder)
		t := (shoulder - y) / s.round
		k := float32(math.Sqrt(float64(max(0, 1-t*t))))
		return s.neckL + (l-s.neckL)*k, s.neckR + (r-s.neckR)*k
	}
	l, r := s.edges(y)
	if hip := s.bottom - s.bottomRound; y > hip {
		t := (y - hip) / s.bottomRound
		in := s.bottomRound * (1 - float32(math.Sqrt(float64(max(0, 1-t*t)))))
		l, r = l+in, r-in
	}
	return l, r
}

// samples are the heights the outline is drawn through: even steps down the
// body, and even angles around the rounded shoulders and hips where the edge
// turns fast.
func (s silhouette) samples() (ys [2*sampleCorner + sampleBody + 1]float32) {
	n := 0
	for i := 0; i < sampleCorner; i++ {
		th := float64(i) / sampleCorner * math.Pi / 2
		ys[n] = s.top + s.round - s.round*float32(math.Cos(th))
		n++
	}
	y0, y1 := s.top+s.round, s.bottom-s.bottomRound
	for i := 0; i < sampleBody; i++ {
		ys[n] = y0 + (y1-y0)*float32(i)/sampleBody
		n++
	}
	for i := 0; i <= sampleCorner; i++ {
		th := float64(i) / sampleCorner * math.Pi / 2
		ys[n] = y1 + s.bottomRound*float32(math.Sin(th))
		n++
	}
	return ys
}

const sampleCorner, sampleBody = 7, 22

// knot is one station of a curve: value v at height y.
type knot struct{ y, v float32 }

// cardinal interpolates smoothly through the knots (a Catmull-Rom spline
// over uneven spacing), holding the end values beyond them.
func cardinal(y float32, ks ...knot) float32 {
	n := len(ks)
	if y <= ks[0].y {
		return ks[0].v
	}
	if y >= ks[n-1].y {
		return ks[n-1].v
	}
	i := 0
	for ks[i+1].y < y {
		i++
	}
	slope := func(j int) float32 {
		a, c := max(j-1, 0), min(j+1, n-1)
		return (ks[c].v - ks[a].v) / (ks[c].y - ks[a].y)
	}
	h := ks[i+1].y - ks[i].y
	t := (y - ks[i].y) / h
	t2, t3 := t*t, t*t*t
	return (2*t3-3*t2+1)*ks[i].v + (t3-2*t2+t)*h*slope(i) +
		(-2*t3+3*t2)*ks[i+1].v + (t3-t2)*h*slope(i+1)
}

// builder turns design units into pixels as it appends shapes.
type builder struct {
	g         *Geometry
	s, ox, oy float32
}

func (b *builder) x(v float32) float32 { return b.ox + v*b.s }
func (b *builder) y(v float32) float32 { return b.oy + (v+yShift)*b.s }
func (b *builder) pt(x, y float32) Pt  { return Pt{b.x(x), b.y(y)} }

func (b *builder) add(sh Shape) { b.g.Shapes = append(b.g.Shapes, sh) }

// line strokes from one point to another. Each end is pushed out by half the
// stroke along the line so consecutive segments of a curve overlap at their
// joints instead of leaving notches.
func (b *builder) line(x0, y0, x1, y1 float32, role Role, width, alpha float32) {
	dx, dy := x1-x0, y1-y0
	if l := float32(math.Hypot(float64(dx), float64(dy))); l > 0 {
		k := width / 2 / l * 0.8
		x0, y0, x1, y1 = x0-dx*k, y0-dy*k, x1+dx*k, y1+dy*k
	}
	b.add(Shape{Kind: KindLine, A: b.pt(x0, y0), B: b.pt(x1, y1), Width: width * b.s, Stroke: role, Alpha: alpha})
}

// polyline strokes x = f(y) from y0 to y1 in n straight pieces.
func (b *builder) polyline(n int, y0, y1 float32, f func(float32) float32, role Role, width, alpha float32) {
	py, px := y0, f(y0)
	for i := 1; i <= n; i++ {
		y := y0 + (y1-y0)*float32(i)/float32(n)
		x := f(y)
		b.line(px, py, x, y, role, width, alpha)
		px, py = x, y
	}
}

func (b *builder) box(x0, y0, x1, y1, radius float32, fill, stroke Role, width float32) {
	b.add(Shape{Kind: KindBox, A: b.pt(x0, y0), B: b.pt(x1, y1), Radius: radius * b.s,
		Fill: fill, Stroke: stroke, Width: width * b.s, Alpha: 1})
}

func (b *builder) dot(cx, cy, r float32, fill, stroke Role, width float32) {
	b.add(Shape{Kind: KindDot, A: b.pt(cx-r, cy-r), B: b.pt(cx+r, cy+r),
		Fill: fill, Stroke: stroke, Width: width * b.s, Alpha: 1})
}

func (b *builder) tri(cx, cy, r, angle float32, role Role, alpha float32) {
	b.add(Shape{Kind: KindTri, A: b.pt(cx-r, cy-r), B: b.pt(cx+r, cy+r), Angle: angle, Fill: role, Alpha: alpha})
}

// text is centred in the span x0..x1 with its top at y.
func (b *builder) text(x0, y, x1 float32, s string, size float32, role Role, bold bool) {
	b.add(Shape{Kind: KindText, A: b.pt(x0, y), B: b.pt(x1, y+size*1.4), Text: s,
		Size: size * b.s, Fill: role, Bold: bold, Alpha: 1})
}

func unit(v float64) float32 {
	if !(v > 0) { // also catches NaN
		return 0
	}
	if v > 1 {
		return 1
	}
	return float32(v)
}

func smooth(x float32) float32 { return x * x * (3 - 2*x) }

func lerp(a, b, t float32) float32 { return a + (b-a)*t }
