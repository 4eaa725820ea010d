package diagram

import (
	"image"
	"image/draw"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/figure/moves"
	"github.com/corecue/corecue/internal/figure/raster"
)

// Exercise is a library exercise performed by the posed body: the view
// that internal/figure draws for an exercise (from the side, or a side
// plank from the front), with its equipment and the lower back marked
// where it bends, twists or arches under load. The screens set the moment
// to show (At) or the body itself (SetBody) on each frame of their one
// frame driver.
//
// An exercise's body is filled outlines, which Fyne has no shape for, so the
// whole picture is one image. Painting it costs a few milliseconds, so it is
// painted again only when some joint has turned far enough to move the
// picture by a visible step (about two pixels at the picture's size), or
// when the size, theme or drawn engagement changes; the body on screen stays
// within that step of the exact pose for the clock's time.
type Exercise struct {
	widget.BaseWidget

	motion  moves.Motion
	has     bool // false: no motion set, nothing drawn
	body    figure.Body
	pose    breath.Pose // the deep corset's engagement inside the trunk
	min     fyne.Size
	reduced bool
	quiet   bool // no words in the picture: the screen says them beside it

	r *exRenderer
}

// NewExercise returns an empty picture with the given smallest size.
func NewExercise(min fyne.Size) *Exercise {
	e := &Exercise{min: min, pose: breath.Pose{Breath: 0.5}}
	e.ExtendBaseWidget(e)
	return e
}

// SetMotion picks the exercise to show, at its start pose. ok false (an
// exercise with no motion) clears the picture.
func (e *Exercise) SetMotion(m moves.Motion, ok bool) {
	if ok == e.has && m == e.motion {
		return
	}
	e.motion, e.has, e.body = m, ok, m.Start
	e.Refresh()
}

// SetExercise picks library exercise id (cleared when it has no motion).
func (e *Exercise) SetExercise(id string) {
	m, ok := moves.For(id)
	e.SetMotion(m, ok)
}

// Motion is the motion shown and whether there is one.
func (e *Exercise) Motion() (moves.Motion, bool) { return e.motion, e.has }

// movesPerSecond is how often the moving body may take a new pose. Each
// new pose repaints the picture (a few milliseconds) and the whole window
// (Fyne repaints it for any change), so the body moves in steps of 1/30 s,
// the rate of film and video: the pose shown is the exact one for a moment
// at most 1/60 s from the clock's.
const movesPerSecond = 30

// At shows the body t seconds into the exercise at tempo (moves.Motion.At),
// taken at the nearest 1/movesPerSecond; with reduced motion, the nearer of
// its two still pictures.
func (e *Exercise) At(t float64, tempo exercise.Tempo) {
	if e.ReducedMotion() {
		e.SetBody(StillAt(e.motion, t, tempo))
		return
	}
	e.SetBody(e.motion.At(math.Round(t*movesPerSecond)/movesPerSecond, tempo))
}

// StillAt is the still picture for moment t of a rep: the start pose for the
// first half of the way up and the last half of the way down, the end pose
// between, so reduced motion still shows the rep's two positions in step.
func StillAt(m moves.Motion, t float64, tempo exercise.Tempo) figure.Body {
	rep := tempo.Rep()
	if m.Hold || rep <= 0 || math.IsNaN(t) || math.IsInf(t, 0) {
		return m.End
	}
	t = math.Mod(t, rep)
	if t < 0 {
		t += rep
	}
	if t >= tempo.Up/2 && t < tempo.Up+tempo.Hold+tempo.Down/2 {
		return m.End
	}
	return m.Start
}

// SetBody shows body b.
func (e *Exercise) SetBody(b figure.Body) {
	e.body = b
	if e.r != nil {
		e.r.apply(false)
	}
}

// Body is the body last set (the exact pose, before any step).
func (e *Exercise) Body() figure.Body { return e.body }

// SetEngagement shows the deep corset muscle drawn in by pose's engagement
// (a guided set keeps it engaged).
func (e *Exercise) SetEngagement(p breath.Pose) {
	e.pose = p
	if e.r != nil {
		e.r.apply(false)
	}
}

// SetQuiet leaves the words out of the picture (the line on what the lower
// back does, the spine's labels): for a small picture whose screen puts
// them in its caption, where they stay readable.
func (e *Exercise) SetQuiet(on bool) {
	if on != e.quiet {
		e.quiet = on
		e.Refresh()
	}
}

// Engagement is the corset engagement last set.
func (e *Exercise) Engagement() float64 { return e.pose.Engagement }

// SetReducedMotion shows still pictures only.
func (e *Exercise) SetReducedMotion(on bool) { e.reduced = on }

// ReducedMotion reports whether the picture shows stills, either because it
// was asked to or because the desktop has animations turned off.
func (e *Exercise) ReducedMotion() bool {
	if e.reduced {
		return true
	}
	if a := fyne.CurrentApp(); a != nil && a.Settings() != nil {
		return !a.Settings().ShowAnimations()
	}
	return false
}

// Paints is how many times the picture has been painted (tests and the
// benchmark read it).
func (e *Exercise) Paints() int {
	if e.r == nil {
		return 0
	}
	return e.r.paints
}

// MinSize is the size given to NewExercise.
func (e *Exercise) MinSize() fyne.Size {
	e.ExtendBaseWidget(e)
	return e.min
}

// CreateRenderer builds the picture's image.
func (e *Exercise) CreateRenderer() fyne.WidgetRenderer {
	e.ExtendBaseWidget(e)
	r := &exRenderer{e: e, img: newImage()}
	e.r = r
	return r
}

type exKey struct {
	w, h    int // pixels
	pal     *figure.Palette
	motion  moves.Motion
	has     bool
	quiet   bool
	engaged float64
}

type exRenderer struct {
	e      *Exercise
	img    *canvas.Image
	buf    *image.RGBA // the picture at the widget's size
	shown  *image.RGBA // the part of it that holds the body and words
	size   fyne.Size
	key    exKey
	drawn  figure.Body // the body last painted
	paints int
}

func (r *exRenderer) Layout(size fyne.Size) {
	r.size = size
	r.apply(false)
}

func (r *exRenderer) MinSize() fyne.Size { return r.e.MinSize() }

func (r *exRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.img} }

// Refresh is called for theme, motion and size changes.
func (r *exRenderer) Refresh() { r.apply(true) }

func (r *exRenderer) Destroy() {
	if r.e.r == r {
		r.e.r = nil
	}
}

func (r *exRenderer) apply(force bool) {
	if r.size.Width < 1 || r.size.Height < 1 {
		return
	}
	scale := canvasScale(r.e)
	bg := r.e.Theme().Color(theme.ColorNameBackground, fyne.CurrentApp().Settings().ThemeVariant())
	key := exKey{
		w: int(math.Ceil(float64(r.size.Width * scale))), h: int(math.Ceil(float64(r.size.Height * scale))),
		pal: figure.For(bg), motion: r.e.motion, has: r.e.has, quiet: r.e.quiet,
		engaged: math.Round(r.e.pose.Engagement*32) / 32,
	}
	if !force && key == r.key && !turned(r.drawn, r.e.body, stepDegrees(key.h)) {
		return
	}
	r.key, r.drawn = key, r.e.body
	if r.buf == nil || r.buf.Rect.Dx() != key.w || r.buf.Rect.Dy() != key.h {
		r.buf = image.NewRGBA(image.Rect(0, 0, key.w, key.h))
	} else {
		draw.Draw(r.buf, r.buf.Rect, image.Transparent, image.Point{}, draw.Src)
	}
	if key.has {
		o := r.e.motion.Options(r.e.body, float64(r.size.Width), float64(r.size.Height))
		o.Pose = breath.Pose{Engagement: key.engaged, Breath: 0.5}
		o.Words = FigureWords()
		if r.e.quiet {
			o.Back.Note = ""
		}
		raster.Paint(r.buf, figure.Render(o).Shapes, key.pal, raster.All, float64(scale))
	}
	r.paints++
	r.show(scale)
}

// show puts on screen the part of the painted picture that holds anything:
// an image costs each repaint of the window for every pixel, drawn or clear,
// and the body takes a fraction of the picture's room.
func (r *exRenderer) show(scale float32) {
	b := drawnRect(r.buf)
	if b.Empty() {
		b = image.Rect(0, 0, 1, 1) // one clear pixel: nothing to show
	}
	if r.shown == nil || r.shown.Rect.Dx() != b.Dx() || r.shown.Rect.Dy() != b.Dy() {
		r.shown = image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	}
	draw.Draw(r.shown, r.shown.Rect, r.buf, b.Min, draw.Src)
	r.img.Image = r.shown
	r.img.Move(fyne.NewPos(float32(b.Min.X)/scale, float32(b.Min.Y)/scale))
	r.img.Resize(fyne.NewSize(float32(b.Dx())/scale, float32(b.Dy())/scale))
	r.img.Refresh()
}

// drawnRect is the smallest box holding every pixel of img that is not clear.
func drawnRect(img *image.RGBA) image.Rectangle {
	out := image.Rectangle{}
	b := img.Rect
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := img.Pix[img.PixOffset(b.Min.X, y) : img.PixOffset(b.Max.X-1, y)+4]
		first := -1
		for i := 3; i < len(row); i += 4 {
			if row[i] != 0 {
				first = i / 4
				break
			}
		}
		if first < 0 {
			continue
		}
		last := first
		for i := len(row) - 1; i/4 > last; i -= 4 {
			if row[i] != 0 {
				last = i / 4
				break
			}
		}
		out = out.Union(image.Rect(b.Min.X+first, y, b.Min.X+last+1, y+1))
	}
	return out
}

// stepDegrees is the joint turn that moves the picture by about two pixels
// at a height of h pixels: a limb is at most about half the picture long.
func stepDegrees(h int) float64 {
	return math.Max(0.2, 2/(0.5*float64(max(h, 1)))*180/math.Pi)
}

// turned reports whether any joint of b has turned at least step degrees
// from a.
func turned(a, b figure.Body, step float64) bool {
	for j := range a {
		if math.Abs(a[j]-b[j]) >= step {
			return true
		}
	}
	return false
}

// canvasScale is the screen's pixels per Fyne unit for o, so a painted
// picture is sharp on a high-density screen.
func canvasScale(o fyne.CanvasObject) float32 {
	if a := fyne.CurrentApp(); a != nil {
		if cv := a.Driver().CanvasForObject(o); cv != nil && cv.Scale() > 0 {
			return cv.Scale()
		}
	}
	return 1
}

// TempoOf is library exercise id's tempo (moves.TempoOf), or
// moves.DefaultTempo for an id the library does not hold.
func TempoOf(lib *exercise.Library, id string) exercise.Tempo {
	if lib != nil {
		if ex, ok := lib.Get(id); ok {
			return moves.TempoOf(ex)
		}
	}
	return moves.DefaultTempo
}
