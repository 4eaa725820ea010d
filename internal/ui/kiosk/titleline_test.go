package kiosk

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// On the 1920x1080 kiosk every screen's title started 14 px right of the
// clinic's name above it and of the line and content under it: the title
// is a wrapping label, which pads its text. Its first letter must start on
// the same left line as the separator under it.
func TestKioskTitlesStartOnTheContentsLeftLine(t *testing.T) {
	for _, s := range states {
		if s.name == "attract" {
			continue // no title bar: the clinic's name is centred
		}
		t.Run(s.name, func(t *testing.T) {
			k, _ := newKiosk(t)
			withLink(k)
			s.go_(t, k)
			d := fyne.CurrentApp().Driver()
			var sep *widget.Separator
			walk(k.holder, func(o fyne.CanvasObject) {
				if x, ok := o.(*widget.Separator); ok && sep == nil {
					sep = x
				}
			})
			if sep == nil {
				t.Fatal("no separator under the title")
			}
			left := d.AbsolutePositionForObject(sep).X
			if k.title == nil {
				t.Skip("no title bar on this screen")
			}
			walk(k.title, func(c fyne.CanvasObject) {
				if tx, ok := c.(*canvas.Text); ok && tx.Text != "" {
					if x := d.AbsolutePositionForObject(tx).X; x < left-0.5 || x > left+0.5 {
						t.Errorf("the title %q starts at x=%v, the line under it at x=%v", tx.Text, x, left)
					}
				}
			})
		})
	}
}
