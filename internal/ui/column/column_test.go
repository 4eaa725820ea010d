package column

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

func TestColumnIsCappedAndCentred(t *testing.T) {
	r := canvas.NewRectangle(nil)
	r.SetMinSize(fyne.NewSize(100, 40))
	c := New(600, r)
	c.Resize(fyne.NewSize(1000, 300))
	if r.Size() != fyne.NewSize(600, 300) || r.Position() != fyne.NewPos(200, 0) {
		t.Fatalf("wide: %v at %v", r.Size(), r.Position())
	}
	c.Resize(fyne.NewSize(400, 300))
	if r.Size().Width != 400 || r.Position().X != 0 {
		t.Fatalf("narrow: %v at %v", r.Size(), r.Position())
	}
	if c.MinSize() != fyne.NewSize(100, 40) {
		t.Fatalf("min %v", c.MinSize())
	}
}

func TestInsetKeepsItsMargins(t *testing.T) {
	r := canvas.NewRectangle(nil)
	r.SetMinSize(fyne.NewSize(50, 20))
	c := &fyne.Container{Layout: Inset{Side: 30, Top: 10}, Objects: []fyne.CanvasObject{r}}
	c.Resize(fyne.NewSize(400, 300))
	if r.Position() != fyne.NewPos(30, 10) || r.Size() != fyne.NewSize(340, 280) {
		t.Fatalf("%v at %v", r.Size(), r.Position())
	}
	if c.MinSize() != fyne.NewSize(110, 40) {
		t.Fatalf("min %v", c.MinSize())
	}
}

func TestWrapFlowsIntoRowsAndNeverHoldsAWidth(t *testing.T) {
	box := func() fyne.CanvasObject { return canvas.NewRectangle(color.Black) }
	objs := make([]fyne.CanvasObject, 5)
	for i := range objs {
		r := box().(*canvas.Rectangle)
		r.SetMinSize(fyne.NewSize(100, 30))
		objs[i] = r
	}
	c := Wrap(objs...)
	if m := c.MinSize(); m.Width != 100 || m.Height != 30 {
		t.Fatalf("before layout: %v, want one row, the widest object wide", m)
	}
	c.Resize(fyne.NewSize(1000, 30))
	if m := c.MinSize(); m.Width != 100 || m.Height != 30 {
		t.Fatalf("laid out wide: %v, the width must not stick", m)
	}
	c.Resize(fyne.NewSize(250, 30))
	p := theme.Padding()
	if m := c.MinSize(); m.Width != 100 || m.Height != 3*30+2*p {
		t.Fatalf("laid out narrow: %v, want three rows", m)
	}
	if objs[2].Position() != fyne.NewPos(0, 30+p) {
		t.Fatalf("third object at %v, want the start of the second row", objs[2].Position())
	}
}
