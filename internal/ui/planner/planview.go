package planner

import (
	"errors"
	"fmt"
	"slices"
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/jsonfile"
	"github.com/corecue/corecue/internal/libtext"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/risk"
	"github.com/corecue/corecue/internal/ui/inview"
)

// ItemRow is one plan item: its flag, name and dose, and its actions.
type ItemRow struct {
	Flag       *Flag
	Name       *widget.Label
	Dose       *widget.Label
	Resolution *widget.Label // how free text was read; hidden for library ids
	Why        *inview.Button
	Swap       *inview.Button // hidden when there is no safer alternative
	Remove     *inview.Button
	box        fyne.CanvasObject
}

// PlanView is the current plan: its items with flags, the plan-level notes
// and the why panel.
type PlanView struct {
	p       *Planner
	Title   *widget.Label
	Overall *Flag
	Notes   *fyne.Container // one line per plan-level note
	Rows    []*ItemRow
	Empty   *widget.Label
	Message *Status
	Why     *WhyPanel

	currentID  int64 // 0: no plan open
	current    plan.Plan
	assessment risk.PlanAssessment
	resolved   []exercise.Resolution
	felt       map[string]bool // "felt it in my back" reports, this session only
	items      *fyne.Container
	scroll     *container.Scroll // the items, under the plan's title and notes
	split      *container.Split  // the plan above, the why panel below
	head       *fyne.Container   // the plan's title, notes and message
	content    fyne.CanvasObject
}

func newPlanView(p *Planner) *PlanView {
	v := &PlanView{p: p, felt: map[string]bool{}}
	v.Title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.Title.Truncation = fyne.TextTruncateEllipsis
	v.Overall = newFlag(false)
	v.Notes = container.NewVBox()
	v.Empty = widget.NewLabel("")
	v.Empty.Wrapping = fyne.TextWrapWord
	v.Message = newStatus(true)
	v.items = container.NewVBox()
	v.Why = newWhyPanel(p)

	head := container.NewVBox(container.NewBorder(nil, nil, nil, v.Overall.Object(), v.Title), v.Notes, v.Message)
	v.scroll = container.NewVScroll(container.NewVBox(v.Empty, v.items))
	list := readingBorder(head, nil, v.scroll)
	v.Message.box = list
	split := container.NewVSplit(list, v.Why.Content())
	split.Offset = 0.62
	v.split = split
	v.head = head
	v.content = container.New(itemsFit{v}, split)
	return v
}

// itemsWhole is how many of the plan's items stay whole above the why
// panel while it explains an exercise.
const itemsWhole = 2

// itemsAtMost is the most of the pane itemsFit gives the items, leaving the
// why panel its heading and a line or two of its hint.
const itemsAtMost = 0.7

// itemsFit gives the plan's items the room they need before the split is
// laid out: all of it while the why panel explains nothing (at 1280x800
// the fourth of four items was cut while the panel under it showed a
// one-line hint), and the head with itemsWhole items while it explains
// one (at 1024x600 the one item's row was cut by the divider). It only
// ever lowers the divider, and never past itemsAtMost.
type itemsFit struct{ v *PlanView }

func (f itemsFit) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

func (f itemsFit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	v := f.v
	pad := theme.Padding()
	room := size.Height - 2*pad // the divider takes twice the padding
	if room > 0 {
		want := v.head.MinSize().Height + pad + 2*theme.Padding() // the scroller's own padding
		if v.Empty.Visible() {
			want += v.Empty.MinSize().Height + pad
		}
		for i, o := range v.items.Objects {
			if v.Why.item >= 0 || v.Why.exercise != "" {
				if i >= itemsWhole {
					break
				}
			}
			want += o.MinSize().Height + pad
		}
		if at := min(float64(want/room), itemsAtMost); v.split.Offset < at {
			v.split.SetOffset(at)
		}
	}
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

// Content is the plan pane.
func (v *PlanView) Content() fyne.CanvasObject { return v.content }

// Current returns the open plan and its store id (0 when none is open).
func (v *PlanView) Current() (int64, plan.Plan) { return v.currentID, v.current }

// Assessment is the open plan's assessment as shown.
func (v *PlanView) Assessment() risk.PlanAssessment { return v.assessment }

func (v *PlanView) feltIt() []string {
	var ids []string
	for id := range v.felt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// open shows plan id (0 for none) as stored.
func (v *PlanView) open(id int64, pl plan.Plan) {
	v.currentID, v.current = id, pl
	v.Message.SetText("")
	v.Why.clear()
	v.refresh()
}

func (v *PlanView) refresh() {
	lib := v.p.deps.Library
	if v.currentID == 0 {
		v.Title.SetText(i18n.L("No plan open"))
		v.Overall.Object().Hide()
	} else {
		v.Title.SetText(i18n.N("%[2]s · %[1]d exercises", len(v.current.Items), v.current.Name))
		v.Overall.Object().Show()
	}
	// plan.Assess resolves free text the same way the command line and the
	// handout do, so all three show the same levels.
	as, err := plan.Assess(v.current, lib, v.p.context())
	pa := as.Result
	v.resolved = v.resolved[:0]
	for _, r := range as.Resolved {
		v.resolved = append(v.resolved, r.Resolution)
	}
	if err != nil {
		v.Message.SetText(i18n.L("The plan could not be assessed: ") + jsonfile.OneLine(err.Error()))
		pa = risk.PlanAssessment{}
		for _, it := range v.current.Items {
			v.resolved = append(v.resolved, exercise.Resolution{Input: it.Exercise, How: exercise.MatchNone})
			pa.Items = append(pa.Items, risk.Assessment{ExerciseID: it.Exercise, Level: risk.NotAssessed})
		}
	}
	v.assessment = pa
	v.Overall.Set(pa.Level)
	v.Overall.Label.SetText(i18n.F("Highest: %s", flagWords(pa.Level)))

	v.Notes.RemoveAll()
	if len(v.current.Items) > 0 {
		for _, n := range pa.Notes {
			text := widget.NewLabel(libtext.Note(i18n.Current(), n) + sourceSuffix(lib, n.Evidence))
			text.Wrapping = fyne.TextWrapWord
			v.Notes.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.NewWarningThemedResource(theme.InfoIcon())), nil, text))
		}
	}

	v.Rows = v.Rows[:0]
	v.items.RemoveAll()
	for i := range v.current.Items {
		row := v.newRow(i)
		v.Rows = append(v.Rows, row)
		v.items.Add(row.box)
	}
	switch {
	case v.currentID == 0:
		v.Empty.SetText(i18n.L("Create a plan with “New plan”, or copy one of the starter plans. Adding an exercise also starts a plan."))
		v.Empty.Show()
	case len(v.current.Items) == 0:
		v.Empty.SetText(i18n.L("No exercises yet: choose one in the library and press “Add to plan”."))
		v.Empty.Show()
	default:
		v.Empty.Hide()
	}
	v.items.Refresh()
	v.Why.reshow()
	// The notes and rows change the header's height; re-lay out the whole
	// pane so nothing is left at its old size until the next resize.
	if v.content != nil {
		v.content.Refresh()
	}
}

func sourceSuffix(lib *exercise.Library, ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return " " + i18n.F("(Sources: %s)", sources(lib, ids))
}

func (v *PlanView) newRow(i int) *ItemRow {
	it := v.current.Items[i]
	a := v.assessment.Items[i]
	// The short flag ("High risk"), as the library's: the long one left a
	// 1024 px screen no room for the name. "Why?" gives the whole of it.
	r := &ItemRow{Flag: newFlag(true)}
	r.Flag.Set(a.Level)
	name := it.Exercise
	if a.Name != "" {
		name = libtext.Name(i18n.Current(), a.Name)
	}
	r.Name = widget.NewLabelWithStyle(name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	r.Name.Truncation = fyne.TextTruncateEllipsis
	dose := it.Dose()
	if it.RestSeconds > 0 {
		dose += " · " + i18n.F("rest %d s", it.RestSeconds)
	}
	r.Dose = widget.NewLabel(dose)
	r.Resolution = widget.NewLabel("")
	r.Resolution.Wrapping = fyne.TextWrapWord
	r.Resolution.TextStyle = fyne.TextStyle{Italic: true}
	if res := v.resolved[i]; res.How != exercise.MatchID {
		r.Resolution.SetText(resolutionText(res))
	} else {
		r.Resolution.Hide()
	}
	// The item buttons scroll the list to themselves when Tab reaches them.
	r.Why = inview.NewButton(i18n.L("Why?"), theme.QuestionIcon(), func() { v.Why.showItem(i) })
	r.Swap = inview.NewButton("", theme.ViewRefreshIcon(), func() { v.Swap(i) })
	if len(a.Alternatives) > 0 {
		r.Swap.SetText(i18n.F("Swap for safer: %s", libtext.Name(i18n.Current(), a.Alternatives[0].Name)))
	} else {
		r.Swap.Hide()
	}
	r.Remove = inview.NewButton(i18n.L("Remove"), theme.DeleteIcon(), func() { v.Remove(i) })
	r.Why.Scroll, r.Swap.Scroll, r.Remove.Scroll = v.scroll, v.scroll, v.scroll
	k := v.p.deps.Keys
	r.Why.Keys, r.Swap.Keys, r.Remove.Keys = k, k, k
	flag := container.New(flagCell{short: true}, r.Flag.Object())
	// One line per item, its actions at its end: with the actions on a line
	// of their own, 1024x600 showed one item and a half. A safer swap, long
	// with its alternative's name, goes under the item when there is one.
	top := container.NewBorder(nil, nil, flag, container.NewHBox(r.Dose, r.Why, r.Remove), r.Name)
	box := container.NewVBox(top, r.Resolution)
	if r.Swap.Visible() {
		box.Add(container.NewHBox(r.Swap))
	}
	box.Add(widget.NewSeparator())
	r.box = box
	return r
}

// Object is the row's canvas object.
func (r *ItemRow) Object() fyne.CanvasObject { return r.box }

func resolutionText(r exercise.Resolution) string {
	switch {
	case r.ByOtherName():
		return i18n.F("“%s” read as %s (another name for it).", jsonfile.Clip(r.Input, 40), libtext.Name(i18n.Current(), r.Name))
	case r.How == exercise.MatchName, r.How == exercise.MatchAlias:
		return i18n.F("“%s” read as %s.", jsonfile.Clip(r.Input, 40), libtext.Name(i18n.Current(), r.Name))
	case r.How == exercise.MatchClose:
		return i18n.F("“%s” read as %s: did you mean “%s”? If not, remove this item.", jsonfile.Clip(r.Input, 40), libtext.Name(i18n.Current(), r.Name), r.Matched)
	}
	return i18n.F("“%s” is not in the library, so it is not assessed (not assessed does not mean safe).", jsonfile.Clip(r.Input, 40))
}

// add appends it to the open plan, starting "My plan" when none is open.
func (v *PlanView) add(it plan.Item) error {
	if len(v.current.Items) >= plan.MaxItems {
		return errors.New(i18n.F("the plan already has %d exercises, the limit is %d", len(v.current.Items), plan.MaxItems))
	}
	if v.currentID == 0 {
		id, err := v.p.deps.Store.CreatePlan(plan.Plan{Name: i18n.L("My plan"), Items: []plan.Item{}})
		if err != nil {
			return fmt.Errorf("%s", planErr(err))
		}
		v.currentID, v.current = id, plan.Plan{Name: i18n.L("My plan")}
	}
	next := v.current
	next.Items = append(slices.Clone(v.current.Items), it)
	return v.save(next)
}

// save stores next as the open plan and redraws; on failure nothing changes.
func (v *PlanView) save(next plan.Plan) error {
	if err := next.Validate(); err != nil {
		return fmt.Errorf("%s", planErr(err))
	}
	if err := v.p.deps.Store.SavePlan(v.currentID, next); err != nil {
		return fmt.Errorf("%s", planErr(err))
	}
	v.current = next
	v.refresh()
	v.p.Plans.reload(v.currentID)
	return nil
}

// Swap replaces item i with its first safer alternative, keeping the dose
// where it fits the new exercise.
func (v *PlanView) Swap(i int) {
	if i < 0 || i >= len(v.current.Items) {
		return
	}
	a := v.assessment.Items[i]
	if len(a.Alternatives) == 0 {
		v.Message.SetText(i18n.F("No safer alternative is listed for %s.", libtext.Name(i18n.Current(), a.Name)))
		return
	}
	alt, ok := v.p.deps.Library.Get(a.Alternatives[0].ID)
	if !ok {
		return
	}
	old := v.current.Items[i]
	next := v.current
	next.Items = slices.Clone(v.current.Items)
	next.Items[i] = swapDose(old, alt)
	if err := v.save(next); err != nil {
		v.Message.SetText(i18n.L("Not swapped — ") + err.Error())
		return
	}
	v.Message.SetText(i18n.F("Swapped %s for %s (%s).", a.Name, alt.Name, next.Items[i].Dose()))
	if v.Why.item == i {
		v.Why.showItem(i)
	}
}

// swapDose carries sets and rest over; a count becomes a short hold for an
// isometric alternative and a hold becomes a modest count for a dynamic one,
// and a high count is brought under the fatigue threshold.
func swapDose(old plan.Item, alt exercise.Exercise) plan.Item {
	it := plan.Item{Exercise: alt.ID, Sets: old.Sets, RestSeconds: old.RestSeconds}
	if alt.Attributes.Mode == exercise.ModeIsometric {
		it.HoldSeconds = old.HoldSeconds
		if it.HoldSeconds == 0 {
			it.HoldSeconds = risk.HoldLimit
		}
		return it
	}
	it.Reps = old.Reps
	if it.Reps == 0 {
		it.Reps = 8
	}
	it.Reps = min(it.Reps, risk.VolumeReps-3)
	return it
}

// Remove deletes item i from the open plan.
func (v *PlanView) Remove(i int) {
	if i < 0 || i >= len(v.current.Items) {
		return
	}
	removed := v.current.Items[i]
	name := removed.Exercise
	if n := v.assessment.Items[i].Name; n != "" {
		name = n
	}
	next := v.current
	next.Items = slices.Delete(slices.Clone(v.current.Items), i, i+1)
	if err := v.save(next); err != nil {
		v.Message.SetText(i18n.L("Not removed — ") + err.Error())
		return
	}
	v.Why.clear()
	v.Message.SetText(i18n.F("Removed %s (%s).", name, removed.Dose()))
}
