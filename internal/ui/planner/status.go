package planner

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// Status is a message line that takes no space while it has nothing to say,
// so the screen does not carry empty rows at 1280x800.
type Status struct {
	widget.Label
	// box is laid out again when the line shows, hides or rewraps, so that
	// what sits below it moves instead of being printed over.
	box *fyne.Container
}

func newStatus(wrap bool) *Status {
	s := &Status{}
	if wrap {
		s.Wrapping = fyne.TextWrapWord
	} else {
		s.Truncation = fyne.TextTruncateEllipsis
	}
	s.ExtendBaseWidget(s)
	s.Hide()
	return s
}

// SetText shows text, hiding the line when it is empty.
func (s *Status) SetText(text string) {
	s.Label.SetText(text)
	if text == "" {
		s.Hide()
	} else {
		s.Show()
	}
	if s.box != nil {
		s.box.Refresh()
	}
}

// Say shows text with an importance (danger for refusals).
func (s *Status) Say(imp widget.Importance, text string) {
	s.Importance = imp
	s.SetText(text)
	s.Refresh()
}
