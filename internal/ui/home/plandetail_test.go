package home

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Replays the Plan tab on a 1024x600 netbook (and a 1280x800 laptop): the
// person types "bicycle crunch" in the library's search box, presses Enter
// and turns the mouse wheel over the detail to reach "Add to plan". In the
// app both buttons showed only their top half however far the wheel was
// turned: the detail's name, dose and buttons scrolled with its text in a
// pane about 100 px high, and once a dose field came under the pointer it
// took the wheel for itself (Fyne gives a wheel turn to the innermost
// scroller under the pointer, and an entry is one), so the scrolling
// stopped with the buttons at the pane's bottom edge. The window here is
// the app's own (its theme, its tabs, its padding), laid out again from
// the top as the desktop driver would, and the wheel turns where a person
// holds the pointer, over the middle of the detail.
func TestLibraryDetailButtonsShowWholeOnSmallScreens(t *testing.T) {
	for _, size := range []fyne.Size{smallest, {Width: 1280, Height: 800}} {
		t.Run(fmt.Sprint(size.Width, "x", size.Height), func(t *testing.T) {
			h, _ := newHome(t, Options{})
			h.window.Resize(size)
			h.SelectTab(2)
			lib := h.plan().Library
			test.Type(lib.Search, "bicycle crunch")
			lib.Search.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			if lib.Selected() != "bicycle-crunch" {
				t.Fatalf("Enter chose %q", lib.Selected())
			}
			layoutAll(h.window.Content())

			c := h.window.Canvas()
			abs := fyne.CurrentApp().Driver().AbsolutePositionForObject
			whole := func(when string) {
				t.Helper()
				for _, b := range []fyne.CanvasObject{lib.Add, lib.Explain} {
					top, bottom := abs(b).Y, abs(b).Y+b.Size().Height
					// What the window shows of b: its own area cut by every
					// scroller around it.
					shownTop, shownBottom := visibleSpan(c.Content(), b, abs)
					if b.Size().Height < b.MinSize().Height-0.5 || top < shownTop-0.5 || bottom > shownBottom+0.5 {
						t.Errorf("%s: a button of the detail spans y %.0f-%.0f (needs %.0f high); the window shows it from %.0f to %.0f",
							when, top, bottom, b.MinSize().Height, shownTop, shownBottom)
					}
				}
			}
			whole("just chosen")

			// The detail is what the library column shows under its list.
			col, list := lib.Content(), lib.List
			below := abs(list).Y + list.Size().Height
			pointer := fyne.NewPos(abs(col).X+col.Size().Width/2, (below+abs(col).Y+col.Size().Height)/2)
			for range 20 {
				test.Scroll(c, pointer, 0, -20)
			}
			whole("after turning the wheel over the detail")
		})
	}
}

// visibleSpan is the part of o's height that the window shows: o's area cut
// by every scroller it sits in, and by the window.
func visibleSpan(root, o fyne.CanvasObject, abs func(fyne.CanvasObject) fyne.Position) (top, bottom float32) {
	top, bottom = 0, root.Size().Height+root.Position().Y
	var path []fyne.CanvasObject
	var find func(fyne.CanvasObject) bool
	find = func(n fyne.CanvasObject) bool {
		if n == o {
			return true
		}
		var kids []fyne.CanvasObject
		switch x := n.(type) {
		case *fyne.Container:
			kids = x.Objects
		case fyne.Widget:
			kids = test.WidgetRenderer(x).Objects()
		}
		for _, k := range kids {
			if k.Visible() && find(k) {
				path = append(path, n)
				return true
			}
		}
		return false
	}
	find(root)
	for _, n := range path {
		if _, ok := n.(fyne.Scrollable); ok {
			top = max(top, abs(n).Y)
			bottom = min(bottom, abs(n).Y+n.Size().Height)
		}
	}
	return top, bottom
}
