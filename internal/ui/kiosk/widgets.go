package kiosk

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/ui/inview"
)

// MinTarget is the smallest side of anything a visitor taps, in Fyne units
// (pixels at scale 1): the size guidelines give for a fingertip.
const MinTarget = 48

// pointer decides the cursor over every kiosk object. Fyne takes the cursor
// of the deepest object under the pointer that has one, and its buttons ask
// for the arrow, so each of our tappable objects answers too.
type pointer struct{ hidden bool }

func (p *pointer) Cursor() desktop.Cursor {
	if p.hidden {
		return desktop.HiddenCursor
	}
	return desktop.DefaultCursor
}

// button is a Fyne button that keeps the pointer hidden and is never
// smaller than a fingertip. Tall buttons stay tall with longer labels.
type button struct {
	widget.Button
	ptr    *pointer
	height float32
	width  float32           // the narrowest it may be
	scroll *container.Scroll // the scroll it shows itself in when focused, if any
}

// FocusGained shows the focus and, in a scrolled form, brings the button
// into view (package inview).
func (b *button) FocusGained() {
	b.Button.FocusGained()
	inview.Into(b.scroll, b)
}

func newButton(ptr *pointer, label string, icon fyne.Resource, tapped func()) *button {
	b := &button{ptr: ptr, height: 72, width: MinTarget * 2}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

func (b *button) Cursor() desktop.Cursor { return b.ptr.Cursor() }

// CreateRenderer is Fyne's button with an edge: in the kiosk's light look
// a grey button's fill is barely set off from the white window (1.1:1), so
// a tappable answer looked like a patch of shade. The edge is drawn on
// grey buttons only; a coloured one stands out by its fill.
func (b *button) CreateRenderer() fyne.WidgetRenderer {
	edge := canvas.NewRectangle(color.Transparent)
	edge.StrokeWidth = 2
	r := &edgedRenderer{WidgetRenderer: b.Button.CreateRenderer(), b: b, edge: edge}
	r.Refresh()
	return r
}

// edgeColour is a grey button's edge: 3:1 or more on the kiosk's window
// (TestKioskColoursReadAcrossTheRoom).
var edgeColour = color.NRGBA{R: 128, G: 128, B: 133, A: 255}

type edgedRenderer struct {
	fyne.WidgetRenderer
	b    *button
	edge *canvas.Rectangle
}

func (r *edgedRenderer) Objects() []fyne.CanvasObject {
	return append(r.WidgetRenderer.Objects(), r.edge)
}

func (r *edgedRenderer) Layout(s fyne.Size) {
	r.WidgetRenderer.Layout(s)
	r.edge.Resize(s)
}

func (r *edgedRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.edge.CornerRadius = theme.InputRadiusSize()
	r.edge.StrokeColor = edgeColour
	if r.b.Importance == widget.MediumImportance {
		r.edge.Show()
	} else {
		r.edge.Hide()
	}
	r.edge.Refresh()
}

func (b *button) MinSize() fyne.Size {
	s := b.Button.MinSize()
	return fyne.NewSize(max(s.Width, b.width, MinTarget), max(s.Height, b.height, MinTarget))
}

// tapArea makes any content one large tap target: the attract screen, the
// home tiles, the corner zones, the "Still there?" overlay.
type tapArea struct {
	widget.BaseWidget
	ptr     *pointer
	content fyne.CanvasObject
	onTap   func(*fyne.PointEvent)
}

func newTapArea(ptr *pointer, content fyne.CanvasObject, onTap func(*fyne.PointEvent)) *tapArea {
	if content == nil {
		content = canvas.NewRectangle(color.Transparent)
	}
	t := &tapArea{ptr: ptr, content: content, onTap: onTap}
	t.ExtendBaseWidget(t)
	return t
}

func (t *tapArea) Tapped(ev *fyne.PointEvent) {
	if t.onTap != nil {
		t.onTap(ev)
	}
}

func (t *tapArea) Cursor() desktop.Cursor { return t.ptr.Cursor() }

func (t *tapArea) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(t.content)
}

// root is the window's content: it supplies the cursor for the parts of
// the screen no widget claims, and tells resized what size the screen is
// before its content is laid out at it.
type root struct {
	widget.BaseWidget
	ptr     *pointer
	content fyne.CanvasObject
	resized func(fyne.Size)
}

// Resize passes the screen's size on, then lays the content out.
func (r *root) Resize(s fyne.Size) {
	if r.resized != nil && s != r.Size() {
		r.resized(s)
	}
	r.BaseWidget.Resize(s)
}

func newRoot(ptr *pointer, content fyne.CanvasObject) *root {
	r := &root{ptr: ptr, content: content}
	r.ExtendBaseWidget(r)
	return r
}

func (r *root) Cursor() desktop.Cursor { return r.ptr.Cursor() }

func (r *root) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.content) }

// corners places four equal squares in the corners and nothing else.
type corners struct{ zone float32 }

func (c corners) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	z := fyne.NewSize(c.zone, c.zone)
	pos := []fyne.Position{{}, {X: size.Width - c.zone}, {Y: size.Height - c.zone}, {X: size.Width - c.zone, Y: size.Height - c.zone}}
	for i, o := range objs {
		o.Resize(z)
		o.Move(pos[i%4])
	}
}

func (c corners) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(0, 0) }

// text is a canvas text in the theme's foreground at a multiple of body size.
func text(s string, scale float32, bold bool, align fyne.TextAlign) *canvas.Text {
	t := canvas.NewText(s, theme.Color(theme.ColorNameForeground))
	t.TextSize = theme.Size(theme.SizeNameText) * scale
	t.TextStyle = fyne.TextStyle{Bold: bold}
	t.Alignment = align
	return t
}

// para is a wrapping label.
func para(s string, size fyne.ThemeSizeName, bold bool) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	l.SizeName = size
	l.TextStyle = fyne.TextStyle{Bold: bold}
	return l
}
