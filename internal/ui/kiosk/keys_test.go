package kiosk

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/kiosk"
)

// An admin on a plugged-in keyboard Tabs from the first field to Save. Fyne's
// window gives Tab to a focused widget that accepts it as text and moves the
// focus only otherwise; the multi-line address took it, so the Tab presses
// typed tab characters into the address and Save was never reached. On the
// way every field must come into view as it takes the focus: the form
// scrolls, and the booking link and all below it were under its fold.
func TestAdminTabReachesSave(t *testing.T) {
	k, _ := newKiosk(t)
	toPIN(t, k)
	enterPIN(t, k, "7391")
	if k.m.Screen() != kiosk.Admin {
		t.Fatal("right PIN")
	}
	c := k.window.Canvas()
	k.window.Resize(fyne.NewSize(1280, 800))
	save := buttons(k)["Save"]
	var scroll *container.Scroll
	walk(k.holder, func(o fyne.CanvasObject) {
		if s, ok := o.(*container.Scroll); ok && scroll == nil {
			scroll = s
		}
	})
	inForm := map[fyne.CanvasObject]bool{}
	walk(scroll.Content, func(o fyne.CanvasObject) { inForm[o] = true })
	d := fyne.CurrentApp().Driver()
	for range 40 {
		c.FocusNext() // Tab
		f := c.Focused()
		if tb, ok := f.(fyne.Tabbable); ok && tb.AcceptsTab() {
			t.Fatalf("Tab is typed into %T instead of moving on", f)
		}
		if f == save {
			return
		}
		o := f.(fyne.CanvasObject)
		if !inForm[o] {
			continue
		}
		top, viewTop := d.AbsolutePositionForObject(o).Y, d.AbsolutePositionForObject(scroll).Y
		if top < viewTop || top+o.Size().Height > viewTop+scroll.Size().Height+1 {
			t.Fatalf("focused %T at y %g is out of the form's view %g–%g", f, top, viewTop, viewTop+scroll.Size().Height)
		}
	}
	t.Fatal("40 Tabs did not reach Save")
}

// The person Tabbed to the blue OK of the PIN keypad and saw nothing change:
// the kiosk's focus colour was the default blue, laid over a blue button.
// A focused button of each colour must look different from itself at rest.
func TestFocusedKioskButtonsShow(t *testing.T) {
	k, _ := newKiosk(t)
	toPIN(t, k)
	c := k.window.Canvas()
	at := func(b *button) fyne.Position {
		p := fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
		return p.Add(fyne.NewPos(8, b.Size().Height/2)) // the button's own colour, clear of its label
	}
	pixel := func(p fyne.Position) color.Color {
		s := c.Scale()
		return c.Capture().At(int(p.X*s), int(p.Y*s))
	}
	check := func(name string) {
		b, ok := buttons(k)[name]
		if !ok {
			t.Fatalf("no %q", name)
		}
		c.Unfocus()
		rest := pixel(at(b))
		c.Focus(b)
		focused := pixel(at(b))
		if got := figure.Contrast(rest, focused); got < 1.3 {
			t.Errorf("%s: focused %v against %v at rest, contrast %.2f: no visible focus", name, focused, rest, got)
		}
	}
	check("OK")
	check("1")
	enterPIN(t, k, "7391")
	check("Save")
	check("Exit to desktop")
	check("Back to the kiosk")
}
