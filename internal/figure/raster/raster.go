// Package raster paints a figure.Scene into an image without any display:
// for `corecue frame`, the handout's stills, the poster, and the live
// figure's still layer. Strips are painted as the flat-ended bands the live
// screen draws them with, so a picture is the one the screen shows.
package raster

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	"git.sr.ht/~sbinet/gg"
	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"

	"github.com/corecue/corecue/internal/figure"
)

// Layer picks which shapes are painted.
type Layer uint8

const (
	All    Layer = iota // everything: still layer first, then the live shapes
	Still               // only the shapes that do not move with the pose
	Moving              // only the live shapes
)

// Paint draws the scene's shapes of layer l onto dst (which keeps what it
// has under them), in pal's colours, with every coordinate multiplied by
// scale (the screen's pixel density).
func Paint(dst *image.RGBA, shapes []figure.Shape, pal *figure.Palette, l Layer, scale float64) {
	PaintAt(dst, shapes, pal, l, scale, figure.Pt{})
}

// PaintAt is Paint into an image whose top-left corner is at origin in the
// scene's coordinates: a piece of the picture, painted where it lies.
func PaintAt(dst *image.RGBA, shapes []figure.Shape, pal *figure.Palette, l Layer, scale float64, origin figure.Pt) {
	dc := gg.NewContextForRGBA(dst)
	dc.Scale(scale, scale)
	dc.Translate(-origin.X, -origin.Y)
	fs := faces{}
	if l == All || l == Still {
		paint(dc, fs, shapes, pal, false, scale, origin)
	}
	if l == All || l == Moving {
		paint(dc, fs, shapes, pal, true, scale, origin)
	}
}

// Image paints the whole scene on a card-coloured background: what the
// screen shows for this scene.
func Image(sc figure.Scene, w, h int, pal *figure.Palette, bg color.Color) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.NewUniform(bg), image.Point{}, draw.Src)
	Paint(img, sc.Shapes, pal, All, 1)
	return img
}

func paint(dc *gg.Context, fs faces, shapes []figure.Shape, pal *figure.Palette, live bool, scale float64, origin figure.Pt) {
	for i := range shapes {
		sh := &shapes[i]
		if sh.Live != live || sh.Alpha <= 0 {
			continue
		}
		switch sh.Kind {
		case figure.KindPath:
			paintPath(dc, sh, pal)
		case figure.KindCircle:
			c := sh.Pts[0]
			fillStroke(dc, sh, pal, func() { dc.DrawCircle(c.X, c.Y, sh.R) })
		case figure.KindStrip:
			dc.SetColor(pal.Colour(sh.Fill, sh.Alpha))
			for j := 0; j+1 < len(sh.Pts); j += 2 {
				band(dc, sh.Pts[j], sh.Pts[j+1], sh.Width)
			}
			dc.Fill()
		case figure.KindRect:
			a, b := sh.Pts[0], sh.Pts[1]
			w, h := b.X-a.X, b.Y-a.Y
			if w > 0 && h > 0 {
				r := math.Min(sh.R, math.Min(w, h)/2)
				fillStroke(dc, sh, pal, func() { dc.DrawRoundedRectangle(a.X, a.Y, w, h, r) })
			}
		case figure.KindText:
			paintText(dc, fs, sh, pal, scale, origin)
		}
	}
}

func paintPath(dc *gg.Context, sh *figure.Shape, pal *figure.Palette) {
	if len(sh.Pts) < 2 {
		return
	}
	fillStroke(dc, sh, pal, func() {
		dc.MoveTo(sh.Pts[0].X, sh.Pts[0].Y)
		for _, p := range sh.Pts[1:] {
			dc.LineTo(p.X, p.Y)
		}
		if sh.Closed {
			dc.ClosePath()
		}
	})
}

// fillStroke fills and then strokes the path trace makes, as the shape asks.
func fillStroke(dc *gg.Context, sh *figure.Shape, pal *figure.Palette, trace func()) {
	if sh.Fill != figure.RoleNone {
		trace()
		dc.SetColor(pal.Colour(sh.Fill, sh.Alpha))
		dc.Fill()
	}
	if sh.Stroke != figure.RoleNone && sh.Width > 0 {
		trace()
		stroke(dc, sh, pal)
	}
}

func paintText(dc *gg.Context, fs faces, sh *figure.Shape, pal *figure.Palette, scale float64, origin figure.Pt) {
	if sh.Text == "" {
		return
	}
	dc.SetFontFace(fs.face(sh.Size*scale, sh.Bold))
	dc.SetColor(pal.Colour(sh.Fill, sh.Alpha))
	ax := map[figure.Align]float64{figure.AlignLeft: 0, figure.AlignCentre: 0.5, figure.AlignRight: 1}[sh.Align]
	// gg draws text in device pixels from the baseline: undo the scale for it.
	dc.Push()
	dc.Identity()
	x, y := (sh.Pts[0].X-origin.X)*scale, (sh.Pts[0].Y-origin.Y+sh.Size*0.82)*scale
	dc.DrawStringAnchored(sh.Text, x, y, ax, 0)
	dc.Pop()
}

func stroke(dc *gg.Context, sh *figure.Shape, pal *figure.Palette) {
	dc.SetColor(pal.Colour(sh.Stroke, sh.Alpha))
	dc.SetLineWidth(sh.Width)
	dc.SetLineJoinRound()
	dc.SetLineCapRound()
	if sh.Dash > 0 {
		dc.SetDash(sh.Dash, sh.Dash*0.8)
	}
	dc.Stroke()
	dc.SetDash()
}

// band adds the rectangle from a to b, w wide, to the path.
func band(dc *gg.Context, a, b figure.Pt, w float64) {
	dx, dy := b.X-a.X, b.Y-a.Y
	l := math.Hypot(dx, dy)
	if l == 0 {
		return
	}
	nx, ny := -dy/l*w/2, dx/l*w/2
	dc.MoveTo(a.X+nx, a.Y+ny)
	dc.LineTo(b.X+nx, b.Y+ny)
	dc.LineTo(b.X-nx, b.Y-ny)
	dc.LineTo(a.X-nx, a.Y-ny)
	dc.ClosePath()
}

var (
	fontOnce sync.Once
	fonts    [2]*opentype.Font
)

// faces makes font faces as a paint needs them. A face is not safe to share
// between goroutines, so each paint keeps its own.
type faces map[faceKey]font.Face

type faceKey struct {
	px   float64
	bold bool
}

// face is the Go font at px pixels high, regular or bold.
func (fs faces) face(px float64, bold bool) font.Face {
	k := faceKey{math.Round(px*4) / 4, bold}
	if f, ok := fs[k]; ok {
		return f
	}
	f := Face(k.px, bold)
	fs[k] = f
	return f
}

// Face returns a new face of the Go font, px pixels high, regular or bold.
func Face(px float64, bold bool) font.Face {
	fontOnce.Do(func() {
		for i, src := range [][]byte{goregular.TTF, gobold.TTF} {
			// The fonts are compiled in; they parse, or the build is broken.
			fonts[i], _ = opentype.Parse(src)
		}
	})
	i := 0
	if bold {
		i = 1
	}
	f, err := opentype.NewFace(fonts[i], &opentype.FaceOptions{Size: math.Max(px, 1), DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return basicfont.Face7x13
	}
	return f
}
