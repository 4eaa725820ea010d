// Command mkicon draws CoreCue's application icon: the app's own body
// figure (internal/figure) in side view, standing with the belly drawn in,
// cropped to the head and trunk so the deep corset muscle at the waist reads
// at 32 pixels, with an arrow pressing the belly in, on a rounded-square
// tile. Run it from the repository root:
//
//	go run ./scripts/mkicon -o assets/icon.png
//
// The tile and arrow are plain inside/outside tests, anti-aliased by
// supersampling each pixel; the figure is the one every screen draws,
// painted by internal/figure/raster.
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

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/figure/raster"
)

// The design is laid out on a unit square; (0,0) is the top left corner.
const (
	cx = 0.5
	// The crop: the figure's top of the head to its upper thighs fills
	// cropH of the tile's height, its belly button at navelX across.
	cropTop = 0.08
	cropH   = 1.0
	navelX  = 0.44
)

var (
	tileTop    = rgb(0x13, 0x4e, 0x6f)
	tileBottom = rgb(0x0b, 0x2e, 0x45)
	arrowColor = rgb(0xff, 0xc8, 0x4a)
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
	if err := write(*out, draw(*size)); err != nil {
		fmt.Fprintln(os.Stderr, "mkicon:", err)
		os.Exit(1)
	}
}

// draw is the icon at size × size pixels.
func draw(size int) *image.NRGBA {
	tile := render(size, tileLayers())
	waist := paintFigure(tile, size)
	return over(tile, render(size, []layer{{inside: arrowAt(waist), paint: solid(arrowColor)}}))
}

func tileLayers() []layer {
	return []layer{
		{inside: roundedSquare(0.035, 0.2), paint: func(_, y float64) rgba { return mix(tileTop, tileBottom, y) }},
		{inside: halo, paint: solid(rgba{1, 1, 1, 0.06})},
	}
}

// paintFigure paints the body figure onto the tile, inside its rounded
// square, and returns where the front of the drawn-in waist is on the unit
// square.
func paintFigure(tile *image.NRGBA, size int) figure.Pt {
	body := figure.Posture(breath.Standing)
	const w, h = 1000.0, 1000.0
	sc := figure.Render(figure.Options{Body: &body, View: figure.ViewSide, Pose: breath.Pose{Engagement: 1, Phase: breath.Hold}, W: w, H: h})
	lo, hi := figure.Pt{X: math.Inf(1), Y: math.Inf(1)}, figure.Pt{X: math.Inf(-1), Y: math.Inf(-1)}
	for _, sh := range sc.Shapes {
		for _, p := range sh.Pts {
			lo.X, lo.Y = math.Min(lo.X, p.X), math.Min(lo.Y, p.Y)
			hi.X, hi.Y = math.Max(hi.X, p.X), math.Max(hi.Y, p.Y)
		}
	}
	// The head and trunk: the top 55% of the standing body.
	cropPx := 0.55 * (hi.Y - lo.Y)
	k := cropH * float64(size) / cropPx
	// The belly's front, at the belly button: about 37% of the standing
	// body's height from the top of the head.
	waistY := lo.Y + 0.37*(hi.Y-lo.Y)
	front := frontAt(sc.Shapes, waistY)
	mid := (lo.X + front) / 2
	off := figure.Pt{X: navelX*float64(size) - mid*k, Y: cropTop*float64(size) - lo.Y*k}
	shapes := make([]figure.Shape, len(sc.Shapes))
	for i, sh := range sc.Shapes {
		t := sh
		t.Pts = make([]figure.Pt, len(sh.Pts))
		for j, p := range sh.Pts {
			t.Pts[j] = figure.Pt{X: p.X*k + off.X, Y: p.Y*k + off.Y}
		}
		t.Width, t.R, t.Dash, t.Size = sh.Width*k, sh.R*k, sh.Dash*k, sh.Size*k
		shapes[i] = t
	}
	fig := image.NewRGBA(tile.Bounds())
	raster.Paint(fig, shapes, &figure.Light, raster.All, 1)
	// Only inside the tile: the tile's own coverage masks the figure.
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			f, t := fig.RGBAAt(x, y), tile.NRGBAAt(x, y)
			if f.A == 0 || t.A == 0 {
				continue
			}
			a := float64(f.A) / 255 * float64(t.A) / 255
			un := func(c uint8) float64 { return float64(c) / float64(f.A) } // fig is premultiplied
			mixc := func(fc, tc uint8) uint8 { return to8(un(fc)*a + float64(tc)/255*(1-a)) }
			tile.SetNRGBA(x, y, color.NRGBA{R: mixc(f.R, t.R), G: mixc(f.G, t.G), B: mixc(f.B, t.B), A: t.A})
		}
	}
	return figure.Pt{X: (front*k + off.X) / float64(size), Y: (waistY*k + off.Y) / float64(size)}
}

// frontAt is the rightmost point of any filled skin shape near height y.
func frontAt(shapes []figure.Shape, y float64) float64 {
	x := math.Inf(-1)
	for _, sh := range shapes {
		if sh.Fill != figure.RoleSkin || sh.Kind != figure.KindPath {
			continue
		}
		for _, p := range sh.Pts {
			if math.Abs(p.Y-y) < 6 {
				x = math.Max(x, p.X)
			}
		}
	}
	return x
}

// over paints top over bottom where top has any cover.
func over(bottom, top *image.NRGBA) *image.NRGBA {
	out := image.NewNRGBA(bottom.Bounds())
	for i := 0; i+3 < len(out.Pix); i += 4 {
		b, t := bottom.Pix[i:i+4], top.Pix[i:i+4]
		ta, ba := float64(t[3])/255, float64(b[3])/255
		a := ta + ba*(1-ta)
		if a == 0 {
			continue
		}
		for c := 0; c < 3; c++ {
			out.Pix[i+c] = to8((float64(t[c])/255*ta + float64(b[c])/255*ba*(1-ta)) / a)
		}
		out.Pix[i+3] = to8(a)
	}
	return out
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

// arrowAt points at the front of the waist w from in front of the belly,
// pressing it in.
func arrowAt(w figure.Pt) func(x, y float64) bool {
	tip := w.X + 0.025
	head := 0.06
	tail := math.Min(tip+0.2, 0.93)
	return func(x, y float64) bool {
		if capsule(x, y, tail, w.Y, tip+head*0.6, w.Y, 0.018) {
			return true
		}
		return inTriangle(x, y, tip, w.Y, tip+head, w.Y-0.05, tip+head, w.Y+0.05)
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
