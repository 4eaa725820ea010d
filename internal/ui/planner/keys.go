package planner

import (
	"fyne.io/fyne/v2"

	"github.com/corecue/corecue/internal/ui/inview"
)

// submitButton is a button that Enter presses as well as Space, so a
// keyboard user can Tab to it and submit the way they would in a form.
type submitButton struct {
	inview.Button
}

func newSubmitButton(label string, icon fyne.Resource, tapped func()) *submitButton {
	b := &submitButton{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

func (b *submitButton) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		b.Tapped(nil)
		return
	}
	b.Button.TypedKey(ev)
}
