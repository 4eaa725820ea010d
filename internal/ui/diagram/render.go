package diagram

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/figure/raster"
)

// The smallest changes worth a repaint. Fyne repaints the whole window for
// any change, so every repaint costs the same: the figure repaints when the
// biggest move since the last repaint reaches a pixel (3 px for the breath
// gauge's level, whose fast travel was most of the repaints), 1/32 in
// opacity, or a text changes. Every shape drawn stays within its step of the
// exact pose for the clock's time.
const (
	stepPx      = 1
	gaugeStepPx = 3
	alphaStep   = 1.0 / 32
)

// prim is one Fyne object's worth of a live shape: a line, a circle, a box
// or a text, in pixels.
type prim struct {
	kind   figure.Kind // KindPath for a line
	a, b   figure.Pt   // line ends; circle centre and (radius, 0); box corners; text anchor
	width  float64
	radius float64
	alpha  float64
	role   figure.Role
	stroke figure.Role
	text   string
	size   float64
	align  figure.Align
	bold   bool
	gauge  bool
}

// staticKey is everything the still layer depends on.
type staticKey struct {
	size     fyne.Size
	scale    float32
	pal      *figure.Palette
	position breath.Position
	view     figure.View
	labelPx  float64
	fault    breath.Fault
	hands    bool // the self-check's hands on the waist: a still picture of its own
}

type renderer struct {
	c       *Corset
	stills  []fyne.CanvasObject // the still picture, in pieces (see pieces)
	objs    []fyne.CanvasObject // the still pieces, the layers' images, then one object per prim
	size    fyne.Size
	pal     *figure.Palette
	key     staticKey
	lastArg frameKey
	// drawn is the prim each object was last placed on; laid is the exact
	// geometry of the last frame that repainted. A new pose repaints only
	// when some prim has moved a visible step from laid.
	drawn   []prim
	laid    []prim
	prims   []prim
	repaint int // frames that repainted anything (tests read it)

	// The moving shapes that are not quick are painted into one small
	// image per view, a layer, again whenever one of its shapes has moved a
	// visible step from what it last painted.
	layers   []*layer
	slowIn   []int // for each slow shape, its layer
	quickSh  []figure.Shape
	layerPts int // times a layer was painted (tests read it)
}

// layer is the slow moving shapes of one view, painted into an image just
// large enough for them: an image costs every repaint of the window for
// each of its pixels, drawn or clear.
type layer struct {
	img    *canvas.Image
	buf    *image.RGBA
	shapes []figure.Shape
	now    []prim // the shapes' geometry in this frame
	laid   []prim // and when last painted
}

// frameKey is what of a pose the picture depends on: the phase, how far
// drawn in, the breath, and the progress through the inhale and hold (the
// arrows fade with it).
type frameKey struct {
	phase                        breath.Phase
	engagement, breath, progress float64
}

func keyOf(p breath.Pose) frameKey {
	k := frameKey{p.Phase, p.Engagement, p.Breath, p.Progress}
	if p.Phase != breath.Inhale && p.Phase != breath.Hold {
		k.progress = 0
	}
	return k
}

func newRenderer(c *Corset) *renderer {
	r := &renderer{c: c}
	r.pal = r.palette()
	return r
}

func (r *renderer) palette() *figure.Palette {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	return figure.For(r.c.Theme().Color(theme.ColorNameBackground, v))
}

func (r *renderer) Layout(size fyne.Size) {
	r.size = size
	r.apply()
}

func (r *renderer) MinSize() fyne.Size { return r.c.MinSize() }

func (r *renderer) Objects() []fyne.CanvasObject { return r.objs }

// Refresh is called for theme, position, view and size changes.
func (r *renderer) Refresh() {
	r.pal = r.palette()
	r.apply()
}

func (r *renderer) Destroy() {
	if r.c.r == r {
		r.c.r = nil
	}
}

// canvasScale is the screen's pixels per Fyne unit, so the still layer is
// painted sharp on a high-density screen.
func (r *renderer) canvasScale() float32 { return canvasScale(r.c) }

func (r *renderer) apply() {
	if r.size.Width < 1 || r.size.Height < 1 {
		return
	}
	o := r.c.Options(float64(r.size.Width), float64(r.size.Height))
	key := staticKey{r.size, r.canvasScale(), r.pal, o.Position, o.View, o.LabelPx, o.Fault,
		o.Pose.SelfCheck && figure.HandsAtWaist(o.Position)}
	fk := keyOf(o.Pose)
	if key == r.key && fk == r.lastArg {
		return // nothing the picture depends on has changed (lead-in, reduced motion)
	}
	r.lastArg = fk
	sc := figure.Render(o)
	if key != r.key {
		r.key = key
		r.paintStill(sc, key.scale)
		r.build(sc)
		r.place(true)
		return
	}
	if !r.split(sc.Shapes) || len(r.prims) != len(r.drawn) { // a picture of another shape: make its objects
		r.build(sc)
		r.place(true)
		return
	}
	r.place(false)
}

// paintStill paints the shapes that do not move into the still image.
func (r *renderer) paintStill(sc figure.Scene, scale float32) {
	w := int(math.Ceil(float64(r.size.Width * scale)))
	h := int(math.Ceil(float64(r.size.Height * scale)))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	raster.Paint(img, sc.Shapes, r.pal, raster.Still, float64(scale))
	r.stills = r.stills[:0]
	for _, pc := range pieces(img) {
		r.stills = append(r.stills, imageAt(pc, scale))
	}
}

// newImage is an image object for a picture painted at the screen's own
// pixels: drawn pixel for pixel, which costs the window's repaint less than
// smoothing.
func newImage() *canvas.Image {
	return &canvas.Image{FillMode: canvas.ImageFillStretch, ScaleMode: canvas.ImageScalePixels}
}

// imageAt is an image object showing img where its bounds lie, in pixels
// of scale per Fyne unit.
func imageAt(img *image.RGBA, scale float32) *canvas.Image {
	o := newImage()
	b := img.Rect
	pc := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(pc, pc.Rect, img, b.Min, draw.Src)
	o.Image = pc
	o.Move(fyne.NewPos(float32(b.Min.X)/scale, float32(b.Min.Y)/scale))
	o.Resize(fyne.NewSize(float32(b.Dx())/scale, float32(b.Dy())/scale))
	return o
}

// pieceGap is the clear run, in pixels, that separates two pieces.
const pieceGap = 12

// pieces cuts a picture into the parts that hold anything: columns
// separated by clear runs of pieceGap or more, and each column into rows
// the same way, each cut to what it holds. Every pixel of an image costs
// each repaint of the window, clear or not, and the views of the figure
// sit apart with clear room between and around them.
func pieces(img *image.RGBA) []*image.RGBA {
	var out []*image.RGBA
	for _, cols := range runs(img.Rect.Min.X, img.Rect.Max.X, func(x int) bool { return used(img, x, x+1, img.Rect.Min.Y, img.Rect.Max.Y) }) {
		for _, rows := range runs(img.Rect.Min.Y, img.Rect.Max.Y, func(y int) bool { return used(img, cols[0], cols[1], y, y+1) }) {
			// Cut the piece's sides to what its rows hold.
			xs := runs(cols[0], cols[1], func(x int) bool { return used(img, x, x+1, rows[0], rows[1]) })
			if len(xs) == 0 {
				continue
			}
			r := image.Rect(xs[0][0], rows[0], xs[len(xs)-1][1], rows[1])
			out = append(out, img.SubImage(r).(*image.RGBA))
		}
	}
	return out
}

// runs are the spans [a, b) of lo..hi where has is true, spans less than
// pieceGap apart joined.
func runs(lo, hi int, has func(int) bool) [][2]int {
	var out [][2]int
	for i := lo; i < hi; i++ {
		if !has(i) {
			continue
		}
		if n := len(out); n > 0 && i-out[n-1][1] < pieceGap {
			out[n-1][1] = i + 1
		} else {
			out = append(out, [2]int{i, i + 1})
		}
	}
	return out
}

// used reports whether any pixel of the box x0..x1 × y0..y1 is drawn.
func used(img *image.RGBA, x0, x1, y0, y1 int) bool {
	for y := y0; y < y1; y++ {
		row := img.Pix[img.PixOffset(x0, y) : img.PixOffset(x1-1, y)+4]
		for i := 3; i < len(row); i += 4 {
			if row[i] != 0 {
				return true
			}
		}
	}
	return false
}

// quick reports whether a moving shape is a Fyne object of its own rather
// than part of a layer's image. Fyne repaints the whole window for any
// change, and each object costs every repaint, so the many shapes that move
// slowly with the body (its outline, ribs, muscle, fibres: a visible step
// about once a second) are painted into images, again only when one of
// them has moved; the few that set the repaint rate stay objects: the
// breath gauge's level, the diaphragm and breath arrows (the breath), the
// belly button and draw-in arrows (the accent, which fade), and words.
func quick(sh figure.Shape) bool {
	switch {
	case sh.Kind == figure.KindText:
		return true
	case sh.Fill == figure.RoleBreath || sh.Stroke == figure.RoleBreath:
		return true
	case sh.Fill == figure.RoleAccent || sh.Stroke == figure.RoleAccent:
		return true
	}
	return false
}

// split sorts the moving shapes into the quick ones' primitives (r.prims)
// and each layer's shapes, with their primitives for the step test. It
// reports false when the shapes do not fit the layers built.
func (r *renderer) split(shapes []figure.Shape) bool {
	r.quickSh = r.quickSh[:0]
	for _, l := range r.layers {
		l.shapes = l.shapes[:0]
	}
	n := 0
	for _, sh := range shapes {
		switch {
		case !sh.Live:
		case quick(sh):
			r.quickSh = append(r.quickSh, sh)
		default:
			if n >= len(r.slowIn) {
				return false
			}
			l := r.layers[r.slowIn[n]]
			l.shapes = append(l.shapes, sh)
			n++
		}
	}
	r.prims = flatten(r.prims[:0], r.quickSh)
	for _, l := range r.layers {
		l.now = flatten(l.now[:0], l.shapes)
	}
	return n == len(r.slowIn)
}

// makeLayers gives each view of the scene a layer and sorts the slow moving
// shapes into them by the view they lie in.
func (r *renderer) makeLayers(sc figure.Scene) {
	panels := sc.Panels
	if len(panels) == 0 {
		panels = []figure.Panel{{}}
	}
	r.layers = r.layers[:0]
	for range panels {
		r.layers = append(r.layers, &layer{img: newImage()})
	}
	r.slowIn = r.slowIn[:0]
	for _, sh := range sc.Shapes {
		if !sh.Live || quick(sh) {
			continue
		}
		r.slowIn = append(r.slowIn, nearest(panels, sh.Pts[0]))
	}
}

// nearest is the panel whose body is closest to p.
func nearest(panels []figure.Panel, p figure.Pt) int {
	best, bestD := 0, math.Inf(1)
	for i, pn := range panels {
		dx := math.Max(0, math.Max(pn.Body.X-p.X, p.X-(pn.Body.X+pn.Body.W)))
		dy := math.Max(0, math.Max(pn.Body.Y-p.Y, p.Y-(pn.Body.Y+pn.Body.H)))
		if d := math.Hypot(dx, dy); d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// paint paints the layer's shapes into an image that just holds them,
// placed where they are.
func (l *layer) paint(pal *figure.Palette, scale float32) {
	l.laid = append(l.laid[:0], l.now...)
	lo, hi := extent(l.now)
	if len(l.now) == 0 || hi.X <= lo.X || hi.Y <= lo.Y {
		l.img.Hide()
		return
	}
	s := float64(scale)
	x0, y0 := math.Floor(lo.X*s), math.Floor(lo.Y*s)
	w, h := int(math.Ceil(hi.X*s)-x0), int(math.Ceil(hi.Y*s)-y0)
	if l.buf == nil || l.buf.Rect.Dx() != w || l.buf.Rect.Dy() != h {
		l.buf = image.NewRGBA(image.Rect(0, 0, w, h))
	} else {
		clear(l.buf.Pix)
	}
	raster.PaintAt(l.buf, l.shapes, pal, raster.Moving, s, figure.Pt{X: x0 / s, Y: y0 / s})
	l.img.Image = l.buf
	l.img.Move(fyne.NewPos(float32(x0/s), float32(y0/s)))
	l.img.Resize(fyne.NewSize(float32(float64(w)/s), float32(float64(h)/s)))
	l.img.Show()
	l.img.Refresh()
}

// extent is the box the primitives cover, strokes and a pixel of smoothing
// included.
func extent(ps []prim) (lo, hi figure.Pt) {
	lo, hi = figure.Pt{X: math.Inf(1), Y: math.Inf(1)}, figure.Pt{X: math.Inf(-1), Y: math.Inf(-1)}
	grow := func(p figure.Pt, r float64) {
		lo.X, lo.Y = math.Min(lo.X, p.X-r), math.Min(lo.Y, p.Y-r)
		hi.X, hi.Y = math.Max(hi.X, p.X+r), math.Max(hi.Y, p.Y+r)
	}
	for _, p := range ps {
		pad := p.width/2 + 1
		switch p.kind {
		case figure.KindCircle:
			grow(p.a, p.radius+pad)
		default:
			grow(p.a, pad)
			grow(p.b, pad)
		}
	}
	return lo, hi
}

// build makes one object per moving primitive.
func (r *renderer) build(sc figure.Scene) {
	r.makeLayers(sc)
	r.split(sc.Shapes)
	r.objs = append(r.objs[:0], r.stills...)
	for _, l := range r.layers {
		r.objs = append(r.objs, l.img)
	}
	for _, p := range r.prims {
		r.objs = append(r.objs, newObject(p))
	}
	r.drawn = make([]prim, len(r.prims))
	for i := range r.drawn {
		r.drawn[i].alpha = -1 // no real prim has it: forces the first placement
	}
	r.laid = nil
}

func newObject(p prim) fyne.CanvasObject {
	switch p.kind {
	case figure.KindCircle:
		return &canvas.Circle{}
	case figure.KindRect:
		return &canvas.Rectangle{}
	case figure.KindText:
		return &canvas.Text{}
	}
	return &canvas.Line{}
}

// flatten turns the live shapes into primitives Fyne draws: a path becomes
// its segments, a strip its bands.
func flatten(out []prim, shapes []figure.Shape) []prim {
	for _, sh := range shapes {
		if !sh.Live {
			continue
		}
		switch sh.Kind {
		case figure.KindPath:
			for i := 1; i < len(sh.Pts); i++ {
				out = append(out, prim{kind: figure.KindPath, a: sh.Pts[i-1], b: sh.Pts[i], width: sh.Width, alpha: sh.Alpha, role: sh.Stroke})
			}
			if sh.Closed && len(sh.Pts) > 2 {
				out = append(out, prim{kind: figure.KindPath, a: sh.Pts[len(sh.Pts)-1], b: sh.Pts[0], width: sh.Width, alpha: sh.Alpha, role: sh.Stroke})
			}
		case figure.KindStrip:
			for i := 0; i+1 < len(sh.Pts); i += 2 {
				out = append(out, prim{kind: figure.KindPath, a: sh.Pts[i], b: sh.Pts[i+1], width: sh.Width, alpha: sh.Alpha, role: sh.Fill})
			}
		case figure.KindCircle:
			out = append(out, prim{kind: figure.KindCircle, a: sh.Pts[0], radius: sh.R, width: sh.Width, alpha: sh.Alpha, role: sh.Fill, stroke: sh.Stroke})
		case figure.KindRect:
			out = append(out, prim{kind: figure.KindRect, a: sh.Pts[0], b: sh.Pts[1], radius: sh.R, width: sh.Width, alpha: sh.Alpha,
				role: sh.Fill, stroke: sh.Stroke, gauge: sh.Fill == figure.RoleBreath})
		case figure.KindText:
			out = append(out, prim{kind: figure.KindText, a: sh.Pts[0], text: sh.Text, size: sh.Size, align: sh.Align, bold: sh.Bold, alpha: sh.Alpha, role: sh.Fill})
		}
	}
	return out
}

// place moves the objects onto the present primitives when some moved a
// visible step (or always, after a rebuild).
func (r *renderer) place(force bool) {
	// A frame that paints the layer repaints the window anyway: the quick
	// objects take their exact places in it too.
	painted := false
	for _, l := range r.layers {
		if force || visibleStep(l.laid, l.now) {
			l.paint(r.pal, r.key.scale)
			r.layerPts++
			painted = true
		}
	}
	if !painted && !visibleStep(r.laid, r.prims) {
		return
	}
	r.laid = append(r.laid[:0], r.prims...)
	r.repaint++
	for i, p := range r.prims {
		p = snap(p)
		if p != r.drawn[i] {
			r.drawn[i] = p
			r.set(r.objs[i+len(r.stills)+len(r.layers)], p)
		}
	}
}

func (r *renderer) set(o fyne.CanvasObject, p prim) {
	fill := r.pal.Colour(p.role, p.alpha)
	switch o := o.(type) {
	case *canvas.Line:
		o.Position1, o.Position2 = pos(p.a), pos(p.b)
		o.StrokeColor, o.StrokeWidth = fill, float32(p.width)
	case *canvas.Circle:
		o.Position1 = pos(figure.Pt{X: p.a.X - p.radius, Y: p.a.Y - p.radius})
		o.Position2 = pos(figure.Pt{X: p.a.X + p.radius, Y: p.a.Y + p.radius})
		o.FillColor = fillOrNil(fill, p.role)
		o.StrokeColor, o.StrokeWidth = strokeOrNil(r.pal.Colour(p.stroke, p.alpha), p), float32(p.width)
	case *canvas.Rectangle:
		o.Move(pos(p.a))
		o.Resize(fyne.NewSize(float32(p.b.X-p.a.X), float32(max(p.b.Y-p.a.Y, 0))))
		o.FillColor, o.CornerRadius = fillOrNil(fill, p.role), float32(min(p.radius, (p.b.X-p.a.X)/2))
		o.StrokeColor, o.StrokeWidth = strokeOrNil(r.pal.Colour(p.stroke, p.alpha), p), float32(p.width)
	case *canvas.Text:
		// The anchor is the top of the line at its left, centre or right.
		const span = 2000
		x := p.a.X
		switch p.align {
		case figure.AlignCentre:
			x -= span / 2
			o.Alignment = fyne.TextAlignCenter
		case figure.AlignRight:
			x -= span
			o.Alignment = fyne.TextAlignTrailing
		}
		o.Move(fyne.NewPos(float32(x), float32(p.a.Y-p.size*0.15)))
		o.Resize(fyne.NewSize(span, float32(p.size*1.3)))
		o.Text, o.TextSize, o.Color = p.text, float32(p.size), fill
		o.TextStyle = fyne.TextStyle{Bold: p.bold}
	}
	o.Refresh()
}

func pos(p figure.Pt) fyne.Position { return fyne.NewPos(float32(p.X), float32(p.Y)) }

func fillOrNil(c color.NRGBA, role figure.Role) color.Color {
	if role == figure.RoleNone {
		return nil
	}
	return c
}

// strokeOrNil leaves unstroked shapes without a stroke colour, which keeps
// the markup snapshots free of meaningless transparent strokes.
func strokeOrNil(c color.NRGBA, p prim) color.Color {
	if p.stroke == figure.RoleNone || p.width == 0 {
		return nil
	}
	return c
}

// snap rounds a primitive to what the eye can tell apart: positions to
// half a pixel, sizes to a quarter, opacity to 1/64. On a frame that
// repaints, only the objects whose rounded primitive changed are refreshed.
func snap(p prim) prim {
	half := func(v float64) float64 { return math.Round(v*2) / 2 }
	q := func(v float64) float64 { return math.Round(v*4) / 4 }
	p.a.X, p.a.Y, p.b.X, p.b.Y = half(p.a.X), half(p.a.Y), half(p.b.X), half(p.b.Y)
	p.width, p.radius, p.size = q(p.width), q(p.radius), q(p.size)
	p.alpha = math.Round(p.alpha*64) / 64
	return p
}

// visibleStep reports whether any primitive of now has moved from was by a
// step worth repainting.
func visibleStep(was, now []prim) bool {
	if len(was) != len(now) {
		return true
	}
	for i, b := range now {
		a := was[i]
		lim := float64(stepPx)
		if b.gauge {
			lim = gaugeStepPx
		}
		if far(a.a.X, b.a.X, lim) || far(a.a.Y, b.a.Y, lim) || far(a.b.X, b.b.X, lim) || far(a.b.Y, b.b.Y, lim) ||
			far(a.width, b.width, 0.25) || far(a.radius, b.radius, 0.25) || far(a.alpha, b.alpha, alphaStep) || a.text != b.text {
			return true
		}
	}
	return false
}

func far(a, b, lim float64) bool { return math.Abs(a-b) >= lim }
