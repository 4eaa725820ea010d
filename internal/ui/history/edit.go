package history

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/applog"
	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/libtext"
)

// Editor is the form that corrects a recorded session. Out-of-range entries
// (pain 11, negative reps) are refused with a message naming the field.
type Editor struct {
	s          *Screen
	ses        hist.Session
	PainBefore *widget.Entry
	PainAfter  *widget.Entry
	WarmUp     *widget.Entry
	Sets       []*widget.Entry
	Reps       []*widget.Entry
	Holds      []*widget.Entry
	Message    *widget.Label
	Form       fyne.CanvasObject
	dlg        dialog.Dialog
}

// Editing is the open editor, nil when none (for tests).
func (s *Screen) Editing() *Editor { return s.editor }

func (s *Screen) edit(ses hist.Session) {
	e := &Editor{s: s, ses: ses}
	entry := func(n int, blankIfNegative bool) *widget.Entry {
		w := widget.NewEntry()
		if !(blankIfNegative && n < 0) {
			w.SetText(strconv.Itoa(n))
		}
		return w
	}
	e.PainBefore, e.PainAfter = entry(ses.PainBefore, true), entry(ses.PainAfter, true)
	e.PainBefore.SetPlaceHolder(i18n.L("0-10, or empty"))
	e.PainAfter.SetPlaceHolder(i18n.L("0-10, or empty"))
	e.WarmUp = entry(ses.VacuumReps, false)
	e.Message = widget.NewLabel("")
	e.Message.Importance = widget.DangerImportance
	e.Message.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(i18n.L("Pain before"), e.PainBefore),
		widget.NewFormItem(i18n.L("Pain after"), e.PainAfter),
	)
	if ses.VacuumPlanned > 0 {
		form.Append(i18n.F("Vacuum reps (of %d)", ses.VacuumPlanned), e.WarmUp)
	}
	for _, it := range ses.Items {
		sets, reps, hold := entry(it.SetsDone, false), entry(it.RepsDone, false), entry(it.HoldDone, false)
		e.Sets, e.Reps, e.Holds = append(e.Sets, sets), append(e.Reps, reps), append(e.Holds, hold)
		row := container.NewGridWithColumns(6, widget.NewLabel(i18n.L("sets")), sets, widget.NewLabel(i18n.L("reps")), reps, widget.NewLabel(i18n.L("hold s")), hold)
		form.Append(fmt.Sprintf("%s (%s)", libtext.Name(i18n.Current(), it.Name), dose(it)), row)
	}
	e.Form = container.NewVBox(form, e.Message)
	s.editor = e
	if s.d.Window == nil {
		return
	}
	e.dlg = dialog.NewCustomConfirm(i18n.F("Edit session of %s", i18n.Date(ses.Started, i18n.DayTime)), i18n.L("Save"), i18n.L("Cancel"),
		container.NewVScroll(e.Form), func(ok bool) {
			if ok && !e.Save() {
				// Keep the form up with its message rather than lose the edits.
				e.dlg.Show()
			}
			if !ok {
				s.editor = nil
			}
		}, s.d.Window)
	e.dlg.Resize(fyne.NewSize(640, 480))
	e.dlg.Show()
}

func dose(it hist.Item) string {
	if it.HoldPlanned > 0 {
		return i18n.F("planned %d × %d s", it.SetsPlanned, it.HoldPlanned)
	}
	return i18n.F("planned %d × %d", it.SetsPlanned, it.RepsPlanned)
}

// Save checks every field and stores the session; false (with a message)
// when a field is out of range.
func (e *Editor) Save() bool {
	ses := e.ses
	var err error
	if ses.PainBefore, err = pain(i18n.L("Pain before"), e.PainBefore.Text); err == nil {
		ses.PainAfter, err = pain(i18n.L("Pain after"), e.PainAfter.Text)
	}
	if err == nil && ses.VacuumPlanned > 0 {
		ses.VacuumReps, err = count(i18n.L("Vacuum reps"), e.WarmUp.Text, 1000)
	}
	ses.Items = append([]hist.Item(nil), ses.Items...)
	for i := range ses.Items {
		if err != nil {
			break
		}
		it := &ses.Items[i]
		if it.SetsDone, err = count(i18n.F("%s sets", libtext.Name(i18n.Current(), it.Name)), e.Sets[i].Text, 100); err != nil {
			break
		}
		if it.RepsDone, err = count(i18n.F("%s reps", libtext.Name(i18n.Current(), it.Name)), e.Reps[i].Text, 100000); err != nil {
			break
		}
		it.HoldDone, err = count(i18n.F("%s hold seconds", libtext.Name(i18n.Current(), it.Name)), e.Holds[i].Text, 100000)
	}
	if err != nil {
		e.Message.SetText(err.Error())
		return false
	}
	if err := e.s.d.Store.UpdateSession(ses); err != nil {
		e.Message.SetText(applog.Say(i18n.L("The change was not saved."), err))
		return false
	}
	e.s.editor = nil
	e.s.say(i18n.F("Saved the changes to the session of %s.", i18n.Date(ses.Started, i18n.DayTime)))
	e.s.Reload()
	return true
}

func pain(field, text string) (int, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return hist.NoPain, nil
	}
	n, err := strconv.Atoi(text)
	if err != nil || n < 0 || n > 10 {
		return 0, errors.New(i18n.F("%s: %q is not a whole number from 0 to 10 (leave it empty if not rated)", field, text))
	}
	return n, nil
}

func count(field, text string, limit int) (int, error) {
	text = strings.TrimSpace(text)
	n, err := strconv.Atoi(text)
	if err != nil || n < 0 || n > limit {
		return 0, errors.New(i18n.F("%s: %q is not a whole number from 0 to %d", field, text, limit))
	}
	return n, nil
}
