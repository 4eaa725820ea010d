package workout

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/applog"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/ui/column"
	"github.com/corecue/corecue/internal/ui/inview"
)

// FinishView asks for pain after and, when there was a warm-up, whether the
// vacuum was held throughout without holding the breath (the progression
// rule's self-report). Saving closes the session.
type FinishView struct {
	s         *Screen
	Summary   *widget.Label
	PainAfter *inview.Entry
	Held      *widget.Check
	Save      *widget.Button
	Message   *widget.Label
	at        time.Duration
	content   fyne.CanvasObject
}

func newFinish(s *Screen) *FinishView {
	f := &FinishView{s: s}
	f.Summary = widget.NewLabel("")
	f.Summary.Wrapping = fyne.TextWrapWord
	f.PainAfter = inview.NewEntry()
	f.PainAfter.SetPlaceHolder("0-10")
	f.Held = widget.NewCheck(i18n.L("I held the draw-in through every vacuum hold, breathing freely (not holding my breath)"), nil)
	f.Save = widget.NewButton(i18n.L("Save session"), f.save)
	f.Save.Importance = widget.HighImportance
	f.Message = widget.NewLabel("")
	f.Message.Wrapping = fyne.TextWrapWord
	f.Message.Importance = widget.DangerImportance
	form := widget.NewForm(widget.NewFormItem(i18n.L("Pain now"), container.NewBorder(nil, nil, nil, widget.NewLabel(i18n.L("0 none … 10 worst")), f.PainAfter)))
	f.content = container.NewPadded(column.New(760, container.NewVBox(
		widget.NewLabelWithStyle(i18n.L("How did it go?"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		f.Summary, form, f.Held, container.NewHBox(f.Save), f.Message,
		widget.NewLabel(i18n.L("If pain is worse and stays worse, or spreads down a leg, see a clinician before the next session.")),
	)))
	return f
}

func (f *FinishView) open(t time.Duration) {
	f.at = t
	f.PainAfter.SetText("")
	f.Held.SetChecked(false)
	f.Message.SetText("")
	tl := f.s.run.TL
	if tl.WarmUp != nil || f.s.run.TL.Opt.WarmUp {
		f.Held.Show()
	} else {
		f.Held.Hide()
	}
	// The set under way when the person stopped counts as the saved
	// session will count it; read before, the summary said one set fewer.
	if err := f.s.run.RecordTo(t); err != nil {
		f.Message.SetText(applog.Say(i18n.L("What was done could not be recorded."), err))
	}
	if ses, err := f.s.d.Store.Session(f.s.run.ID); err == nil {
		sets, planned := ses.Sets()
		done := i18n.N("%[2]s: %[3]d of %[1]d sets done", planned, ses.Name, sets)
		if tl.WarmUp != nil || ses.VacuumReps > 0 {
			done += ", " + i18n.N("%d vacuum reps", ses.VacuumReps)
		}
		f.Summary.SetText(done + ".")
	}
}

func (f *FinishView) save() {
	pain, err := ParsePain(i18n.L("Pain now"), f.PainAfter.Text, false)
	if err != nil {
		f.Message.SetText(err.Error())
		return
	}
	held := f.Held.Visible() && f.Held.Checked
	if err := f.s.run.Finish(f.at, pain, held); err != nil {
		f.Message.SetText(applog.Say(i18n.L("The session could not be saved."), err))
		return
	}
	f.s.saved()
}
