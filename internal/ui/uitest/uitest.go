// Package uitest holds checks that screen tests share: walking what a
// window shows and finding words drawn over each other or off the window.
// It uses Fyne's test driver, so only tests import it.
package uitest

import (
	"fmt"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// Walk visits every object shown under o.
func Walk(o fyne.CanvasObject, f func(fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	f(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			Walk(c, f)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			Walk(c, f)
		}
	}
}

// Overprints lists every pair of texts shown under root whose boxes cross,
// and every text that reaches past the edge of a window of size win.
func Overprints(root fyne.CanvasObject, win fyne.Size) []string {
	w := &textWalk{d: fyne.CurrentApp().Driver(), win: win}
	w.visit(root, float32(math.Inf(-1)), float32(math.Inf(1)))
	out := w.out
	for i, a := range w.boxes {
		for _, b := range w.boxes[i+1:] {
			if a.pos.X < b.end.X-0.5 && b.pos.X < a.end.X-0.5 && a.pos.Y < b.end.Y-0.5 && b.pos.Y < a.end.Y-0.5 {
				out = append(out, fmt.Sprintf("%q (%v-%v) and %q (%v-%v) overlap", a.what, a.pos, a.end, b.what, b.pos, b.end))
			}
		}
	}
	return out
}

type textBox struct {
	what     string
	pos, end fyne.Position
}

// textWalk collects the boxes of the texts a window shows.
type textWalk struct {
	d     fyne.Driver
	win   fyne.Size
	boxes []textBox
	out   []string // texts off the window
}

// visit walks o; top and bottom are the rows a scroll above shows. Lines
// scrolled wholly or partly out of them are hidden by the scroll, which is
// how a screen shows more than fits, so they are not counted.
func (w *textWalk) visit(o fyne.CanvasObject, top, bottom float32) {
	if o == nil || !o.Visible() {
		return
	}
	switch x := o.(type) {
	case *container.Scroll:
		if x.Direction != container.ScrollHorizontalOnly && x.Direction != container.ScrollNone {
			p := w.d.AbsolutePositionForObject(x)
			top, bottom = max(top, p.Y), min(bottom, p.Y+x.Size().Height)
		}
	case *canvas.Text:
		w.text(x, top, bottom)
	}
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			w.visit(c, top, bottom)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			w.visit(c, top, bottom)
		}
	}
}

func (w *textWalk) text(tx *canvas.Text, top, bottom float32) {
	if tx.Text == "" {
		return
	}
	p := w.d.AbsolutePositionForObject(tx)
	m := fyne.MeasureText(tx.Text, tx.TextSize, tx.TextStyle)
	// The text is drawn at its box's alignment within the object's width.
	x := p.X
	switch tx.Alignment {
	case fyne.TextAlignCenter:
		x += (tx.Size().Width - m.Width) / 2
	case fyne.TextAlignTrailing:
		x += tx.Size().Width - m.Width
	}
	// The box is the glyphs' height, not the line's: lines of one label sit
	// a line height apart, closer than MeasureText's height.
	y := p.Y + (m.Height-tx.TextSize)/2
	if y < top-0.5 || y+tx.TextSize > bottom+0.5 {
		return
	}
	b := textBox{tx.Text, fyne.NewPos(x, y), fyne.NewPos(x+m.Width, y+tx.TextSize)}
	if b.pos.X < 0 || b.pos.Y < 0 || b.end.X > w.win.Width+0.5 || b.end.Y > w.win.Height+0.5 {
		w.out = append(w.out, fmt.Sprintf("%q at %v-%v is off the %v screen", b.what, b.pos, b.end, w.win))
	}
	w.boxes = append(w.boxes, b)
}

// Relayout lays the window out again, as the app's canvas does when new
// words change what a container needs; the test canvas does it only when
// the window's size changes.
func Relayout(w fyne.Window) {
	sz := w.Canvas().Size()
	w.Resize(sz.AddWidthHeight(1, 0))
	w.Resize(sz)
}

// TabOutOfView presses Tab n times on c and names each control the focus
// reached inside scroll that is not wholly in scroll's view at that moment
// (the focus may also pass through controls outside scroll).
func TabOutOfView(c fyne.Canvas, scroll *container.Scroll, n int) []string {
	inside := map[fyne.CanvasObject]bool{}
	Walk(scroll.Content, func(o fyne.CanvasObject) { inside[o] = true })
	d := fyne.CurrentApp().Driver()
	var out []string
	for i := range n {
		c.FocusNext()
		o, ok := c.Focused().(fyne.CanvasObject)
		if !ok || !inside[o] {
			continue
		}
		top, viewTop := d.AbsolutePositionForObject(o).Y, d.AbsolutePositionForObject(scroll).Y
		if top < viewTop-1 || top+o.Size().Height > viewTop+scroll.Size().Height+1 {
			out = append(out, fmt.Sprintf("Tab %d: %T at y %g–%g, view %g–%g", i+1, o, top, top+o.Size().Height,
				viewTop, viewTop+scroll.Size().Height))
		}
	}
	return out
}
