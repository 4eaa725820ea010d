// Command mkicon draws CoreCue's application icon: a dress form whose waist
// is wrapped in a laced corset band, with a pair of arrows pressing the waist
// inward, on a rounded-square tile. Run it from the repository root:
//
//	go run ./scripts/mkicon -o assets/icon.png
//
// It uses only the standard library so that regenerating the icon needs
// nothing beyond Go. Shapes are plain inside/outside tests; edges are
// anti-aliased by supersampling each pixel.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
)

// The design is laid out on a unit square; (0,0) is the top left corner.
const (
	cx = 0.5

	formTop    = 0.235
	formBottom = 0.755
	shoulderW  = 0.215 // half widths of the form
	waistW     = 0.118
	hipW       = 0.195
	waistY     = 0.50
	shoulderR  = 0.085

	bandTop    = 0.425
	bandBottom = 0.6
)

var (
	tileTop    = rgb(0x13, 0x4e, 0x6f)
	tileBottom = rgb(0x0b, 0x2e, 0x45)
	formLight  = rgb(0xfb, 0xf3, 0xe8)
	formShade  = rgb(0xe9, 0xd9, 0xc6)
	bandColour = rgb(0xe8, 0x5d, 0x4a)
	bandDark   = rgb(0xb8, 0x3f, 0x31)
	laceColour = rgb(0xff, 0xf7, 0xec)
	arrowColor = rgb(0xff, 0xc8, 0x4a)
	standColor = rgb(0x9f, 0xb8, 0xc8)
)

type rgba struct{ r, g, b, a float64 }

func rgb(r, g, b uint8) rgba {
	return rgba{float64(r) / 255, float64(g) / 255, float64(b) / 255, 1}
}

func mix(a, b rgba, t float64) rgba {
	return rgba{a.r + (b.r-a.r)*t, a.g + (b.g-a.g)*t, a.b + (b.b-a.b)*t, a.a + (b.a-a.a)*t}
}

// layer is one flat-painted shape: where it is and what colour it has there.
type layer struct {
	inside func(x, y float64) bool
	paint  func(x, y float64) rgba
}

func solid(c rgba) func(x, y float64) rgba { return func(float64, float64) rgba { return c } }

func main() {
	out := flag.String("o", "assets/icon.png", "output PNG file")
	size := flag.Int("size", 512, "width and height in pixels")
	flag.Parse()
	if *size < 16 || *size > 4096 {
		fmt.Fprintf(os.Stderr, "mkicon: -size %d is out of range 16..4096\n", *size)
		os.Exit(2)
	}
	if err := write(*out, render(*size, layers())); err != nil {
		fmt.Fprintln(os.Stderr, "mkicon:", err)
		os.Exit(1)
	}
}

func layers() []layer {
	return []layer{
		{inside: roundedSquare(0.035, 0.2), paint: func(_, y float64) rgba { return mix(tileTop, tileBottom, y) }},
		{inside: halo, paint: solid(rgba{1, 1, 1, 0.06})},
		{inside: stand, paint: solid(standColor)},
		{inside: shifted(form, 0.012, 0.014), paint: solid(rgba{0, 0, 0, 0.22})},
		{inside: form, paint: formPaint},
		{inside: neck, paint: solid(formShade)},
		{inside: band, paint: bandPaint},
		{inside: boning, paint: solid(rgba{0.45, 0.12, 0.08, 0.35})},
		{inside: piping, paint: solid(rgba{1, 0.93, 0.85, 0.9})},
		{inside: lacing, paint: solid(laceColour)},
		{inside: eyelets, paint: solid(bandDark)},
		{inside: arrow(-1), paint: solid(arrowColor)},
		{inside: arrow(1), paint: solid(arrowColor)},
	}
}

func render(size int, ls []layer) *image.NRGBA {
	const grid = 5 // samples per pixel side
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	s := float64(size)
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var acc rgba // premultiplied
			for _, l := range ls {
				cover := 0
				var sx, sy float64
				for j := 0; j < grid; j++ {
					for i := 0; i < grid; i++ {
						x := (float64(px) + (float64(i)+0.5)/grid) / s
						y := (float64(py) + (float64(j)+0.5)/grid) / s
						if l.inside(x, y) {
							cover++
							sx, sy = x, y
						}
					}
				}
				if cover == 0 {
					continue
				}
				c := l.paint(sx, sy)
				a := c.a * float64(cover) / grid / grid
				acc = rgba{
					c.r*a + acc.r*(1-a),
					c.g*a + acc.g*(1-a),
					c.b*a + acc.b*(1-a),
					a + acc.a*(1-a),
				}
			}
			if acc.a > 0 {
				img.SetNRGBA(px, py, color.NRGBA{
					R: to8(acc.r / acc.a), G: to8(acc.g / acc.a), B: to8(acc.b / acc.a), A: to8(acc.a),
				})
			}
		}
	}
	return img
}

func to8(v float64) uint8 { return uint8(math.Round(math.Max(0, math.Min(1, v)) * 255)) }

// write replaces path only once the whole PNG is on disk.
func write(path string, img image.Image) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".icon-*.png")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriter(tmp)
	if err := png.Encode(w, img); err != nil {
		tmp.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

func roundedSquare(margin, r float64) func(x, y float64) bool {
	return func(x, y float64) bool {
		lo, hi := margin+r, 1-margin-r
		dx := math.Max(0, math.Max(lo-x, x-hi))
		dy := math.Max(0, math.Max(lo-y, y-hi))
		return x >= margin && x <= 1-margin && y >= margin && y <= 1-margin && dx*dx+dy*dy <= r*r
	}
}

func halo(x, y float64) bool {
	dx, dy := x-cx, y-0.48
	return dx*dx+dy*dy <= 0.36*0.36
}

func shifted(f func(x, y float64) bool, ox, oy float64) func(x, y float64) bool {
	return func(x, y float64) bool { return f(x-ox, y-oy) }
}

// halfWidth is the dress form's outline: eased from shoulder to waist and
// from waist to hip, so the waist is the narrowest point with no corner.
func halfWidth(y float64) float64 {
	ease := func(t float64) float64 { return (1 - math.Cos(math.Pi*t)) / 2 }
	var w float64
	if y < waistY {
		w = waistW + (shoulderW-waistW)*ease((waistY-y)/(waistY-formTop))
	} else {
		w = waistW + (hipW-waistW)*ease(math.Min(1, (y-waistY)/(formBottom-0.06-waistY)))
	}
	if d := y - formTop; d < shoulderR {
		// Round the shoulders with a quarter circle.
		k := shoulderR - d
		w -= shoulderR - math.Sqrt(shoulderR*shoulderR-k*k)
	}
	if d := formBottom - y; d < 0.03 {
		k := 0.03 - d
		w -= 0.03 - math.Sqrt(0.03*0.03-k*k)
	}
	return w
}

func form(x, y float64) bool {
	return y >= formTop && y <= formBottom && math.Abs(x-cx) <= halfWidth(y)
}

// formPaint shades the form's flanks so it reads as rounded.
func formPaint(x, y float64) rgba {
	t := math.Abs(x-cx) / halfWidth(y)
	return mix(formLight, formShade, math.Pow(t, 3))
}

func neck(x, y float64) bool {
	return capsule(x, y, cx, 0.19, cx, formTop+0.01, 0.045) && y <= formTop+0.01
}

func stand(x, y float64) bool {
	return capsule(x, y, cx, formBottom, cx, 0.865, 0.014) ||
		capsule(x, y, cx-0.11, 0.885, cx+0.11, 0.885, 0.018)
}

// The band's edges bow downward at the front, as a band around a body does.
func bandEdge(y0, x float64) float64 {
	u := (x - cx) / 0.2
	return y0 + 0.02*(1-u*u)
}

func band(x, y float64) bool {
	return form(x, y) && y >= bandEdge(bandTop, x) && y <= bandEdge(bandBottom, x)
}

func bandPaint(x, y float64) rgba {
	t := math.Abs(x-cx) / halfWidth(y)
	return mix(bandColour, bandDark, math.Pow(t, 2.5))
}

// piping trims the band's top and bottom edges.
func piping(x, y float64) bool {
	const w = 0.009
	if !form(x, y) {
		return false
	}
	top, bottom := bandEdge(bandTop, x), bandEdge(bandBottom, x)
	return (y >= top && y <= top+w) || (y <= bottom && y >= bottom-w)
}

// boning is the stiffening seams that run down the band, following its
// curve, two on each side of the lacing.
func boning(x, y float64) bool {
	if !band(x, y) {
		return false
	}
	for _, f := range []float64{-0.72, -0.4, 0.4, 0.72} {
		if math.Abs((x-cx)/halfWidth(y)-f) <= 0.028 {
			return true
		}
	}
	return false
}

const (
	laceRows = 4
	laceGap  = 0.032 // half the distance between the two eyelet columns
)

func laceY(i int) float64 {
	top, bottom := bandEdge(bandTop, cx)+0.03, bandEdge(bandBottom, cx)-0.03
	return top + (bottom-top)*float64(i)/float64(laceRows-1)
}

func eyelets(x, y float64) bool {
	for i := 0; i < laceRows; i++ {
		for _, side := range []float64{-1, 1} {
			dx, dy := x-(cx+side*laceGap), y-laceY(i)
			if dx*dx+dy*dy <= 0.0095*0.0095 {
				return true
			}
		}
	}
	return false
}

// lacing crosses between the eyelet columns and ends in a small bow.
func lacing(x, y float64) bool {
	const w = 0.0065
	for i := 0; i+1 < laceRows; i++ {
		if capsule(x, y, cx-laceGap, laceY(i), cx+laceGap, laceY(i+1), w) ||
			capsule(x, y, cx+laceGap, laceY(i), cx-laceGap, laceY(i+1), w) {
			return true
		}
	}
	yb := laceY(laceRows - 1)
	return capsule(x, y, cx-laceGap, yb, cx-0.018, yb+0.05, w) ||
		capsule(x, y, cx+laceGap, yb, cx+0.012, yb+0.045, w)
}

// arrow points at the waist from the left (side -1) or the right (side 1).
func arrow(side float64) func(x, y float64) bool {
	tip := cx + side*(waistW+0.03)
	head := 0.055
	tail := cx + side*(waistW+0.18)
	return func(x, y float64) bool {
		if capsule(x, y, tail, waistY, tip+side*head*0.6, waistY, 0.016) {
			return true
		}
		return inTriangle(x, y, tip, waistY, tip+side*head, waistY-0.045, tip+side*head, waistY+0.045)
	}
}

func capsule(x, y, ax, ay, bx, by, r float64) bool {
	vx, vy := bx-ax, by-ay
	t := ((x-ax)*vx + (y-ay)*vy) / (vx*vx + vy*vy)
	t = math.Max(0, math.Min(1, t))
	dx, dy := x-(ax+t*vx), y-(ay+t*vy)
	return dx*dx+dy*dy <= r*r
}

func inTriangle(x, y, ax, ay, bx, by, qx, qy float64) bool {
	d1 := (x-bx)*(ay-by) - (ax-bx)*(y-by)
	d2 := (x-qx)*(by-qy) - (bx-qx)*(y-qy)
	d3 := (x-ax)*(qy-ay) - (qx-ax)*(y-ay)
	neg := d1 < 0 || d2 < 0 || d3 < 0
	pos := d1 > 0 || d2 > 0 || d3 > 0
	return !(neg && pos)
}
