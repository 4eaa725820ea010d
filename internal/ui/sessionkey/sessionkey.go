// Package sessionkey lets Space and Escape reach a running session (a drill
// or a guided workout) whatever control has the keyboard. The window only
// hears keys that no focused widget takes, and a focused button would take
// Space as a press of itself: Skip, say, instead of a pause. Controls of an
// animated screen are built from this package so they hand those two keys
// to the session first.
package sessionkey

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Session is what the keys go to.
type Session interface {
	// Running reports whether a session is under way (paused counts).
	Running() bool
	// TypedKey acts on Space (pause or resume) and Escape (stop).
	TypedKey(*fyne.KeyEvent) bool
}

// Take gives Space or Escape to s when it is running; it reports whether it
// took the key.
func Take(s Session, ev *fyne.KeyEvent) bool {
	if !s.Running() || (ev.Name != fyne.KeySpace && ev.Name != fyne.KeyEscape) {
		return false
	}
	s.TypedKey(ev)
	return true
}

// Button is a button that leaves Space and Escape to a running session.
type Button struct {
	widget.Button
	s Session
}

// NewButton makes a button with an optional icon.
func NewButton(s Session, label string, icon fyne.Resource, tapped func()) *Button {
	b := &Button{s: s}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey hands Space and Escape to a running session, the rest to the
// button.
func (b *Button) TypedKey(ev *fyne.KeyEvent) {
	if !Take(b.s, ev) {
		b.Button.TypedKey(ev)
	}
}

// TypedRune: Space arrives as a rune as well as a key; while a session runs
// the button must not act on it as well.
func (b *Button) TypedRune(r rune) {
	if r == ' ' && b.s.Running() {
		return
	}
	b.Button.TypedRune(r)
}

// Any is the sessions of one window (a drill, a workout), as one Session: it
// runs while one of them does, and its keys go to the first that runs.
type Any []Session

// Running reports whether one of the sessions is under way.
func (a Any) Running() bool {
	for _, s := range a {
		if s.Running() {
			return true
		}
	}
	return false
}

// TypedKey gives the key to the first running session.
func (a Any) TypedKey(ev *fyne.KeyEvent) bool {
	for _, s := range a {
		if s.Running() {
			return s.TypedKey(ev)
		}
	}
	return false
}
