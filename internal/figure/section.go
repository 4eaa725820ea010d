package figure

import (
	"math"
	"slices"
	"sync"
)

// The cross-section: a slice through the waist at the belly button, front
// at the top, back at the bottom. Transversus abdominis runs as a band from
// the fascia beside the spine round each flank to the front midline; drawing
// in tightens the ring all round.

// ringPt is the body's outline at angle t (0 = right flank, π/2 = front),
// drawn in by e: the front moves back with the side view's belly and the
// flanks come in by WaistShare.
func ringPt(t, e float64) Pt { return ringOf(e).at(t) }

// ringShape is what the ring's outline at engagement e depends on, worked
// out once for all the points of a ring (splines of the trunk's walls).
type ringShape struct{ w, front, back float64 }

func ringOf(e float64) ringShape {
	return ringShape{
		w:     14.8 * (1 - WaistShare*e),
		front: frontWall(navelV, e) - spineAtV(navelV), // from the spine's centre
		back:  spineAtV(navelV) - backU(navelV),
	}
}

func (r ringShape) at(t float64) Pt {
	c, s := math.Cos(t), math.Sin(t)
	sx := math.Copysign(math.Pow(math.Abs(c), 0.8), c)
	sy := math.Copysign(math.Pow(math.Abs(s), 0.8), s)
	y := -r.front * sy
	if s < 0 {
		y = -r.back * sy
		// The groove over the spine.
		y -= 1.2 * math.Exp(-math.Pow(c/0.12, 2))
	}
	return Pt{r.w * sx, y}
}

func ring(e, inset float64, n int) []Pt {
	rs := ringOf(e)
	pts := make([]Pt, n)
	for i := range pts {
		t := 2 * math.Pi * float64(i) / float64(n)
		p := rs.at(t)
		l := p.len()
		pts[i] = p.mul((l - inset) / l)
	}
	return pts
}

// stillRings keeps the rings that never move with the pose (the tightest
// and the relaxed outline): they are the same on every frame.
var stillRings sync.Map // ringKey → []Pt

type ringKey struct {
	e, inset float64
	n        int
}

// stillRing is ring(e, inset, n), worked out once; each caller gets its own
// copy to append to.
func stillRing(e, inset float64, n int) []Pt {
	k := ringKey{e, inset, n}
	pts, ok := stillRings.Load(k)
	if !ok {
		pts, _ = stillRings.LoadOrStore(k, ring(e, inset, n))
	}
	return slices.Clone(pts.([]Pt))
}

func sectionView(e, arrows float64) (*draft, sectionMeasure) {
	d := &draft{}
	const n = 44
	inner := stillRing(1, 0, 96)
	d.path(inner, true, RoleSkin, RoleInk, outlineW*2, 1, false)
	d.path(stillRing(1, outlineW, 96), true, RoleSkin, RoleNone, 0, 1, false)

	relaxed := stillRing(0, 0, 96)
	relaxed = append(relaxed, relaxed[0])
	d.add(Shape{Kind: KindPath, Pts: relaxed, Stroke: RoleGhost, Width: 0.3, Alpha: 0.9, Dash: 1.1})

	// The spine: body, spinous process pointing back, transverse processes.
	sp := Pt{0, 0}
	// Back muscles either side of the spinous process.
	for _, s := range []float64{-1, 1} {
		d.path(ellipse(Pt{s * 3.7, 3.4}, 2.9, 2.0, s*0.2, 20), true, RoleMuscle, RoleFibre, 0.15, 0.35, false)
	}
	d.path([]Pt{{-0.6, 0.6}, {-0.45, 5.4}, {0.45, 5.4}, {0.6, 0.6}}, true, RoleBone, RoleBoneLine, boneW, 1, false)
	d.path([]Pt{{-5.4, 0.6}, {-5.2, 1.5}, {5.2, 1.5}, {5.4, 0.6}, {0, -0.2}}, true, RoleBone, RoleBoneLine, boneW, 1, false)
	d.circle(Pt{0, 0.4}, 1.1, RoleSkin, RoleBoneLine, boneW, 1, false) // the spinal canal
	d.path(ellipse(sp.add(Pt{0, -2.6}), 2.6, 2.0, 0, 20), true, RoleBone, RoleBoneLine, boneW, 1, false)
	// Thoracolumbar fascia: wrapping the back muscles from the spinous
	// process out to where the corset muscle joins it.
	for _, s := range []float64{-1, 1} {
		end := ringPt(-0.42, 1)
		end = end.mul((end.len() - 2.1) / end.len())
		fas := smoothPath([]Pt{{s * 0.5, 5.6}, {s * 3.6, 5.9}, {s * 6.8, 4.8}, {s * 9.6, 3.8}, {s * end.X, end.Y}}, 3)
		d.path(fas, false, RoleNone, RoleFascia, 0.4, 1, false)
	}

	// Moving rim: skin between the tightest ring and the present one.
	now := ring(e, 0, n)
	tight := stillRing(1, outlineW, n)
	var rim []Pt
	for i := range now {
		rim = append(rim, tight[i], now[i])
	}
	perim := 2 * math.Pi * 15 / n
	d.strip(rim, RoleSkin, perim*1.3, 1, true)
	d.path(append(now, now[0]), false, RoleNone, RoleInk, outlineW, 1, true)

	// Transversus abdominis: from the fascia beside the spine (about 20° below
	// the flank) round to the front midline, thickening as it tightens.
	rs := ringOf(e)
	for _, s := range []float64{-1, 1} {
		var band []Pt
		for k := 0; k <= 18; k++ {
			t := lerp(-0.42, math.Pi/2-0.05, float64(k)/18)
			if s < 0 {
				t = math.Pi - t
			}
			p := rs.at(t)
			l := p.len()
			band = append(band, p.mul((l-2.1)/l))
		}
		d.path(band, false, RoleNone, RoleMuscle, lerp(0.7, 1.2, e), lerp(0.7, 1, e), true)
		// Rectus abdominis, the "six-pack", in front of it.
		fr := ringPt(math.Pi/2-s*0.12, e)
		d.circle(fr.add(Pt{0, 1.3}), 1.0, RoleMuscle, RoleFibre, 0.12, 0.45, true)
	}
	f0 := ringPt(math.Pi/2, e)
	navel := Pt{0, f0.Y + 0.4}
	d.circle(navel, 0.55, RoleAccent, RoleNone, 0, 1, true)
	for _, t := range []float64{0, math.Pi / 2, math.Pi} {
		p := ringPt(t, e)
		dir := p.mul(1 / p.len())
		d.arrow(p.add(dir.mul(7)), p.add(dir.mul(1.4)), RoleAccent, 0.6, arrows)
		r := ringPt(t, 0)
		d.reserve(r.add(r.mul(7.5 / r.len())))
	}

	d.label("spine", Pt{0, -2.6}, sideBottom)
	d.label("thoracolumbar fascia", Pt{-6.8, 4.8}, sideBottom)
	d.liveLabel("transversus abdominis", ringPt(0.35, 0).mul(0.8), ringPt(0.35, e).mul(0.86), sideRight)
	d.liveLabel("belly button (front)", Pt{0, -14}, navel, sideTop)
	return d, sectionMeasure{width: 2 * ringPt(0, e).X, depth: ringPt(-math.Pi/2, e).Y - f0.Y}
}

type sectionMeasure struct{ width, depth float64 }
