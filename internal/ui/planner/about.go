package planner

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/applog"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/jsonfile"
	"github.com/corecue/corecue/internal/risk"
	"github.com/corecue/corecue/internal/store"
	"github.com/corecue/corecue/internal/ui/column"
	"github.com/corecue/corecue/internal/ui/inview"
)

// About is the person's context: it changes every level on screen, so it
// sits above the library and the plan rather than on a page of its own.
type About struct {
	p       *Planner
	Pain    *inview.Entry
	Leg     *inview.Check
	Morning *inview.Check
	Update  *submitButton
	Message *Status

	current store.Person // the last context that was valid and saved
	content fyne.CanvasObject
	loading bool
}

func newAbout(p *Planner) *About {
	a := &About{p: p}
	a.Pain = inview.NewEntry()
	a.Pain.SetPlaceHolder("0–10")
	a.Pain.OnSubmitted = func(string) { a.Apply() }
	a.Leg = inview.NewCheck(i18n.L("Pain, numbness or tingling below the knee"), func(bool) { a.applyFromCheck() })
	a.Morning = inview.NewCheck(i18n.L("Training within two hours of waking"), func(bool) { a.applyFromCheck() })
	a.Update = newSubmitButton(i18n.L("Update"), nil, a.Apply) // no icon: the row then fits 1024 px
	a.Pain.Keys, a.Leg.Keys, a.Morning.Keys, a.Update.Keys = p.deps.Keys, p.deps.Keys, p.deps.Keys, p.deps.Keys
	a.Message = newStatus(true)

	title := widget.NewLabelWithStyle(i18n.L("About you today"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	painBox := container.NewGridWrap(fyne.NewSize(72, a.Pain.MinSize().Height), a.Pain)
	// Wraps on a narrow window rather than widening it.
	row := column.Wrap(title, container.NewHBox(widget.NewLabel(i18n.L("Back pain (0–10)")), painBox), a.Leg, a.Morning, a.Update)
	a.content = container.NewBorder(nil, nil, nil, nil, container.NewVBox(row, a.Message))
	a.load()
	return a
}

// load fills the form from the store without saving it back.
func (a *About) load() {
	per, err := a.p.deps.Store.Person()
	if err != nil {
		a.Message.Say(widget.DangerImportance, applog.Say(i18n.L("Your saved details could not be read."), err))
	}
	a.current = per
	a.loading = true
	a.Pain.SetText(strconv.Itoa(per.Pain))
	a.Leg.SetChecked(per.LegSymptoms)
	a.Morning.SetChecked(per.Morning)
	a.loading = false
}

func (a *About) applyFromCheck() {
	if !a.loading {
		a.Apply()
	}
}

// Apply validates the form and saves it as the person's context. A bad pain
// score is refused with a message and the previous context stays in force.
func (a *About) Apply() {
	text := strings.TrimSpace(a.Pain.Text)
	n, err := strconv.Atoi(text)
	switch {
	case text == "":
		a.refuse(i18n.L("Not saved — back pain now: enter a number from 0 (none) to 10 (worst)."))
		return
	case err != nil:
		a.refuse(i18n.F("Not saved — back pain now: %q is not a whole number from 0 to 10.", jsonfile.Clip(text, 20)))
		return
	case n < 0 || n > 10:
		a.refuse(i18n.F("Not saved — back pain now: %d is outside 0–10.", n))
		return
	}
	per := store.Person{Pain: n, LegSymptoms: a.Leg.Checked, Morning: a.Morning.Checked}
	if err := a.p.deps.Store.SavePerson(per); err != nil {
		a.refuse(applog.Say(i18n.L("Not saved."), err))
		return
	}
	a.current = per
	a.Message.SetText("")
	a.p.refreshAssessments()
}

func (a *About) refuse(msg string) {
	a.Message.Say(widget.DangerImportance, msg)
}

func (a *About) context() risk.Context {
	return risk.Context{Pain: a.current.Pain, LegSymptoms: a.current.LegSymptoms, Morning: a.current.Morning, FeltIt: a.p.Plan.feltIt()}
}

func (a *About) Content() fyne.CanvasObject { return a.content }
