package diagram

import (
	"image"
	"math"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/figure/moves"
	"github.com/corecue/corecue/internal/figure/raster"
)

// Thumb is a library exercise's small still picture, for lists and tiles:
// the body at the far point of a rep (or in its hold), the lower back marked
// when it is loaded, no words. Pictures are painted once per exercise, size
// and theme and kept (see still), so a list that scrolls or is built again
// paints nothing twice.
type Thumb struct {
	widget.BaseWidget
	id  string
	min fyne.Size
	img *canvas.Image
}

// NewThumb returns an empty picture whose smallest size is min.
func NewThumb(min fyne.Size) *Thumb {
	t := &Thumb{min: min, img: &canvas.Image{FillMode: canvas.ImageFillContain, ScaleMode: canvas.ImageScaleSmooth}}
	t.ExtendBaseWidget(t)
	return t
}

// SetExercise shows library exercise id ("" or an id with no motion shows
// nothing).
func (t *Thumb) SetExercise(id string) {
	if id != t.id {
		t.id = id
		t.Refresh()
	}
}

// Exercise is the id shown.
func (t *Thumb) Exercise() string { return t.id }

// MinSize is the size given to NewThumb.
func (t *Thumb) MinSize() fyne.Size {
	t.ExtendBaseWidget(t)
	return t.min
}

// CreateRenderer builds the image.
func (t *Thumb) CreateRenderer() fyne.WidgetRenderer {
	t.ExtendBaseWidget(t)
	return &thumbRenderer{t: t}
}

type thumbRenderer struct {
	t    *Thumb
	size fyne.Size
}

func (r *thumbRenderer) Layout(size fyne.Size) {
	r.size = size
	r.t.img.Resize(size)
	r.paint()
}

func (r *thumbRenderer) MinSize() fyne.Size { return r.t.MinSize() }

func (r *thumbRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.t.img} }

func (r *thumbRenderer) Refresh() { r.paint() }

func (r *thumbRenderer) Destroy() {}

func (r *thumbRenderer) paint() {
	var img image.Image
	if r.size.Width >= 1 && r.size.Height >= 1 {
		scale := canvasScale(r.t)
		bg := r.t.Theme().Color(theme.ColorNameBackground, fyne.CurrentApp().Settings().ThemeVariant())
		img = Still(r.t.id, int(math.Ceil(float64(r.size.Width*scale))), int(math.Ceil(float64(r.size.Height*scale))), figure.For(bg))
	}
	if img != r.t.img.Image {
		r.t.img.Image = img
		r.t.img.Refresh()
	}
}

type stillKey struct {
	id   string
	w, h int
	pal  *figure.Palette
}

// stills are the pictures painted so far. They are small (a list's picture
// is 25 kB, a kiosk tile's 100 kB) and there is one per exercise, size and
// theme in use; a window resized through many sizes would keep adding
// them, so past maxStills they are all dropped and painted again as needed.
const maxStills = 400

var stills = struct {
	sync.Mutex
	m map[stillKey]image.Image
}{m: map[stillKey]image.Image{}}

// Still is library exercise id's still picture, w × h pixels in palette
// pal, painted on first use and kept; nil for an id with no motion.
func Still(id string, w, h int, pal *figure.Palette) image.Image {
	m, ok := moves.For(id)
	if !ok || w < 1 || h < 1 {
		return nil
	}
	k := stillKey{id, w, h, pal}
	stills.Lock()
	defer stills.Unlock()
	if img, ok := stills.m[k]; ok {
		return img
	}
	o := m.Options(m.End, float64(w), float64(h))
	o.Back.Note = "" // no words in a small picture: the name is beside it
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	raster.Paint(img, figure.Render(o).Shapes, pal, raster.All, 1)
	if len(stills.m) >= maxStills {
		clear(stills.m)
	}
	stills.m[k] = img
	return img
}
