// Package inview keeps the control that has the keyboard in sight. Fyne's
// Scroll does not move when Tab gives the focus to a control below or above
// what it shows, so a keyboard user pressed Space on a button they could not
// see. The controls here scroll their Scroll to themselves when they gain
// the focus; a screen sets Scroll once the scroll that holds them exists.
package inview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Into scrolls s vertically, as little as it can, so that o (shown inside
// s's content) is in view; o taller than the view shows its top.
func Into(s *container.Scroll, o fyne.CanvasObject) {
	if s == nil || s.Content == nil || fyne.CurrentApp() == nil {
		return
	}
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(o).Y - d.AbsolutePositionForObject(s.Content).Y
	bottom, view := top+o.Size().Height, s.Size().Height
	y := s.Offset.Y
	switch {
	case top < y || bottom-top > view:
		y = top
	case bottom > y+view:
		y = bottom - view
	default:
		return
	}
	s.ScrollToOffset(fyne.NewPos(s.Offset.X, y))
}

// Button is a widget.Button that scrolls itself into view when focused.
type Button struct {
	widget.Button
	Scroll *container.Scroll
}

// NewButton makes a Button with an optional icon.
func NewButton(label string, icon fyne.Resource, tapped func()) *Button {
	b := &Button{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// FocusGained shows the focus and brings the button into view.
func (b *Button) FocusGained() {
	b.Button.FocusGained()
	Into(b.Scroll, b)
}
