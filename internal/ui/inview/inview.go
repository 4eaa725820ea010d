// Package inview keeps the control that has the keyboard in sight. Fyne's
// Scroll does not move when Tab gives the focus to a control below or above
// what it shows, so a keyboard user pressed Space on a button they could not
// see. The controls here scroll their Scroll to themselves when they gain
// the focus; a screen sets Scroll once the scroll that holds them exists.
//
// Each also has Keys, a drill or workout that may run while the control has
// the keyboard (on another tab, say): while it runs, Space and Escape are its
// pause and stop, so the Space meant for it neither presses, ticks nor opens
// the control. A text entry still types its space; Escape stops.
package inview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/ui/sessionkey"
)

// take gives ev to k when it is a running session's key.
func take(k sessionkey.Session, ev *fyne.KeyEvent) bool {
	return k != nil && sessionkey.Take(k, ev)
}

// spaceTaken: Space comes as a rune too, after its key; while a session runs
// the control must not act on it as well.
func spaceTaken(k sessionkey.Session, r rune) bool {
	return r == ' ' && k != nil && k.Running()
}

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
	Keys   sessionkey.Session
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

// Entry is a widget.Entry that scrolls itself into view when focused. Made
// multi-line it still leaves Tab to move the focus on: Fyne's multi-line
// entry types Tab and Shift+Tab as text, a trap for a keyboard user in a
// form, and a form's address or opening hours has no use for a tab.
type Entry struct {
	widget.Entry
	Scroll *container.Scroll
	Keys   sessionkey.Session // takes Escape only: the entry types its spaces
}

// NewEntry makes a one-line Entry.
func NewEntry() *Entry {
	e := &Entry{}
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as widget.NewEntry
	e.ExtendBaseWidget(e)
	return e
}

// NewMultiLineEntry makes a multi-line Entry showing at least rows lines.
func NewMultiLineEntry(rows int) *Entry {
	e := NewEntry()
	e.MultiLine = true
	e.SetMinRowsVisible(rows)
	return e
}

// AcceptsTab: Tab moves the focus on, in one line or several.
func (e *Entry) AcceptsTab() bool { return false }

// FocusGained starts editing and brings the entry into view.
func (e *Entry) FocusGained() {
	e.Entry.FocusGained()
	Into(e.Scroll, e)
}

// Check is a widget.Check that scrolls itself into view when focused.
// With Span set it shows Span instead, a part of the screen holding it: a
// radio group's items cannot say when they gain the focus, so the control
// before or after such a group shows the group with itself.
type Check struct {
	widget.Check
	Scroll *container.Scroll
	Keys   sessionkey.Session
	Span   fyne.CanvasObject
}

// NewCheck makes a Check with its label.
func NewCheck(label string, changed func(bool)) *Check {
	c := &Check{}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

// FocusGained shows the focus and brings the box into view.
func (c *Check) FocusGained() {
	c.Check.FocusGained()
	Into(c.Scroll, spanOr(c.Span, c))
}

func spanOr(span, o fyne.CanvasObject) fyne.CanvasObject {
	if span != nil {
		return span
	}
	return o
}

// Select is a widget.Select that scrolls itself (or Span, as for Check)
// into view when focused.
type Select struct {
	widget.Select
	Scroll *container.Scroll
	Keys   sessionkey.Session
	Span   fyne.CanvasObject
}

// NewSelect makes a Select of options with Fyne's own placeholder.
func NewSelect(options []string, changed func(string)) *Select {
	s := &Select{}
	s.Options, s.OnChanged, s.PlaceHolder = options, changed, "(Select one)"
	s.ExtendBaseWidget(s)
	return s
}

// FocusGained shows the focus and brings the picker into view.
func (s *Select) FocusGained() {
	s.Select.FocusGained()
	Into(s.Scroll, spanOr(s.Span, s))
}

// Slider is a widget.Slider that scrolls itself into view when focused.
type Slider struct {
	widget.Slider
	Scroll *container.Scroll
	Keys   sessionkey.Session
}

// NewSlider makes a horizontal Slider from min to max.
func NewSlider(min, max float64) *Slider {
	s := &Slider{}
	s.Min, s.Max, s.Step, s.Orientation = min, max, 1, widget.Horizontal
	s.ExtendBaseWidget(s)
	return s
}

// FocusGained shows the focus and brings the slider into view.
func (s *Slider) FocusGained() {
	s.Slider.FocusGained()
	Into(s.Scroll, s)
}

// TypedKey gives Space and Escape to a running Keys, the rest to the control.
func (c *Button) TypedKey(ev *fyne.KeyEvent) {
	if !take(c.Keys, ev) {
		c.Button.TypedKey(ev)
	}
}

// TypedRune leaves a running Keys' Space alone.
func (c *Button) TypedRune(r rune) {
	if !spaceTaken(c.Keys, r) {
		c.Button.TypedRune(r)
	}
}

// TypedKey gives Space and Escape to a running Keys, the rest to the control.
func (c *Check) TypedKey(ev *fyne.KeyEvent) {
	if !take(c.Keys, ev) {
		c.Check.TypedKey(ev)
	}
}

// TypedRune leaves a running Keys' Space alone.
func (c *Check) TypedRune(r rune) {
	if !spaceTaken(c.Keys, r) {
		c.Check.TypedRune(r)
	}
}

// TypedKey gives Space and Escape to a running Keys, the rest to the control.
func (c *Select) TypedKey(ev *fyne.KeyEvent) {
	if !take(c.Keys, ev) {
		c.Select.TypedKey(ev)
	}
}

// TypedRune leaves a running Keys' Space alone.
func (c *Select) TypedRune(r rune) {
	if !spaceTaken(c.Keys, r) {
		c.Select.TypedRune(r)
	}
}

// TypedKey gives Space and Escape to a running Keys, the rest to the control.
func (c *Slider) TypedKey(ev *fyne.KeyEvent) {
	if !take(c.Keys, ev) {
		c.Slider.TypedKey(ev)
	}
}

// TypedRune leaves a running Keys' Space alone.
func (c *Slider) TypedRune(r rune) {
	if !spaceTaken(c.Keys, r) {
		c.Slider.TypedRune(r)
	}
}

// TypedShortcut hands the window's own shortcuts, Ctrl (Cmd) with a digit
// (the tabs), on to the window. Fyne gives every shortcut to the focused
// widget, and an entry drops those it does not know: from a text box the
// tabs could not be reached by keyboard.
func (e *Entry) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && len(cs.KeyName) == 1 && cs.KeyName[0] >= '1' && cs.KeyName[0] <= '9' {
		if c, ok := fyne.CurrentApp().Driver().CanvasForObject(e).(fyne.Shortcutable); ok {
			c.TypedShortcut(s)
			return
		}
	}
	e.Entry.TypedShortcut(s)
}

// TypedKey gives Escape to a running Keys; Space and the rest edit the text.
func (e *Entry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeySpace || !take(e.Keys, ev) {
		e.Entry.TypedKey(ev)
	}
}
