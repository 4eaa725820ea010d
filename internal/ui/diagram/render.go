package diagram

import (
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"github.com/corecue/corecue/internal/breath"
)

type renderer struct {
	c    *Corset
	objs []fyne.CanvasObject
	geom Geometry
	size fyne.Size
	pal  *palette
	last frameKey
	// drawn is the shape each object was last placed on, so a frame repaints
	// only what moved: in the hold only the breath gauge changes, and most of
	// the ~300 objects (outlines, labels, the spine) never move at all.
	drawn    []Shape
	drawnPal *palette
	// laid is the exact geometry of the last frame that repainted; a new
	// pose repaints only when some shape has moved a visible step from it.
	laid    []Shape
	repaint int // frames that repainted anything (tests read it)
}

// The smallest changes worth a repaint. Fyne repaints the whole window for
// any change, so every repaint costs the same; repainting when the biggest
// move since the last one reaches a pixel, rather than whenever any one
// shape crosses a half pixel, cut the repaints of a 60 Hz drill from 49 to
// 23 a second, and letting the breath gauge's level step 3 px (its 300 px
// travel in under 4 s was most of what remained; 3 px is 1 % of it) to 11.
// Every shape drawn stays within its step of the exact pose for the clock's
// time; make bench measured the running drill's CPU at 1.0–1.1× the baseline
// window after this, 2.6–3.3× before.
const (
	stepPx      = 1
	gaugeStepPx = 3
	alphaStep   = 1.0 / 32
)

// frameKey is everything the geometry depends on. When it has not changed
// (the lead-in, a reduced-motion phase) the frame is skipped entirely.
type frameKey struct {
	phase              breath.Phase
	engagement, breath float64
	progress           float64
	size               fyne.Size
	pal                *palette
	valid              bool
}

func newRenderer(c *Corset) *renderer {
	r := &renderer{c: c}
	LayoutInto(&r.geom, breath.Pose{}, designW, designH)
	r.objs = make([]fyne.CanvasObject, len(r.geom.Shapes))
	for i, sh := range r.geom.Shapes {
		r.objs[i] = newObject(sh.Kind)
	}
	r.pal = r.palette()
	return r
}

func newObject(k Kind) fyne.CanvasObject {
	switch k {
	case KindLine:
		return &canvas.Line{}
	case KindBox:
		return &canvas.Rectangle{}
	case KindDot:
		return &canvas.Circle{}
	case KindTri:
		return &canvas.Polygon{Sides: 3}
	default:
		return &canvas.Text{Alignment: fyne.TextAlignCenter}
	}
}

func (r *renderer) palette() *palette {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	return paletteFor(r.c.Theme().Color(theme.ColorNameBackground, v))
}

func (r *renderer) Layout(size fyne.Size) {
	r.size = size
	r.apply()
}

func (r *renderer) MinSize() fyne.Size { return r.c.MinSize() }

func (r *renderer) Objects() []fyne.CanvasObject { return r.objs }

// Refresh is called for every pose and for theme changes; the palette lookup
// is a couple of interface calls, cheap enough to do each time.
func (r *renderer) Refresh() {
	r.pal = r.palette()
	r.apply()
}

func (r *renderer) Destroy() {
	r.c.halt()
	if r.c.r == r {
		r.c.r = nil
	}
}

func (r *renderer) apply() {
	p := r.c.Shown()
	key := frameKey{p.Phase, p.Engagement, p.Breath, p.Progress, r.size, r.pal, true}
	if p.Phase != breath.Hold {
		key.progress = 0 // only the hold's arrow fade depends on progress
	}
	if key == r.last {
		return
	}
	phaseOrSize := key.phase != r.last.phase || key.size != r.last.size
	r.last = key
	LayoutInto(&r.geom, p, r.size.Width, r.size.Height)
	if len(r.drawn) != len(r.geom.Shapes) || r.drawnPal != r.pal {
		r.drawn = make([]Shape, len(r.geom.Shapes))
		r.drawnPal = r.pal
		for i := range r.drawn {
			r.drawn[i].Alpha = -1 // no real shape has it: forces the first placement
		}
	} else if !phaseOrSize && !visibleStep(r.laid, r.geom.Shapes) {
		return
	}
	r.laid = append(r.laid[:0], r.geom.Shapes...)
	r.repaint++
	for i, sh := range r.geom.Shapes {
		sh = snap(sh)
		if sh != r.drawn[i] {
			r.drawn[i] = sh
			r.place(r.objs[i], sh)
		}
	}
}

// place moves one object onto its shape and repaints it.
func (r *renderer) place(o fyne.CanvasObject, sh Shape) {
	// Stroke widths, radii and text sizes snap to quarter pixels: finer steps
	// are invisible, and whole numbers keep the markup snapshots readable.
	sh.Width, sh.Radius, sh.Size = quarter(sh.Width), quarter(sh.Radius), quarter(sh.Size)
	fill := r.pal.colour(sh.Fill, sh.Alpha)
	stroke := r.pal.colour(sh.Stroke, sh.Alpha)
	pos := fyne.NewPos(sh.A.X, sh.A.Y)
	size := fyne.NewSize(sh.B.X-sh.A.X, sh.B.Y-sh.A.Y)
	switch o := o.(type) {
	case *canvas.Line:
		o.Position1, o.Position2 = pos, fyne.NewPos(sh.B.X, sh.B.Y)
		o.StrokeColor, o.StrokeWidth = stroke, sh.Width
	case *canvas.Rectangle:
		o.Move(pos)
		o.Resize(size)
		o.FillColor, o.StrokeColor, o.StrokeWidth, o.CornerRadius = fill, strokeOrNil(stroke, sh), sh.Width, sh.Radius
	case *canvas.Circle:
		o.Position1, o.Position2 = pos, fyne.NewPos(sh.B.X, sh.B.Y)
		o.FillColor, o.StrokeColor, o.StrokeWidth = fill, strokeOrNil(stroke, sh), sh.Width
	case *canvas.Polygon:
		o.Move(pos)
		o.Resize(size)
		o.FillColor, o.Angle = fill, sh.Angle
	case *canvas.Text:
		o.Move(pos)
		o.Resize(size)
		o.Text, o.TextSize, o.Color = sh.Text, sh.Size, fill
		o.TextStyle = fyne.TextStyle{Bold: sh.Bold}
	}
	o.Refresh()
}

// strokeOrNil leaves unstroked shapes without a stroke colour, which keeps
// the markup snapshots free of meaningless transparent strokes.
func strokeOrNil(c color.NRGBA, sh Shape) color.Color {
	if sh.Stroke == RoleNone || sh.Width == 0 {
		return nil
	}
	return c
}

func quarter(v float32) float32 { return float32(math.Round(float64(v)*4) / 4) }

// snap rounds a shape to what the eye can tell apart: positions to half a
// pixel, opacity to 1/64. On a frame that repaints, only the objects whose
// rounded shape changed are refreshed.
func snap(sh Shape) Shape {
	half := func(v float32) float32 { return float32(math.Round(float64(v)*2) / 2) }
	sh.A.X, sh.A.Y, sh.B.X, sh.B.Y = half(sh.A.X), half(sh.A.Y), half(sh.B.X), half(sh.B.Y)
	sh.Alpha = float32(math.Round(float64(sh.Alpha)*64) / 64)
	return sh
}

// visibleStep reports whether any shape of now has moved from was by a step
// worth repainting: stepPx (gaugeStepPx for the breath gauge's level),
// alphaStep in opacity, or anything else about it changed.
func visibleStep(was, now []Shape) bool {
	if len(was) != len(now) {
		return true
	}
	for i, b := range now {
		a := was[i]
		lim := float32(stepPx)
		if b.Fill == RoleBreath {
			lim = gaugeStepPx
		}
		if far(a.A.X, b.A.X, lim) || far(a.A.Y, b.A.Y, lim) || far(a.B.X, b.B.X, lim) || far(a.B.Y, b.B.Y, lim) ||
			far(a.Width, b.Width, 0.25) || far(a.Radius, b.Radius, 0.25) || far(a.Size, b.Size, 0.25) ||
			far(a.Alpha, b.Alpha, alphaStep) || far(a.Angle, b.Angle, 1) {
			return true
		}
		a.A, a.B, a.Width, a.Radius, a.Size, a.Alpha, a.Angle = b.A, b.B, b.Width, b.Radius, b.Size, b.Alpha, b.Angle
		if a != b { // kind, roles, text
			return true
		}
	}
	return false
}

func far(a, b, lim float32) bool { return a-b >= lim || b-a >= lim }
