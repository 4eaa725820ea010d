package workout

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/libtext"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/risk"
	"github.com/corecue/corecue/internal/ui/column"
	engine "github.com/corecue/corecue/internal/workout"
)

// FeltDialog is the question after "felt it in my back", asked while the
// session waits: swap to the safer alternative, skip the exercise, or carry
// on. Its buttons are fields so tests can answer it.
type FeltDialog struct {
	Text  *widget.Label
	Swap  *widget.Button // nil when the exercise has no safer alternative
	Skip  *widget.Button
	Carry *widget.Button
	dlg   dialog.Dialog
}

func newFeltDialog(s *Screen, name string, fb engine.Feedback, wasPaused bool) *FeltDialog {
	f := &FeltDialog{Text: widget.NewLabel(fb.Text)}
	f.Text.Wrapping = fyne.TextWrapWord
	answer := func(do func()) func() {
		return func() {
			f.close(s)
			do()
		}
	}
	f.Skip = widget.NewButtonWithIcon(i18n.F("Skip %s", name), theme.MediaSkipNextIcon(), answer(s.SkipStep))
	f.Carry = widget.NewButton(i18n.L("Carry on"), answer(func() {
		if !wasPaused {
			s.d.Player.Resume()
		}
		s.Frame()
	}))
	buttons := []fyne.CanvasObject{}
	if fb.Offer != nil {
		f.Swap = widget.NewButtonWithIcon(i18n.F("Swap to %s", libtext.Name(i18n.Current(), fb.Offer.Name)), theme.ViewRefreshIcon(), answer(s.SwapCurrent))
		f.Swap.Importance = widget.HighImportance
		buttons = append(buttons, f.Swap)
	}
	buttons = append(buttons, f.Skip, f.Carry)
	if s.d.Window == nil {
		return f
	}
	body := container.NewVBox(f.Text, widget.NewLabel(i18n.L("The workout is paused. What would you like to do?")), container.NewVBox(buttons...))
	f.dlg = dialog.NewCustomWithoutButtons(i18n.L("Felt it in your back"), column.New(520, body), s.d.Window)
	f.dlg.Show()
	return f
}

// close takes the question off the screen unanswered.
func (f *FeltDialog) close(s *Screen) {
	if f.dlg != nil {
		f.dlg.Hide()
	}
	s.Felt = nil
}

// HighRisk is the question asked once before a workout that holds exercises
// flagged high for this person: it names them with their safer swaps, and
// the person starts with the swaps, starts as planned, or goes back.
type HighRisk struct {
	Text      *widget.Label
	UseSafer  *widget.Button // nil when none of them has a safer swap
	AsPlanned *widget.Button
	Back      *widget.Button
	content   fyne.CanvasObject
}

// highRisk lists the items flagged high for this person, by index.
func highRisk(a plan.Assessed, items []engine.Item) []int {
	var out []int
	for i := range items {
		if i < len(a.Result.Items) && a.Result.Items[i].Level == risk.High {
			out = append(out, i)
		}
	}
	return out
}

// askHighRisk shows the question in place of the setup; start plays the
// items the person chose.
func (s *Screen) askHighRisk(items []engine.Item, high []int, start func([]engine.Item)) {
	q := &HighRisk{}
	var lines []string
	safer := append([]engine.Item(nil), items...)
	swaps := 0
	for _, i := range high {
		it := items[i]
		line := "• " + libtext.Name(i18n.Current(), it.Name)
		if it.AltID != "" {
			line = i18n.F("%s: the safer swap is %s", line, libtext.Name(i18n.Current(), it.AltName))
			safer[i] = engine.AltItem(it, s.d.Library)
			swaps++
		} else {
			line = i18n.F("%s: no safer swap in the library; ask your clinician", line)
		}
		lines = append(lines, line)
	}
	what := i18n.N("This workout holds %d exercises flagged high risk for your back today:", len(high))
	q.Text = widget.NewLabel(what + "\n" + strings.Join(lines, "\n") +
		"\n\n" + i18n.L("The reasons and their sources are on the Plan tab. Stop if pain spreads down a leg, or for numbness or weakness."))
	q.Text.Wrapping = fyne.TextWrapWord
	back := func() {
		s.Ask = nil
		s.showView(s.setup)
	}
	startWith := func(list []engine.Item) func() {
		return func() {
			back()
			start(list)
		}
	}
	buttons := container.NewHBox()
	if swaps > 0 {
		label := i18n.L("Start with the safer swap")
		if swaps > 1 {
			label = i18n.L("Start with the safer swaps")
		}
		q.UseSafer = widget.NewButtonWithIcon(label, theme.ViewRefreshIcon(), startWith(safer))
		q.UseSafer.Importance = widget.HighImportance
		buttons.Add(q.UseSafer)
	}
	q.AsPlanned = widget.NewButton(i18n.L("Start as planned"), startWith(items))
	q.Back = widget.NewButtonWithIcon(i18n.L("Back"), theme.NavigateBackIcon(), back)
	buttons.Add(q.AsPlanned)
	buttons.Add(q.Back)
	title := widget.NewLabelWithStyle(i18n.L("Before you start"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	q.content = container.NewVScroll(container.NewPadded(column.New(760, container.NewVBox(title, q.Text, buttons))))
	s.Ask = q
	s.showView(q.content)
}
