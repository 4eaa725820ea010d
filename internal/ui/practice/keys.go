package practice

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/ui/sessionkey"
)

// While a drill runs, Space pauses or resumes it and Escape stops it
// whatever control of this screen has focus (internal/ui/sessionkey).

// Running reports whether a drill is under way (paused counts).
func (s *Screen) Running() bool { return s.state != Idle }

// sessionKey gives Space and Escape to a running drill; it reports whether
// it took the key.
func (s *Screen) sessionKey(ev *fyne.KeyEvent) bool { return sessionkey.Take(s, ev) }

func newKeyButton(s *Screen, label string, icon fyne.Resource, tapped func()) *sessionkey.Button {
	return sessionkey.NewButton(s, label, icon, tapped)
}

// picker is the drill list. Disabled while a drill runs, it opens for no key
// (Fyne's Select would still open its list on Space while greyed out, and a
// different drill could be chosen mid-drill).
type picker struct {
	widget.Select
	s *Screen
}

func newPicker(s *Screen) *picker {
	p := &picker{s: s}
	p.OnChanged = func(string) { s.showChosen() }
	p.PlaceHolder = "Choose a drill"
	p.ExtendBaseWidget(p)
	return p
}

func (p *picker) TypedKey(ev *fyne.KeyEvent) {
	if p.s.sessionKey(ev) || p.Disabled() {
		return
	}
	p.Select.TypedKey(ev)
}

func (p *picker) TypedRune(r rune) {
	if p.Disabled() {
		return
	}
	p.Select.TypedRune(r)
}

// dropDisabledFocus takes focus off a control that has just been disabled
// (the picker and Start once a drill runs): a disabled control must not keep
// the keyboard, and with nothing focused the window's keys reach the drill.
func (s *Screen) dropDisabledFocus() {
	c := fyne.CurrentApp().Driver().CanvasForObject(s.content)
	if c == nil {
		return
	}
	if f, ok := c.Focused().(fyne.Disableable); ok && f.Disabled() {
		c.Unfocus()
	}
}
