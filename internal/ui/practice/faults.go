package practice

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/ui/diagram"
)

// noteFault follows the reminder: while it names a fault, the Common faults
// button stands out and opens at that fault.
func (s *Screen) noteFault(f breath.Fault) {
	if f == s.fault {
		return
	}
	s.fault = f
	s.Faults.Importance = widget.MediumImportance
	if f != breath.FaultNone {
		s.Faults.Importance = widget.WarningImportance
	}
	s.Faults.Refresh()
}

// FaultsView is the common faults, open over the practice screen: one
// fault at a time, drawn right and wrong on the same body in the chosen
// position, with what to do instead.
type FaultsView struct {
	Choices      *widget.Select
	Right, Wrong *diagram.Corset
	WrongTitle   *widget.Label
	Fix          *widget.Label
	Close        *widget.Button
	popup        *widget.PopUp
}

// Open is the common faults view on screen, nil when it is closed.
func (s *Screen) Open() *FaultsView { return s.faultsView }

// ShowFaults opens the common faults at fault f (the first for FaultNone).
// The drill, if one runs, carries on underneath.
func (s *Screen) ShowFaults(f breath.Fault) {
	c := fyne.CurrentApp().Driver().CanvasForObject(s.content)
	if c == nil {
		return
	}
	if f == breath.FaultNone {
		f = breath.Faults[0]
	}
	pos := breath.Lying
	if d, ok := s.chosen(); ok {
		pos = d.Position
	}
	v := &FaultsView{Right: diagram.New(), Wrong: diagram.New(), WrongTitle: widget.NewLabel(""), Fix: widget.NewLabel("")}
	for _, pic := range []*diagram.Corset{v.Right, v.Wrong} {
		pic.SetView(figure.ViewSide)
		pic.SetPosition(pos)
	}
	v.WrongTitle.TextStyle.Bold = true
	v.WrongTitle.Wrapping = fyne.TextWrapWord
	v.Fix.Wrapping = fyne.TextWrapWord
	titles := make([]string, len(breath.Faults))
	for i, f := range breath.Faults {
		titles[i] = i18n.L(f.Title())
	}
	v.Choices = widget.NewSelect(titles, func(t string) {
		for _, f := range breath.Faults {
			if i18n.L(f.Title()) == t {
				v.show(f)
			}
		}
	})
	v.Close = widget.NewButtonWithIcon(i18n.L("Close"), theme.CancelIcon(), func() {
		v.popup.Hide()
		s.faultsView = nil
	})
	right := widget.NewLabelWithStyle(i18n.L("Right: drawn in, breathing on, back still"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	right.Wrapping = fyne.TextWrapWord
	pair := []fyne.CanvasObject{
		container.NewBorder(right, nil, nil, nil, shrink(v.Right)),
		container.NewBorder(v.WrongTitle, nil, nil, nil, shrink(v.Wrong)),
	}
	// A body lying or on all fours is wide: the pair goes one above the
	// other; sitting or standing, side by side.
	pictures := container.NewGridWithColumns(2, pair...)
	if pos == breath.Lying || pos == breath.Kneeling {
		pictures = container.NewGridWithRows(2, pair...)
	}
	head := widget.NewLabelWithStyle(i18n.L("Common faults"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	body := container.NewBorder(container.NewBorder(nil, nil, head, v.Close, container.NewGridWrap(fyne.NewSize(420, v.Choices.MinSize().Height), v.Choices)),
		v.Fix, nil, nil, pictures)
	v.popup = widget.NewModalPopUp(body, c)
	sz := c.Size()
	v.popup.Resize(fyne.NewSize(sz.Width*0.94, sz.Height*0.92))
	v.Choices.SetSelected(i18n.L(f.Title()))
	s.faultsView = v
	v.popup.Show()
}

// show draws fault f: the pair of pictures and the words.
func (v *FaultsView) show(f breath.Fault) {
	right, wrong := figure.FaultPoses(f)
	v.Right.SetPose(right)
	v.Wrong.SetPose(wrong)
	v.Wrong.SetFault(f)
	v.WrongTitle.SetText(i18n.F("Wrong: %s", i18n.L(f.Title())))
	v.Fix.SetText(i18n.F("Instead: %s", i18n.L(f.Reminder())))
}

// shrink lets a picture take whatever room the window has, however small:
// the figure fits itself to its size.
func shrink(o fyne.CanvasObject) fyne.CanvasObject {
	return container.New(shrinkLayout{}, o)
}

type shrinkLayout struct{}

func (shrinkLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (shrinkLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(160, 120) }
