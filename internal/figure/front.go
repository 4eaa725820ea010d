package figure

import "math"

// The front view: the body standing, facing out of the picture, so the
// waist narrowing all round and the lower ribs widening on the in-breath
// can be seen. Model x runs to the picture's right, y down, v up as in the
// side view (the hip joints at v = 0).

// halfWidth is the body's half-width at height v, ribs filled to br and
// waist drawn in by e.
func halfWidth(v, e, br float64) float64 {
	rib := 14.0 * (1 + RibShare*br)
	waist := 13.6 * (1 - WaistShare*e)
	return spline(v, kn{-8, 15.8}, kn{0, 17.2}, kn{8, 16.2}, kn{13, 14.8 * (1 - 0.25*WaistShare*e)},
		kn{18, waist}, kn{23, lerp(waist, rib, 0.45)}, kn{29, rib}, kn{35, rib * 1.04}, kn{42, 15.6},
		kn{47, 17.2}, kn{52, 18.6}, kn{56, 16.4}, kn{58.5, 8.5}, kn{60, 5.8})
}

// ribHalf is the rib cage's own half-width at height v (inside the flank).
func ribHalf(v, br float64) float64 { return halfWidth(v, 0, br) - 1.6 }

func frontOutline(e, br float64) []Pt {
	var right []Pt
	for v := 60.0; v >= -9; v -= 1 {
		right = append(right, Pt{halfWidth(v, e, br), -v})
	}
	pts := append([]Pt{}, right...)
	pts = append(pts, Pt{0, 10}) // the crotch; the thighs cover below
	for i := len(right) - 1; i >= 0; i-- {
		pts = append(pts, Pt{-right[i].X, right[i].Y})
	}
	return pts
}

func frontView(e, br, arrows, breathArrows float64, hands bool) (*draft, frontMeasure) {
	d := &draft{}
	frontBody(d, hands)
	frontFlanks(d, e, br)
	frontRibs(d, br)
	frontCorset(d, e, br)
	// Pelvic floor: the hammock between the sitting bones.
	var sling []Pt
	for k := 0; k <= 10; k++ {
		t := float64(k) / 10
		sling = append(sling, Pt{lerp(-8, 8, t), -(-5.2 + (floorV(e)+5.2)*math.Sin(math.Pi*t))})
	}
	d.path(sling, false, RoleNone, RoleFloor, 0.75, 1, true)

	nv := navelV + navelLift*e
	d.circle(Pt{0, -nv}, 0.6, RoleAccent, RoleNone, 0, 1, true)
	ww := halfWidth(18, e, br)
	for _, s := range []float64{-1, 1} {
		d.arrow(Pt{s * (ww + 8), -18}, Pt{s * (ww + 1.4), -18}, RoleAccent, 0.6, arrows)
		rw := halfWidth(32, 0, br)
		d.arrow(Pt{s * (rw + 1.4), -32}, Pt{s * (rw + 7), -32}, RoleBreath, 0.6, breathArrows)
		d.reserve(Pt{s * (halfWidth(18, 0, 0) + 8.5), -18}, Pt{s * (halfWidth(32, 0, 1) + 8), -32})
	}

	d.label("ribs", Pt{ribHalf(44, 0.5) - 2, -44}, sideRight)
	d.liveLabel("diaphragm", Pt{-8, -36}, Pt{-7, -lerp(29, diaphragmV(0.8, br), 0.8)}, sideLeft)
	d.label("transversus abdominis", Pt{-9, -12}, sideLeft)
	d.label("waist", Pt{halfWidth(18, 0, 0.5), -18}, sideRight)
	d.label("pelvic floor", Pt{4, 5}, sideRight)
	return d, frontMeasure{waist: 2 * ww, ribs: 2 * halfWidth(32, e, br)}
}

type frontMeasure struct{ waist, ribs float64 }

// frontBody draws what does not move: legs, arms, head and the trunk at its
// narrowest, the relaxed waist dashed, and the hip bones. The arms hang, or
// with hands the elbows go out and the hands rest on the waist.
func frontBody(d *draft, hands bool) {
	// Legs, arms and head, then the trunk at its narrowest; the flanks that
	// move are added live on top.
	legs := [][]Pt{}
	for _, s := range []float64{-1, 1} {
		hip, knee, ankle := Pt{s * 9, 0}, Pt{s * 9.6, 43}, Pt{s * 9.2, 84}
		legs = append(legs, capsule(hip, knee, 8.2, 5.8), capsule(knee, ankle, 5.4, 3.4),
			[]Pt{{s * 7.2, 83}, {s * 11.6, 83}, {s * 13.2, 91}, {s * 5.6, 91}})
		sh := Pt{s * 17.4, -50}
		el := sh.add(Pt{s * 8.5, 27.5})
		wr := el.add(Pt{s * 5.2, 24.4})
		hand := wr.add(Pt{s * 1.2, 8})
		if hands {
			el = sh.add(Pt{s * 11.5, 23})
			// Just above the draw-in arrows at the narrowest of the waist.
			wr = Pt{s * (halfWidth(27, 0, 0.5) + 2.4), -27}
			hand = Pt{s * (halfWidth(23, 0, 0.5) - 2.4), -22.5}
		}
		legs = append(legs, capsule(sh, el, 4.8, 3.8), capsule(el, wr, 3.7, 2.6), capsule(wr, hand, 2.8, 2.2))
	}
	parts := append(legs, capsule(Pt{0, -58}, Pt{0, -65}, 5.6, 5.0), ellipse(Pt{0, -73}, 9.2, 11.4, 0, 36), frontOutline(1, 0))
	for _, p := range parts {
		d.path(p, true, RoleNone, RoleInk, outlineW*2, 1, false)
	}
	for _, p := range parts {
		d.path(p, true, RoleSkin, RoleNone, 0, 1, false)
	}
	d.line(Pt{lerp(-20, 20, 0.5) - 14, 91.6}, Pt{14, 91.6}, RoleGround, 1.2, 0.9, false)

	// The relaxed waist, dashed.
	for _, s := range []float64{-1, 1} {
		var g []Pt
		for v := 8.0; v <= 30; v += 1 {
			g = append(g, Pt{s * halfWidth(v, 0, 0.5), -v})
		}
		d.add(Shape{Kind: KindPath, Pts: g, Stroke: RoleGhost, Width: 0.3, Alpha: 0.9, Dash: 1.1})
	}

	// Hip bones from the front: the iliac wings and the pubic arch.
	for _, s := range []float64{-1, 1} {
		wing := []Pt{{s * 2, -9}, {s * 8, -12.6}, {s * 13.2, -15.2}, {s * 14.4, -12}, {s * 12.4, -8.6},
			{s * 11.2, -3}, {s * 8.6, 1.2}, {s * 4.2, 2.6}, {s * 1.2, 4.6}, {s * 2.6, 0.2}, {s * 2, -9}}
		d.path(smoothPath(wing, 3), true, RoleBone, RoleBoneLine, boneW, 0.85, false)
	}

}

// frontFlanks draws the moving flanks: skin between the narrowest outline
// and the present one, and its outline.
func frontFlanks(d *draft, e, br float64) {
	const step = 1.0
	for _, s := range []float64{-1, 1} {
		var flesh, edge []Pt
		for v := 6.0; v <= 47; v += step {
			flesh = append(flesh, Pt{s * (halfWidth(v, 1, 0) - outlineW), -v}, Pt{s * halfWidth(v, e, br), -v})
		}
		for v := 6.0; v <= 47; v += 2.05 {
			edge = append(edge, Pt{s * halfWidth(v, e, br), -v})
		}
		d.strip(flesh, RoleSkin, step*1.25, 1, true)
		d.path(edge, false, RoleNone, RoleInk, outlineW, 1, true)
	}

}

// frontRibs draws the ribs widening with the breath and the diaphragm's
// two domes under them.
func frontRibs(d *draft, br float64) {
	// Ribs: arcs from the breastbone round to the flank, widening with the breath.
	for i := 0; i < 6; i++ {
		v := 50 - 3.6*float64(i)
		drop := 3.0 + 0.5*float64(i)
		for _, s := range []float64{-1, 1} {
			var rib []Pt
			for k := 0; k <= 4; k++ {
				t := float64(k) / 4
				x := s * lerp(1.4, ribHalf(v-drop*t, br), math.Sin(t*math.Pi/2))
				rib = append(rib, Pt{x, -(v - drop*math.Pow(t, 1.6))})
			}
			d.path(rib, false, RoleNone, RoleBoneLine, 0.6, 0.75, true)
		}
	}
	// Diaphragm: two domes under the ribs.
	var dm []Pt
	for k := 0; k <= 24; k++ {
		t := float64(k)/12 - 1
		x := t * (ribHalf(29, br) - 0.6)
		bump := math.Abs(math.Sin(math.Abs(t) * math.Pi * 0.92))
		v := lerp(29, diaphragmV(0.8, br), math.Pow(bump, lerp(0.55, 0.35, br))) - 1.6*(1-math.Abs(t))*(1-bump)
		dm = append(dm, Pt{x, -v})
	}
	d.path(dm, false, RoleNone, RoleBreath, 0.75, 1, true)

}

// frontCorset draws transversus abdominis from the front.
func frontCorset(d *draft, e, br float64) {
	// Transversus abdominis: a girdle of horizontal fibres from each flank
	// to the midline, at and below the belly button.
	var lower, upper []Pt
	const cs = 0.9
	reach := func(v float64) float64 {
		w := halfWidth(v, e, br) - 1.3
		if v < 9 {
			w = math.Min(w, lerp(2.4, 12.6, v/9)) // the groin ligaments
		}
		return w
	}
	for v := 1.0; v <= 27; v += cs {
		w := reach(v)
		if v <= 20 {
			lower = append(lower, Pt{-w, -v}, Pt{w, -v})
		} else {
			upper = append(upper, Pt{-w, -v}, Pt{w, -v})
		}
	}
	d.strip(lower, RoleMuscle, cs*1.2, lerp(0.5, 0.85, e), true)
	d.strip(upper, RoleMuscle, cs*1.2, lerp(0.28, 0.45, e), true)
	for v := 2.0; v <= 26; v += 1.8 {
		w := reach(v) - 0.2
		al := 0.9
		if v > 20 {
			al = 0.5
		}
		for _, s := range []float64{-1, 1} {
			d.line(Pt{s * w, -v}, Pt{s * 0.5, -v}, RoleFibre, lerp(0.14, 0.26, e), al, true)
		}
	}
	d.line(Pt{0, -1}, Pt{0, -27}, RoleFascia, 0.3, 0.8, true) // the midline seam (linea alba)

}
