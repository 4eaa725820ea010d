package planner

import "fyne.io/fyne/v2"

// readable caps its content's width and centres it, so long text stays
// readable on a 1920-pixel-wide window instead of running edge to edge.
type readable struct{ width float32 }

func (r readable) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := min(size.Width, r.width)
	for _, o := range objs {
		o.Resize(fyne.NewSize(w, size.Height))
		o.Move(fyne.NewPos((size.Width-w)/2, 0))
	}
}

func (r readable) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}
