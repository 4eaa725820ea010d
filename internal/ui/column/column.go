// Package column has the one layout CoreCue's text-heavy screens share: a
// centred column of capped width, so forms and long lines stay readable on a
// 1920-pixel window instead of running edge to edge.
package column

import "fyne.io/fyne/v2"

type capped struct{ width float32 }

// New lays objs out in a centred column at most width wide.
func New(width float32, objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: capped{width}, Objects: objs}
}

func (c capped) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := min(size.Width, c.width)
	for _, o := range objs {
		o.Resize(fyne.NewSize(w, size.Height))
		o.Move(fyne.NewPos((size.Width-w)/2, 0))
	}
}

func (c capped) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

// Inset lays every object out inside a margin of Side on the left and right
// and Top above and below: wider than the theme's padding, for screens read
// from across a room or tapped near their edges.
type Inset struct{ Side, Top float32 }

func (m Inset) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(m.Side, m.Top))
		o.Resize(size.SubtractWidthHeight(2*m.Side, 2*m.Top))
	}
}

func (m Inset) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s.AddWidthHeight(2*m.Side, 2*m.Top)
}
