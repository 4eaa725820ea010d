package figure

import "math"

// kn is one station of a smooth curve: value v at parameter t.
type kn struct{ t, v float64 }

// spline interpolates smoothly through the knots (Catmull-Rom over uneven
// spacing), holding the end values beyond them.
func spline(t float64, ks ...kn) float64 {
	n := len(ks)
	if t <= ks[0].t {
		return ks[0].v
	}
	if t >= ks[n-1].t {
		return ks[n-1].v
	}
	i := 0
	for ks[i+1].t < t {
		i++
	}
	slope := func(j int) float64 {
		a, c := max(j-1, 0), min(j+1, n-1)
		return (ks[c].v - ks[a].v) / (ks[c].t - ks[a].t)
	}
	h := ks[i+1].t - ks[i].t
	x := (t - ks[i].t) / h
	x2, x3 := x*x, x*x*x
	return (2*x3-3*x2+1)*ks[i].v + (x3-2*x2+x)*h*slope(i) +
		(-2*x3+3*x2)*ks[i+1].v + (x3-x2)*h*slope(i+1)
}

// catmull is a point on the Catmull-Rom curve through pts at parameter s
// from 0 (first point) to len(pts)-1 (last).
func catmull(pts []Pt, s float64) Pt {
	n := len(pts)
	if s <= 0 {
		return pts[0]
	}
	if s >= float64(n-1) {
		return pts[n-1]
	}
	i := int(s)
	x := s - float64(i)
	p0, p1, p2, p3 := pts[max(i-1, 0)], pts[i], pts[i+1], pts[min(i+2, n-1)]
	x2, x3 := x*x, x*x*x
	f := func(a, b, c, d float64) float64 {
		return 0.5 * (2*b + (-a+c)*x + (2*a-5*b+4*c-d)*x2 + (-a+3*b-3*c+d)*x3)
	}
	return Pt{f(p0.X, p1.X, p2.X, p3.X), f(p0.Y, p1.Y, p2.Y, p3.Y)}
}

// smoothPath samples the Catmull-Rom curve through pts, k points per span.
func smoothPath(pts []Pt, k int) []Pt {
	out := make([]Pt, 0, (len(pts)-1)*k+1)
	for i := 0; i < (len(pts)-1)*k; i++ {
		out = append(out, catmull(pts, float64(i)/float64(k)))
	}
	return append(out, pts[len(pts)-1])
}

// capsule is the outline of a limb segment from a to b, ra and rb thick at
// its ends, with rounded ends.
func capsule(a, b Pt, ra, rb float64) []Pt {
	d := b.sub(a)
	l := d.len()
	if l == 0 {
		d, l = Pt{1, 0}, 1
	}
	ang := math.Atan2(d.Y, d.X)
	const n = 8
	var pts []Pt
	for i := 0; i <= n; i++ { // round end at b, from one side to the other
		th := ang - math.Pi/2 + math.Pi*float64(i)/n
		pts = append(pts, Pt{b.X + rb*math.Cos(th), b.Y + rb*math.Sin(th)})
	}
	for i := 0; i <= n; i++ {
		th := ang + math.Pi/2 + math.Pi*float64(i)/n
		pts = append(pts, Pt{a.X + ra*math.Cos(th), a.Y + ra*math.Sin(th)})
	}
	return pts
}

// ellipse is an ellipse about c with radii rx, ry turned by rot radians.
func ellipse(c Pt, rx, ry, rot float64, n int) []Pt {
	pts := make([]Pt, n)
	cs, sn := math.Cos(rot), math.Sin(rot)
	for i := range pts {
		th := 2 * math.Pi * float64(i) / float64(n)
		x, y := rx*math.Cos(th), ry*math.Sin(th)
		pts[i] = Pt{c.X + x*cs - y*sn, c.Y + x*sn + y*cs}
	}
	return pts
}

func clamp01(v float64) float64 {
	if !(v > 0) { // also NaN
		return 0
	}
	return math.Min(v, 1)
}

func smoothstep(x float64) float64 {
	x = clamp01(x)
	return x * x * (3 - 2*x)
}

func lerp(a, b, t float64) float64 { return a + (b-a)*t }

func rad(deg float64) float64 { return deg * math.Pi / 180 }
