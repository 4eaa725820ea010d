package planner

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/applog"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/store"
)

// SameName is the question asked when a new, imported, copied or renamed
// plan would look the same as a stored one: replace that plan, keep both
// under a name that tells them apart, or do nothing.
type SameName struct {
	Replace, KeepBoth, Cancel *widget.Button
	dialog                    dialog.Dialog
}

// Asking is the open same-name question, nil when none is open.
func (b *PlansBar) Asking() *SameName { return b.asking }

// whenNameFree calls put(name, 0) when no stored plan other than self looks
// the same as name. Otherwise it asks first: Replace calls put(name, id of
// that plan), Keep both calls put(a free name, 0), Cancel calls nothing.
func (b *PlansBar) whenNameFree(name string, self int64, put func(name string, replace int64) error) error {
	var other *store.PlanInfo
	for i, pi := range b.plans {
		if pi.ID != self && store.NameKey(pi.Name) == store.NameKey(name) {
			other = &b.plans[i]
			break
		}
	}
	if other == nil {
		return put(name, 0)
	}
	free, err := b.p.deps.Store.FreePlanName(name)
	if err != nil {
		b.fail(applog.Say(i18n.L("Your plans could not be read."), err))
		return err
	}
	q := &SameName{}
	msg := widget.NewLabel(i18n.N("You already have a plan called “%[2]s” (%[1]d exercises). Replace it, or keep both and call the new one “%[3]s”?",
		other.Items, other.Name, free))
	msg.Wrapping = fyne.TextWrapWord
	done := func() {
		q.dialog.Hide()
		b.asking = nil
	}
	id := other.ID
	q.Replace = widget.NewButtonWithIcon(i18n.L("Replace it"), theme.ViewRefreshIcon(), func() { done(); put(name, id) })
	q.Replace.Importance = widget.DangerImportance
	q.KeepBoth = widget.NewButtonWithIcon(i18n.L("Keep both"), theme.ContentCopyIcon(), func() { done(); put(free, 0) })
	q.KeepBoth.Importance = widget.HighImportance
	q.Cancel = widget.NewButtonWithIcon(i18n.L("Cancel"), theme.CancelIcon(), func() {
		done()
		b.say(i18n.F("Nothing changed: “%s” is kept as it was.", other.Name))
	})
	q.dialog = dialog.NewCustomWithoutButtons(i18n.L("A plan with this name exists"), container.NewVBox(msg,
		container.NewHBox(q.Cancel, q.KeepBoth, q.Replace)), b.p.deps.Window)
	q.dialog.Resize(fyne.NewSize(520, q.dialog.MinSize().Height))
	b.asking = q
	q.dialog.Show()
	return nil
}
