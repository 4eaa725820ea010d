package figure

import (
	"encoding/json"
	"fmt"
	"math"
)

// Gear is a piece of equipment an exercise picture draws with the body.
// What is held moves with the hands; a bench stays where the start of the
// movement puts it.
type Gear int

const (
	// GearKettlebell hangs from the hands, its bell beyond the fist along
	// the forearm (below it in a swing's hike, above it held overhead).
	GearKettlebell Gear = iota
	// GearDumbbell is a short bar across the fist with a weight at each end.
	GearDumbbell
	// GearBarbell is a loaded bar in the hands, seen end on: a plate.
	GearBarbell
	// GearBarOnBack is a loaded bar across the upper back (a good morning).
	GearBarOnBack
	// GearLandmine is a bar held at one end, its other end in a floor
	// mount ahead of the body.
	GearLandmine
	// GearCableHigh is a cable handle (or rope) in the hands on a line from
	// a pulley high up ahead of the body (a cable crunch).
	GearCableHigh
	// GearCableBehind runs from a pulley high behind the body (a woodchop
	// pulled from high to low).
	GearCableBehind
	// GearCableSide runs from a pulley beside the body at the height of
	// the hands, drawn going away into the picture (a Pallof press).
	GearCableSide
	// GearAbWheel is a wheel in the hands, rolling on the floor.
	GearAbWheel
	// GearMedicineBall is a heavy ball in the hands.
	GearMedicineBall
	// GearBallUnderArms is an exercise ball under the forearms, rolling
	// with them (stir the pot, a ball rollout).
	GearBallUnderArms
	// GearBench is a bench under the body at the start (the body lies on
	// it), standing on the floor; in the front view, under the upper
	// leg's ankle (a Copenhagen plank).
	GearBench
	// GearDeclineBench is a bench sloping head-down under the body (a
	// decline sit-up): the body lies along its slope.
	GearDeclineBench
	gearCount
)

var gearNames = [...]string{"kettlebell", "dumbbell", "barbell", "bar on back", "landmine", "cable from above",
	"cable from behind", "cable from the side", "ab wheel", "medicine ball", "exercise ball", "bench", "decline bench"}

func (g Gear) String() string {
	if g < 0 || g >= gearCount {
		return fmt.Sprintf("Gear(%d)", int(g))
	}
	return gearNames[g]
}

// MarshalText writes the gear by name, for JSON.
func (g Gear) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// GearSet is a set of gear: comparable, so a motion holding one is too.
type GearSet uint32

// With is the set with g added.
func (s GearSet) With(g Gear) GearSet { return s | 1<<uint(g) }

// Has says whether g is in the set.
func (s GearSet) Has(g Gear) bool { return g >= 0 && g < gearCount && s&(1<<uint(g)) != 0 }

// List is the set's gear in order.
func (s GearSet) List() []Gear {
	var out []Gear
	for g := Gear(0); g < gearCount; g++ {
		if s.Has(g) {
			out = append(out, g)
		}
	}
	return out
}

// MarshalJSON writes the set as a list of names.
func (s GearSet) MarshalJSON() ([]byte, error) {
	names := []string{}
	for _, g := range s.List() {
		names = append(names, g.String())
	}
	return json.Marshal(names)
}

// Sizes of the gear, in centimetres.
const (
	benchHeight   = 42.0
	bellR         = 10.0
	plateR        = 22.5
	wheelR        = 9.0
	medBallR      = 12.0
	swissR        = 32.5 // a 65 cm exercise ball
	dumbbellHalf  = 8.0
	dumbbellPlate = 4.6
)

// raises says whether the gear lifts the body off the floor (a bench it
// lies on), so the floor goes under the bench.
func raises(gear GearSet, view View) bool {
	return view != ViewFront && (gear.Has(GearBench) || gear.Has(GearDeclineBench))
}

// declineDeg is a decline bench's slope.
const declineDeg = 10.0

// slopeUnder is the slope (down the picture per centimetre across it) of
// what a body in frame f lies on: level, or a decline bench lower at the
// head's end.
func slopeUnder(gear GearSet, f frame) float64 {
	if !gear.Has(GearDeclineBench) {
		return 0
	}
	s := math.Tan(rad(declineDeg))
	if f.m(0, 60).X < f.m(0, 0).X { // the head to the left
		return -s
	}
	return s
}

// heldGear draws what the hands hold in the side view, at the hand of
// limbs l in frame f; start is the frame and limbs at the start of the
// movement, where a cable's pulley or a landmine's mount stays.
func heldGear(d *draft, gear GearSet, f frame, l limbs, sf frame, sl limbs) {
	g, fd, n := fist(f, l)
	g0 := sf.up(grip(sl))
	const lw = 0.45
	for _, k := range gear.List() {
		switch k {
		case GearKettlebell:
			c := g.add(fd.mul(bellR + 4))
			top := c.sub(fd.mul(bellR * 0.7))
			d.path([]Pt{top.add(n.mul(5)), g.add(n.mul(3.6)).sub(fd.mul(1.5)), g.sub(n.mul(3.6)).sub(fd.mul(1.5)), top.sub(n.mul(5))},
				false, RoleNone, RoleGear, 1.6, 1, true)
			d.circle(c, bellR, RoleGear, RoleInk, lw, 1, true)
		case GearDumbbell:
			dumbbell(d, f, l, 1)
		case GearBarbell:
			d.circle(g, plateR, RoleGear, RoleInk, lw, 0.75, true)
			d.circle(g, 2.6, RoleCard, RoleInk, lw, 1, true)
		case GearBarOnBack:
			c := f.m(backU(51)-3, 51)
			d.circle(c, plateR, RoleGear, RoleInk, lw, 0.75, true)
			d.circle(c, 2.6, RoleCard, RoleInk, lw, 1, true)
		case GearLandmine:
			mount := Pt{g0.X + 150*sideSign(sf), 0}
			d.line(g, mount, RoleGear, 2.4, 1, true)
			d.add(Shape{Kind: KindRect, Pts: []Pt{{mount.X - 5, -4}, {mount.X + 5, 0}}, R: 0.8, Fill: RoleGear, Alpha: 1})
			d.reserve(mount)
		case GearCableHigh, GearCableBehind, GearCableSide:
			p := cablePulley(k, g0, sf)
			alpha := 1.0
			if k == GearCableSide {
				alpha = 0.55 // away into the picture, behind the body
			}
			d.line(p, g, RoleGear, 0.5, alpha, true)
			d.add(Shape{Kind: KindRect, Pts: []Pt{{p.X - 4, math.Min(p.Y, -150) - 6}, {p.X + 4, 0}}, R: 1, Fill: RoleGround, Alpha: 0.5 * alpha})
			d.circle(p, 3, RoleGear, RoleInk, lw, alpha, false)
			d.path(capsule(g.add(n.mul(4)), g.sub(n.mul(4)), 1.6, 1.6), true, RoleGear, RoleInk, lw, 1, true) // the handle
			d.reserve(p, Pt{p.X, math.Min(p.Y, -150) - 6})
		case GearAbWheel:
			d.circle(g, wheelR, RoleGear, RoleInk, lw, 1, true)
			d.circle(g, 2.4, RoleCard, RoleInk, lw, 1, true)
		case GearBallUnderArms:
			d.circle(swissCentre(f, l), swissR, RoleGear, RoleInk, lw, 0.55, true)
		case GearMedicineBall:
			c := g.add(fd.mul(medBallR - 2))
			d.circle(c, medBallR, RoleGear, RoleInk, lw, 1, true)
			d.path([]Pt{c.add(n.mul(medBallR)), c.sub(n.mul(medBallR))}, false, RoleNone, RoleInk, lw, 0.6, true)
		}
	}
}

// sideSign is 1 when the body faces right in frame f, -1 when left.
func sideSign(f frame) float64 {
	if f.m(1, 0).X < f.m(0, 0).X {
		return -1
	}
	return 1
}

// cablePulley is where a cable of kind k runs from, for hands at g0 at the
// start of the movement in frame sf.
func cablePulley(k Gear, g0 Pt, sf frame) Pt {
	s := sideSign(sf)
	switch k {
	case GearCableBehind:
		return Pt{g0.X - 45*s, g0.Y - 60}
	case GearCableSide:
		return Pt{g0.X - 14*s, g0.Y - 12}
	}
	return Pt{g0.X + 25*s, g0.Y - 55}
}

// bench draws a bench under the body's back at the start of the movement
// (frame sf), its top at y = 0 where the body lies, standing on the floor
// benchHeight below.
//
// A decline bench slopes along y = slope·x (placedBody laid the body on
// that line) and reaches on to the feet, which are hooked at its top.
func sideBench(d *draft, sf frame, sl limbs, slope, lo, hi float64) {
	a, b := sf.m(backU(-8), -8), sf.m(backU(52), 52)
	x0, x1 := math.Min(a.X, b.X)-6, math.Max(a.X, b.X)+6
	if slope != 0 {
		ft := sf.low(sl.ankle)
		x0, x1 = math.Min(x0, ft.X-6), math.Max(x1, ft.X+6)
	}
	y0, y1 := slope*x0, slope*x1
	d.path([]Pt{{x0, y0}, {x1, y1}, {x1, y1 + 5}, {x0, y0 + 5}}, true, RoleGear, RoleInk, 0.4, 1, false)
	floor := math.Max(y0, y1) + benchHeight
	for _, x := range []float64{x0 + 5, x1 - 5} {
		d.line(Pt{x, slope*x + 5}, Pt{x, floor}, RoleGear, 2.2, 1, false)
	}
	d.add(Shape{Kind: KindRect, Pts: []Pt{{math.Min(lo, x0) - 4, floor}, {math.Max(hi, x1) + 4, floor + 2}}, R: 0.8, Fill: RoleGround, Alpha: 0.55})
}

// frontBench draws, in the front view, a bench under the upper leg's
// ankle at the start of the movement, standing on the floor (y = 0).
func frontBench(d *draft, f frame, upper frontJoints) {
	f.level = true
	a := f.onFront(upper.ankle)
	top := a.Y + 3.4 + outlineW
	x0, x1 := a.X-22, a.X+14
	if f.onFront(upper.hip).X > a.X { // the feet to the left
		x0, x1 = a.X-14, a.X+22
	}
	d.add(Shape{Kind: KindRect, Pts: []Pt{{x0, top}, {x1, top + 5}}, R: 1, Fill: RoleGear, Stroke: RoleInk, Width: 0.4, Alpha: 1})
	for _, x := range []float64{x0 + 4, x1 - 4} {
		d.line(Pt{x, top + 5}, Pt{x, 0}, RoleGear, 2.2, 1, false)
	}
}

// gearReach are the furthest points of what the hands of limbs l hold in
// frame f, so the picture keeps room for them through the movement.
func gearReach(gear GearSet, f frame, l limbs) []Pt {
	g, fd, n := fist(f, l)
	var out []Pt
	around := func(c Pt, r float64) {
		out = append(out, Pt{c.X - r, c.Y - r}, Pt{c.X + r, c.Y + r})
	}
	for _, k := range gear.List() {
		switch k {
		case GearKettlebell:
			around(g.add(fd.mul(bellR+4)), bellR)
		case GearDumbbell:
			for _, s := range []float64{-1, 1} {
				around(g.add(n.mul(s*(dumbbellHalf+1.5))), dumbbellPlate+1.5)
			}
		case GearBarbell:
			around(g, plateR)
		case GearBarOnBack:
			around(f.m(backU(51)-3, 51), plateR)
		case GearAbWheel:
			around(g, wheelR)
		case GearMedicineBall:
			around(g.add(fd.mul(medBallR-2)), medBallR)
		case GearBallUnderArms:
			around(swissCentre(f, l), swissR)
		case GearCableHigh, GearCableBehind, GearCableSide:
			around(g, 5)
		}
	}
	return out
}

// swissCentre is the centre of an exercise ball under the forearms of
// limbs l: straight below the middle of the forearm, touching it.
func swissCentre(f frame, l limbs) Pt {
	m := f.up(l.elbow).add(f.up(l.wrist)).mul(0.5)
	return Pt{m.X, m.Y + swissR + 3.2}
}

// dumbbell draws a dumbbell across the fist of limbs l at alpha.
func dumbbell(d *draft, f frame, l limbs, alpha float64) {
	g, _, n := fist(f, l)
	d.line(g.add(n.mul(dumbbellHalf)), g.sub(n.mul(dumbbellHalf)), RoleGear, 1.8, alpha, true)
	for _, s := range []float64{-1, 1} {
		a := g.add(n.mul(s * dumbbellHalf))
		d.path(capsule(a, a.add(n.mul(s*3)), dumbbellPlate, dumbbellPlate), true, RoleGear, RoleInk, 0.45, alpha, true)
	}
}

// sideGear draws what an exercise's hands hold in the side view of o's
// body, placed by frame f, and keeps room for it through the movement.
func sideGear(d *draft, o Options, f frame) {
	b, start := *o.Body, *o.Body
	if len(o.Span) > 0 {
		start = o.Span[0]
	}
	sf := placedFrame(start, o.Other, o.Anchor, o.Support, o.Gear)
	if o.Other != nil && o.Gear.Has(GearDumbbell) {
		// A dumbbell in each hand: the other one, faint with its hand.
		dumbbell(d, f, posed(*o.Other), 0.45)
	}
	heldGear(d, o.Gear, f, posed(b), sf, posed(start))
	for _, sb := range append([]Body{b}, o.Span...) {
		d.reserve(gearReach(o.Gear, placedFrame(sb, o.Other, o.Anchor, o.Support, o.Gear), posed(sb))...)
	}
}

// fist is where the hand of limbs l grips in frame f, the forearm's
// direction there and the direction across the fist.
func fist(f frame, l limbs) (g, along, across Pt) {
	along = f.up(l.wrist).sub(f.up(l.elbow))
	if along.len() == 0 {
		along = Pt{0, 1}
	}
	along = along.mul(1 / along.len())
	return f.up(grip(l)), along, Pt{-along.Y, along.X}
}
