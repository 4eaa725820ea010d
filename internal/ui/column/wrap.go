package column

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// wrap lays objects out left to right at their minimum sizes and starts a
// new row when the next one would not fit. Its minimum width is the widest
// object, whatever width it was last given, so a row of buttons never holds
// a window wider than the screen (Fyne's RowWrapLayout reports the width it
// last used as its minimum, so a window once wide could not narrow again).
// Its minimum height is the rows needed at the last width.
type wrap struct{ width *float32 }

// Wrap is a container whose objects flow into as many rows as its width needs.
func Wrap(objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: wrap{new(float32)}, Objects: objs}
}

func (l wrap) place(objs []fyne.CanvasObject, width float32, move bool) fyne.Size {
	pad := theme.Padding()
	var x, y, rowH, widest float32
	first := true
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		s := o.MinSize()
		widest = max(widest, s.Width)
		if !first && x+s.Width > width {
			x, y = 0, y+rowH+pad
			rowH = 0
		}
		if move {
			o.Resize(s)
			o.Move(fyne.NewPos(x, y))
		}
		x += s.Width + pad
		rowH = max(rowH, s.Height)
		first = false
	}
	return fyne.NewSize(widest, y+rowH)
}

func (l wrap) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	*l.width = size.Width
	l.place(objs, size.Width, true)
}

func (l wrap) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w := *l.width
	if w <= 0 {
		w = 1 << 20 // not laid out yet: one row
	}
	s := l.place(objs, w, false)
	return fyne.NewSize(s.Width, s.Height)
}
