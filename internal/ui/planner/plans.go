package planner

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/applog"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/jsonfile"
	"github.com/corecue/corecue/internal/libtext"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/store"
	"github.com/corecue/corecue/internal/ui/column"
	"github.com/corecue/corecue/internal/ui/inview"
)

// PlansBar picks the open plan and manages the list: new, duplicate,
// rename, delete, starter plans, JSON import and export, and the handout.
type PlansBar struct {
	p         *Planner
	Picker    *inview.Select
	New       *inview.Button
	Duplicate *inview.Button
	Rename    *inview.Button
	Delete    *inview.Button
	Starters  *inview.Button
	Import    *inview.Button
	Export    *inview.Button
	Handout   *inview.Button // hidden when no handout hook is wired
	Workout   *inview.Button // hidden when no workout hook is wired
	Message   *Status        // one line: what just happened or what went wrong

	plans   []store.PlanInfo
	syncing bool
	asking  *SameName
	content fyne.CanvasObject
}

// pickerWidth shows a plan's name of about 20 letters with its count.
const pickerWidth = 170

func newPlansBar(p *Planner) *PlansBar {
	b := &PlansBar{p: p}
	b.Picker = inview.NewSelect(nil, func(string) {
		if !b.syncing {
			b.openIndex(b.Picker.SelectedIndex())
		}
	})
	b.Picker.PlaceHolder = i18n.L("No plans yet")
	b.Picker.Keys = p.deps.Keys
	b.New = inview.NewButton(i18n.L("New plan"), nil, b.askNew)
	b.Duplicate = inview.NewButton(i18n.L("Duplicate"), nil, func() { b.DuplicateCurrent() })
	b.Rename = inview.NewButton(i18n.L("Rename"), nil, b.askRename)
	b.Delete = inview.NewButton(i18n.L("Delete"), nil, b.askDelete)
	b.Starters = inview.NewButton(i18n.L("Starter plans"), nil, b.showStarters)
	b.Import = inview.NewButton(i18n.L("Import…"), nil, b.askImport)
	b.Export = inview.NewButton(i18n.L("Export…"), nil, b.askExport)
	b.Handout = inview.NewButton(i18n.L("Handout PDF…"), nil, b.askHandout)
	if p.deps.Handout == nil {
		b.Handout.Hide()
	}
	b.Workout = inview.NewButton(i18n.L("Start workout"), nil, b.StartWorkout)
	for _, w := range []*inview.Button{b.New, b.Duplicate, b.Rename, b.Delete, b.Starters, b.Import, b.Export, b.Handout, b.Workout} {
		w.Keys = p.deps.Keys
	}
	b.Workout.Importance = widget.HighImportance
	if p.deps.StartWorkout == nil {
		b.Workout.Hide()
	}
	b.Message = newStatus(false)

	pick := container.NewGridWrap(fyne.NewSize(pickerWidth, b.Picker.MinSize().Height), b.Picker)
	// The controls wrap onto a second row on a narrow window rather than
	// widen it: in one row they needed 1400 px. They go without icons and
	// the picker without a "Plan" title (its placeholder and the plan pane's
	// title say what it is) so that the row fits a 1024 px screen: a second
	// row took its height from the library's list and the plan's items.
	// Start workout comes right after the picker, where it is seen first.
	b.content = column.Wrap(pick, b.Workout,
		b.New, b.Duplicate, b.Rename, b.Delete, b.Starters, b.Import, b.Export, b.Handout)
	return b
}

// StartWorkout hands the open plan to the guided-workout screen.
func (b *PlansBar) StartWorkout() {
	if id, _ := b.p.Plan.Current(); id != 0 && b.p.deps.StartWorkout != nil {
		b.p.deps.StartWorkout(id)
	}
}

// Content is the bar.
func (b *PlansBar) Content() fyne.CanvasObject { return b.content }

// Plans lists the stored plans as the picker shows them.
func (b *PlansBar) Plans() []store.PlanInfo { return b.plans }

func (b *PlansBar) say(msg string) {
	b.Message.Say(widget.MediumImportance, msg)
}

func (b *PlansBar) fail(msg string) {
	b.Message.Say(widget.DangerImportance, msg)
}

// reload reads the plan list and opens id (0: keep the open plan if it still
// exists, else the first plan, else none).
func (b *PlansBar) reload(id int64) {
	list, err := b.p.deps.Store.ListPlans()
	if err != nil {
		b.fail(applog.Say(i18n.L("Your plans could not be read."), err))
		return
	}
	b.plans = list
	if id == 0 {
		id = b.p.Plan.currentID
	}
	names := make([]string, len(list))
	sel := -1
	for i, pi := range list {
		names[i] = fmt.Sprintf("%s (%d)", pi.Name, pi.Items)
		if pi.ID == id {
			sel = i
		}
	}
	// Plans saved before names were checked may look alike (case, spaces):
	// a number tells them apart, as Select matches options by text.
	seen := map[string]int{}
	for i, n := range names {
		k := store.NameKey(n)
		seen[k]++
		if seen[k] > 1 {
			names[i] = fmt.Sprintf("%s #%d", n, seen[k])
		}
	}
	if sel < 0 && len(list) > 0 {
		sel = 0
	}
	b.syncing = true
	b.Picker.SetOptions(names)
	if sel >= 0 {
		b.Picker.SetSelectedIndex(sel)
	} else {
		b.Picker.ClearSelected()
	}
	b.syncing = false
	has := sel >= 0
	for _, w := range []*inview.Button{b.Duplicate, b.Rename, b.Delete, b.Export, b.Handout} {
		if has {
			w.Enable()
		} else {
			w.Disable()
		}
	}
	switch {
	case !has:
		b.p.Plan.open(0, plan.Plan{})
	case list[sel].ID != b.p.Plan.currentID:
		b.openIndex(sel)
	}
	b.syncWorkout()
}

// syncWorkout lets Start workout start only a plan with exercises: on an
// empty one it went to the workout tab, asked for the pain score and only
// then said there was nothing to do. The open plan says why instead ("No
// exercises yet: choose one in the library…").
func (b *PlansBar) syncWorkout() {
	if _, pl := b.p.Plan.Current(); len(pl.Items) > 0 {
		b.Workout.Enable()
	} else {
		b.Workout.Disable()
	}
}

func (b *PlansBar) openIndex(i int) {
	if i < 0 || i >= len(b.plans) {
		return
	}
	pl, err := b.p.deps.Store.GetPlan(b.plans[i].ID)
	if err != nil {
		b.fail(applog.Say(i18n.F("“%s” could not be opened.", b.plans[i].Name), err))
		return
	}
	b.p.Plan.open(b.plans[i].ID, pl)
	b.syncWorkout()
}

// Open opens the stored plan id.
func (b *PlansBar) Open(id int64) { b.reload(id) }

// NewPlan stores an empty plan called name and opens it, asking first when
// a stored plan looks the same.
func (b *PlansBar) NewPlan(name string) error {
	return b.whenNameFree(strings.TrimSpace(name), 0, func(name string, replace int64) error {
		pl := plan.Plan{Name: name, Items: []plan.Item{}}
		id, err := b.put(pl, replace)
		if err != nil {
			b.fail(i18n.L("Not created — ") + planErr(err))
			return err
		}
		b.reload(id)
		b.say(i18n.F("Created “%s”.", name))
		return nil
	})
}

// put stores pl as a new plan, or in place of plan replace when not 0.
func (b *PlansBar) put(pl plan.Plan, replace int64) (int64, error) {
	if replace == 0 {
		return b.p.deps.Store.CreatePlan(pl)
	}
	if err := b.p.deps.Store.SavePlan(replace, pl); err != nil {
		return 0, err
	}
	return replace, nil
}

// DuplicateCurrent copies the open plan as "<name> (copy)" and opens the copy.
func (b *PlansBar) DuplicateCurrent() error {
	id, cur := b.p.Plan.Current()
	if id == 0 {
		return errors.New(i18n.L("no plan is open"))
	}
	nid, err := b.p.deps.Store.DuplicatePlan(id, "")
	if err != nil {
		b.fail(i18n.L("Not duplicated — ") + planErr(err))
		return err
	}
	b.reload(nid)
	b.say(i18n.F("Copied “%s”; you are now editing the copy.", cur.Name))
	return nil
}

// RenameCurrent gives the open plan a new name.
func (b *PlansBar) RenameCurrent(name string) error {
	id, cur := b.p.Plan.Current()
	if id == 0 {
		return errors.New(i18n.L("no plan is open"))
	}
	return b.whenNameFree(strings.TrimSpace(name), id, func(name string, replace int64) error {
		if replace != 0 {
			if err := b.p.deps.Store.DeletePlan(replace); err != nil {
				b.fail(applog.Say(i18n.L("Not renamed."), err))
				return err
			}
		}
		if err := b.p.deps.Store.RenamePlan(id, name); err != nil {
			b.fail(i18n.L("Not renamed — ") + planErr(err))
			return err
		}
		b.p.Plan.current.Name = name
		b.p.Plan.refresh()
		b.reload(id)
		b.say(i18n.F("Renamed “%s” to “%s”.", cur.Name, name))
		return nil
	})
}

// DeleteCurrent deletes the open plan without asking (askDelete asks).
func (b *PlansBar) DeleteCurrent() error {
	id, cur := b.p.Plan.Current()
	if id == 0 {
		return errors.New(i18n.L("no plan is open"))
	}
	if err := b.p.deps.Store.DeletePlan(id); err != nil {
		b.fail(applog.Say(i18n.L("Not deleted."), err))
		return err
	}
	b.p.Plan.currentID = 0
	b.reload(0)
	b.say(i18n.F("Deleted “%s”.", cur.Name))
	return nil
}

func nameValidator(s string) error {
	return (plan.Plan{Name: strings.TrimSpace(s)}).Validate()
}

// askName shows a one-field form; Enter in the field confirms it.
func (b *PlansBar) askName(title, confirm, initial string, done func(string) error) {
	e := widget.NewEntry()
	e.SetText(initial)
	e.Validator = func(s string) error {
		if err := nameValidator(s); err != nil {
			return errors.New(planErr(err))
		}
		return nil
	}
	d := dialog.NewForm(title, confirm, i18n.L("Cancel"), []*widget.FormItem{widget.NewFormItem(i18n.L("Name"), e)}, func(ok bool) {
		if ok {
			done(e.Text)
		}
	}, b.p.deps.Window)
	e.OnSubmitted = func(string) {
		if e.Validate() == nil {
			d.Submit()
		}
	}
	d.Resize(fyne.NewSize(460, d.MinSize().Height))
	d.Show()
	b.p.deps.Window.Canvas().Focus(e)
}

func (b *PlansBar) askNew() {
	b.askName(i18n.L("New plan"), i18n.L("Create"), "", b.NewPlan)
}

func (b *PlansBar) askRename() {
	if id, cur := b.p.Plan.Current(); id != 0 {
		b.askName(i18n.L("Rename plan"), i18n.L("Rename"), cur.Name, b.RenameCurrent)
	}
}

func (b *PlansBar) askDelete() {
	id, cur := b.p.Plan.Current()
	if id == 0 {
		return
	}
	d := dialog.NewConfirm(i18n.L("Delete plan"),
		i18n.N("Delete the plan “%[2]s” and its %[1]d exercises? This cannot be undone.", len(cur.Items), cur.Name),
		func(ok bool) {
			if ok {
				b.DeleteCurrent()
			}
		}, b.p.deps.Window)
	d.SetConfirmText(i18n.L("Delete"))
	d.SetDismissText(i18n.L("Cancel"))
	d.SetConfirmImportance(widget.DangerImportance)
	d.Show()
}

// ImportFrom reads a plan file, stores it as a new plan and opens it. name
// labels messages.
func (b *PlansBar) ImportFrom(r io.Reader, name string) error {
	pl, err := plan.Read(r)
	if err != nil {
		b.fail(i18n.L("Not imported — ") + name + ": " + planErr(err))
		return err
	}
	// Exact name and alias matches are stored by id so the plan keeps
	// meaning the same exercise; close matches and unknown names stay as
	// written and the plan shows them for the person to confirm.
	rs := plan.Resolve(pl, b.p.deps.Library)
	return b.whenNameFree(pl.Name, 0, func(name string, replace int64) error {
		pl.Name = name
		id, err := b.put(plan.WithIDs(pl, rs), replace)
		if err != nil {
			b.fail(i18n.L("Not imported — ") + planErr(err))
			return err
		}
		b.reload(id)
		b.imported(pl, rs)
		return nil
	})
}

// imported says what an import stored, and which names were matched to
// the library, on the plan itself.
func (b *PlansBar) imported(pl plan.Plan, rs []plan.Resolved) {
	var matched []string
	unknown := 0
	for _, r := range rs {
		switch {
		case !r.Resolution.Found():
			unknown++
		case r.Resolution.How != exercise.MatchID:
			// In the screen's words, not the command line's "situps → Sit-up
			// (alias)": an arrow Fyne's font does not have, and terms.
			matched = append(matched, i18n.F("“%s” read as %s", jsonfile.Clip(r.Resolution.Input, 40), libtext.Name(i18n.Current(), r.Resolution.Name)))
		}
	}
	msg := i18n.N("Imported “%[2]s” (%[1]d exercises).", len(pl.Items), pl.Name)
	if unknown > 0 {
		msg += " " + i18n.N("%d not in the library: not assessed.", unknown)
	}
	b.say(msg)
	if len(matched) > 0 {
		b.p.Plan.Message.SetText(i18n.F("Names matched to the library: %s.", strings.Join(matched, "; ")))
	}
}

// ExportTo writes the open plan as JSON to path (through a temporary file).
func (b *PlansBar) ExportTo(path string) error {
	id, cur := b.p.Plan.Current()
	if id == 0 {
		return errors.New(i18n.L("no plan is open"))
	}
	if err := plan.WriteFile(path, cur); err != nil {
		b.fail(i18n.L("Not exported — ") + planErr(err))
		return err
	}
	b.say(i18n.F("Exported “%s” to %s.", cur.Name, path))
	return nil
}

// SaveHandout writes the open plan's PDF handout to path.
func (b *PlansBar) SaveHandout(path string) error {
	id, cur := b.p.Plan.Current()
	if id == 0 || b.p.deps.Handout == nil {
		return errors.New(i18n.L("no plan is open or no handout is available"))
	}
	if err := b.p.deps.Handout(cur, path); err != nil {
		b.fail(i18n.L("Handout not saved — ") + planErr(err))
		return err
	}
	msg := i18n.F("Saved the handout for “%s” to %s.", cur.Name, path)
	if i18n.NeedsShaping(i18n.Current()) {
		// The PDF cannot join this script's letters (internal/handout), so
		// the handout is in English: say so here rather than surprise.
		msg += " " + i18n.L("It is in English: the PDF cannot yet join this language's letters correctly.")
	}
	b.say(msg)
	return nil
}

func (b *PlansBar) askImport() {
	d := dialog.NewFileOpen(func(rc fyne.URIReadCloser, err error) {
		if err != nil {
			b.fail(applog.Say(i18n.L("The file could not be opened."), err))
			return
		}
		if rc == nil {
			return
		}
		defer rc.Close()
		b.ImportFrom(rc, rc.URI().Name())
	}, b.p.deps.Window)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	d.Show()
}

// saveDialog asks for a path; the dialog creates the file, which is closed
// at once so the real write can go through a temporary file and a rename.
func (b *PlansBar) saveDialog(fileName, ext string, write func(path string) error) {
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			b.fail(applog.Say(i18n.L("Not saved: the file could not be created."), err))
			return
		}
		if wc == nil {
			return
		}
		path := wc.URI().Path()
		wc.Close()
		write(path)
	}, b.p.deps.Window)
	d.SetFileName(fileName)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	d.Show()
}

func (b *PlansBar) askExport() {
	if id, cur := b.p.Plan.Current(); id != 0 {
		b.saveDialog(fileSafe(cur.Name)+".json", ".json", b.ExportTo)
	}
}

func (b *PlansBar) askHandout() {
	if id, cur := b.p.Plan.Current(); id != 0 {
		b.saveDialog(fileSafe(cur.Name)+".pdf", ".pdf", b.SaveHandout)
	}
}

// fileSafe turns a plan name into a file name a dialog can propose.
func fileSafe(name string) string {
	var sb strings.Builder
	for _, r := range name {
		switch {
		case r == '/' || r == '\\' || r == ':' || r == '*' || r == '?' || r == '"' || r == '<' || r == '>' || r == '|':
			sb.WriteRune('-')
		default:
			sb.WriteRune(r)
		}
	}
	s := strings.TrimSpace(sb.String())
	if s == "" || s == "." || s == ".." {
		return "plan"
	}
	return s
}
