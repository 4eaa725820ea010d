package column

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
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
