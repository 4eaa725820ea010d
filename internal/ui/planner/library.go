package planner

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

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
	"github.com/corecue/corecue/internal/ui/diagram"
	"github.com/corecue/corecue/internal/ui/inview"
	"github.com/corecue/corecue/internal/ui/settings"
)

// thumbSize is a list row's picture: large enough to tell a curl from a
// plank, small enough that a row stays two lines of text high.
var thumbSize = fyne.NewSize(96, 64)

// LibraryView browses and searches the library and adds the chosen
// exercise to the current plan.
type LibraryView struct {
	p          *Planner
	Search     *inview.Entry
	DidYouMean *Status // how the search text was read, when not as typed
	List       *widget.List

	// The chosen exercise and its dose.
	Name        *widget.Label
	Flag        *Flag
	Why         *widget.Label
	Description *widget.Label
	Sets        *widget.Entry
	Reps        *widget.Entry
	Hold        *widget.Entry
	Rest        *widget.Entry
	Add         *submitButton
	Explain     *inview.Button // "Why?": the full reasons in the why panel
	Message     *Status

	results  []exercise.Exercise
	assessed map[string]risk.Assessment
	selected string // exercise id, "" when none
	// varied is the search text read as an exercise done a certain way
	// ("decline crunches"); choosing that exercise shows and adds it so.
	varied exercise.Resolution
	detail *fyne.Container
	// head is the detail's name, dose and buttons, always in view; the
	// longer text scrolls in detailText under it.
	head       *fyne.Container
	detailText *container.Scroll
	hint       *widget.Label
	// below is what the split shows under the list: the hint or the
	// detail. It is laid out again when one replaces the other, so the
	// fields get their width at once rather than on the next resize.
	below   *fyne.Container
	split   *container.Split // the list above the detail
	content *fyne.Container
}

func newLibraryView(p *Planner) *LibraryView {
	l := &LibraryView{p: p, assessed: map[string]risk.Assessment{}}
	l.Search = inview.NewEntry()
	l.Search.SetPlaceHolder(i18n.L("Search by name or another name, e.g. sit ups"))
	l.Search.OnChanged = func(string) { l.filter() }
	l.Search.OnSubmitted = func(string) {
		if len(l.results) > 0 {
			l.List.Select(0)
		}
	}
	l.DidYouMean = newStatus(true)

	l.List = widget.NewList(
		func() int { return len(l.results) },
		func() fyne.CanvasObject {
			f := newFlag(true)
			// Name and reason in one text: two labels padded each line
			// on its own and left room for two rows at 1024x600.
			lines := widget.NewRichText(rowSegments("Exercise name", "why")...)
			lines.Truncation = fyne.TextTruncateEllipsis
			pic := diagram.NewThumb(thumbSize)
			return container.NewBorder(nil, nil, container.NewHBox(pic, container.New(flagCell{short: true}, f.Object())), nil, lines)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { l.fillRow(i, o) },
	)
	l.List.OnSelected = func(i widget.ListItemID) {
		if i >= 0 && i < len(l.results) {
			l.choose(l.results[i].ID)
		}
	}

	l.Name = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.Name.Wrapping = fyne.TextWrapWord
	l.Flag = newFlag(false)
	l.Why = widget.NewLabel("")
	l.Why.Wrapping = fyne.TextWrapWord
	l.Description = widget.NewLabel("")
	l.Description.Wrapping = fyne.TextWrapWord
	entry := func(hint string) *widget.Entry {
		e := widget.NewEntry()
		e.SetPlaceHolder(hint)
		e.OnSubmitted = func(string) { l.AddToPlan() }
		return e
	}
	l.Sets = entry(fmt.Sprintf("%d–%d", plan.MinSets, plan.MaxSets))
	l.Reps = entry(fmt.Sprintf("%d–%d", plan.MinReps, plan.MaxReps))
	l.Hold = entry(fmt.Sprintf("%d–%d", plan.MinHold, plan.MaxHold))
	l.Rest = entry(fmt.Sprintf("0–%d", plan.MaxRest))
	l.Add = newSubmitButton(i18n.L("Add to plan"), theme.ContentAddIcon(), l.AddToPlan)
	l.Add.Importance = widget.HighImportance
	l.Message = newStatus(true)
	l.Explain = inview.NewButton(i18n.L("Why?"), theme.QuestionIcon(), func() { p.Plan.Why.showExercise(l.selected) })
	l.Search.Keys, l.Add.Keys, l.Explain.Keys = p.deps.Keys, p.deps.Keys, p.deps.Keys

	dose := container.NewGridWithColumns(4,
		labelled(i18n.L("Sets"), l.Sets), labelled(i18n.L("Reps"), l.Reps),
		labelled(i18n.L("or hold (s)"), l.Hold), labelled(i18n.L("Rest (s)"), l.Rest))
	// The name, its dose and the two buttons stay in view; only the longer
	// text under them scrolls. Scrolled all together in a pane about 100
	// px high at 1024x600, the buttons showed their top half: the mouse
	// wheel stopped as soon as a dose field came under the pointer, since
	// Fyne hands a wheel turn to the innermost scroller there and an entry
	// is one. The text may shrink to nothing, so that the head alone is
	// what the column must find room for on a short screen.
	l.head = container.NewVBox(
		container.NewBorder(nil, nil, nil, l.Flag.Object(), l.Name),
		dose, container.NewHBox(l.Add, l.Explain))
	l.detailText = container.NewVScroll(container.NewVBox(l.Message, l.Why, l.Description))
	l.detail = container.NewBorder(l.head, nil, nil, nil, container.New(noMinHeight{}, l.detailText))
	l.detail.Hide()
	hint := widget.NewLabel(i18n.L("Choose an exercise to see why it has its level and to add it to your plan."))
	hint.Wrapping = fyne.TextWrapWord
	hint.TextStyle = fyne.TextStyle{Italic: true}

	// No "Exercise library" title over the search box (whose placeholder
	// says what it searches): at 1024x600 its line was one the list needed.
	top := container.NewVBox(l.Search, l.DidYouMean)
	l.hint = hint
	// A split rather than a fixed footer: the detail needs room for its
	// dose fields, and at 800 pixels high the list and detail share it.
	l.below = container.NewStack(container.NewVScroll(hint), l.detail)
	l.split = container.NewVSplit(l.List, l.below)
	l.split.Offset = listAt
	l.content = readingBorder(top, nil, l.split)
	// The note above the list moves the list when it comes or goes.
	l.DidYouMean.box = l.content
	l.refresh()
	return l
}

// labelled is a dose field with its name above it, in a line no taller
// than its words, so the detail's head fits a 1024x600 screen.
func labelled(label string, o fyne.CanvasObject) fyne.CanvasObject {
	return container.NewVBox(settings.Tight(widget.NewLabel(label)), o)
}

// noMinHeight asks no height for what it holds, a scroller that may
// shrink to nothing, and gives it all the room it has.
type noMinHeight struct{}

func (noMinHeight) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(objs[0].MinSize().Width, 0)
}

func (noMinHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

// Content is the library pane.
func (l *LibraryView) Content() fyne.CanvasObject { return l.content }

// Results are the exercises the list shows now, in order.
func (l *LibraryView) Results() []exercise.Exercise { return l.results }

// Selected is the chosen exercise's id, "" when none.
func (l *LibraryView) Selected() string { return l.selected }

// Level is the level the list shows for exercise id.
func (l *LibraryView) Level(id string) risk.Level { return l.assessed[id].Level }

func (l *LibraryView) fillRow(i widget.ListItemID, o fyne.CanvasObject) {
	if i >= len(l.results) {
		return
	}
	ex := l.results[i]
	a := l.assessed[ex.ID]
	row := o.(*fyne.Container)
	lines := row.Objects[0].(*widget.RichText)
	left := row.Objects[1].(*fyne.Container)
	left.Objects[0].(*diagram.Thumb).SetExercise(ex.ID)
	badge := left.Objects[1].(*fyne.Container).Objects[0].(*fyne.Container)
	lines.Segments = rowSegments(libtext.Name(i18n.Current(), ex.Name), shortWhy(a))
	lines.Refresh()
	badge.Objects[0].(*widget.Icon).SetResource(flagIcon(a.Level))
	lbl := badge.Objects[1].(*widget.Label)
	lbl.Importance = flagImportance(a.Level)
	lbl.SetText(flagShort(a.Level))
}

// rowSegments are a library row's two lines: the name in bold, the short
// reason for its level under it.
func rowSegments(name, why string) []widget.RichTextSegment {
	bold := widget.RichTextStyleStrong
	bold.Inline = false
	return []widget.RichTextSegment{
		&widget.TextSegment{Style: bold, Text: name},
		&widget.TextSegment{Style: widget.RichTextStyleParagraph, Text: why},
	}
}

// refresh reassesses every exercise for the current context.
func (l *LibraryView) refresh() {
	ctx := l.p.context()
	for _, ex := range l.p.deps.Library.Exercises() {
		a, err := l.p.engine.Exercise(ex.ID, ctx)
		if err != nil {
			a = risk.Assessment{ExerciseID: ex.ID, Name: ex.Name, Level: risk.NotAssessed,
				Reasons: []risk.Reason{{Text: i18n.L("Could not be assessed: ") + jsonfile.OneLine(err.Error())}}}
		}
		l.assessed[ex.ID] = a
	}
	l.filter()
	if l.selected != "" {
		l.choose(l.selected)
	}
}

// filter applies the search text. Free text that is not a substring of any
// name resolves through aliases and close matches, and says so.
func (l *LibraryView) filter() {
	lib := l.p.deps.Library
	q := strings.TrimSpace(l.Search.Text)
	l.results = lib.SearchAlso(q, func(e exercise.Exercise) []string { return []string{libtext.Name(i18n.Current(), e.Name)} })
	l.varied = exercise.Resolution{}
	note := ""
	if q != "" {
		r := lib.Resolve(q)
		if r.Exact() && len(r.Variations) > 0 {
			l.varied = r
		}
		// What the text names exactly comes first, so "situps" lists Sit-up
		// above Decline sit-up and Enter picks it.
		if r.Found() {
			for i, e := range l.results {
				if e.ID == r.ID {
					copy(l.results[1:i+1], l.results[:i])
					l.results[0] = e
					break
				}
			}
		}
		note = l.note(q, r)
	}
	if note != l.DidYouMean.Text {
		l.DidYouMean.SetText(note)
	}
	l.List.UnselectAll()
	l.List.Refresh()
	l.follow(q)
}

// note says how the search text q, resolved as r, was read when that is
// not simply as typed, and what to try when nothing matches.
func (l *LibraryView) note(q string, r exercise.Resolution) string {
	switch {
	case l.varied.Found():
		return i18n.F("“%s” is %s: choose it to see it assessed and add it that way.", jsonfile.Clip(q, 40), libtext.Name(i18n.Current(), r.Name))
	case r.How == exercise.MatchClose:
		return i18n.F("Did you mean “%s”? Showing it for “%s”.", libtext.Name(i18n.Current(), r.Name), jsonfile.Clip(q, 40))
	case r.ByOtherName():
		return i18n.F("“%s” is another name for %s.", jsonfile.Clip(q, 40), libtext.Name(i18n.Current(), r.Name))
	case len(l.results) == 0 && len(r.Suggestions) > 0:
		var names []string
		for _, id := range r.Suggestions {
			if ex, ok := l.p.deps.Library.Get(id); ok {
				names = append(names, "“"+libtext.Name(i18n.Current(), ex.Name)+"”")
			}
		}
		return i18n.F("Nothing matches “%s”. Did you mean %s?", jsonfile.Clip(q, 40), strings.Join(names, i18n.L(" or ")))
	case len(l.results) == 0:
		return i18n.F("Nothing in the library matches “%s”.", jsonfile.Clip(q, 40))
	}
	return ""
}

// follow keeps the detail panel in step with a new search: what the text
// names is shown, and an exercise the results no longer list is not.
func (l *LibraryView) follow(q string) {
	if q != "" && len(l.results) > 0 && l.p.deps.Library.Resolve(q).Found() {
		if id := l.results[0].ID; id != l.selected {
			l.choose(id)
		}
		return
	}
	for _, e := range l.results {
		if e.ID == l.selected {
			return
		}
	}
	l.selected = ""
	l.detail.Hide()
	l.hint.Show()
	l.below.Refresh()
}

// choose shows exercise id in the detail area with a default dose.
func (l *LibraryView) choose(id string) {
	ex, ok := l.p.deps.Library.Get(id)
	if !ok {
		return
	}
	changed := l.selected != id
	l.selected = id
	a, name := l.assessed[id], ex.Name
	if l.varied.ID == id {
		if va, err := l.p.engine.Item(risk.Item{ExerciseID: id, Variations: l.varied.Variations}, l.p.context()); err == nil {
			a, name = va, va.Name
		}
	}
	l.Name.SetText(libtext.Name(i18n.Current(), name))
	l.Flag.Set(a.Level)
	l.Why.SetText(shortWhy(a) + ".")
	l.Description.SetText(libtext.Text(i18n.Current(), ex.Description))
	if changed {
		l.Sets.SetText("3")
		l.Rest.SetText("30")
		if ex.Attributes.Mode == exercise.ModeIsometric {
			l.Reps.SetText("")
			l.Hold.SetText(strconv.Itoa(risk.HoldLimit))
			l.Sets.SetText("3")
		} else {
			l.Reps.SetText("10")
			l.Hold.SetText("")
			l.Sets.SetText("2")
		}
		l.Message.SetText("")
	}
	l.hint.Hide()
	l.detail.Show()
	// The detail takes its room when it has an exercise to show, never
	// room the person gave the list back from it.
	if at := l.detailAt(); l.split != nil && l.split.Offset > at {
		l.split.SetOffset(at)
	}
	l.below.Refresh()
	l.detailText.Refresh()
}

// The library's list takes listAt of the pane while no exercise is chosen
// (the detail is then a one-line hint), at most detailAt once one is: the
// list is what people scan, the detail needs room for its dose and "Add to
// plan" and a few lines of the text that scrolls under them. The list keeps
// listRows rows whatever the detail's text wants: at 1024x600 it shrank to
// one row, and of seven matches for "crunch" only Crunch showed.
const (
	listAt   = 0.8
	detailAt = 0.6
	listRows = 3
	// textLines is how many lines of its text the detail shows under its
	// head when the screen has the room.
	textLines = 4
)

// detailAt is the split's offset that gives the detail its head and
// textLines of text, or detailAt when that leaves the list more.
func (l *LibraryView) detailAt() float64 {
	if l.split == nil {
		return detailAt
	}
	pad := theme.Padding()
	room := l.split.Size().Height - 2*pad // the divider takes twice the padding
	line := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height
	want := l.head.MinSize().Height + pad + textLines*line + 2*theme.InnerPadding()
	if room <= 0 {
		return 0
	}
	rows := listRows * (l.List.CreateItem().MinSize().Height + theme.SeparatorThicknessSize())
	// The split itself keeps the head whole: it never gives a side less
	// than its minimum.
	return min(detailAt, max(float64(1-want/room), float64(rows/room)))
}

// AddToPlan reads the dose and appends the chosen exercise to the current
// plan, refusing bad input with a message that names the field.
func (l *LibraryView) AddToPlan() {
	if l.selected == "" {
		l.refuse(i18n.L("Not added — choose an exercise in the list first."))
		return
	}
	it, err := l.dose()
	if err != nil {
		l.refuse(i18n.L("Not added — ") + err.Error())
		return
	}
	if err := l.p.Plan.add(it); err != nil {
		l.refuse(i18n.L("Not added — ") + err.Error())
		return
	}
	l.say(widget.SuccessImportance, i18n.F("Added %s (%s) to “%s”.", l.Name.Text, it.Dose(), l.p.Plan.current.Name))
}

func (l *LibraryView) refuse(msg string) {
	l.say(widget.DangerImportance, msg)
}

// say shows msg at the top of the detail's text, scrolled into view.
func (l *LibraryView) say(imp widget.Importance, msg string) {
	l.Message.Say(imp, msg)
	l.detailText.Refresh()
	l.detailText.ScrollToTop()
}

func (l *LibraryView) dose() (plan.Item, error) {
	it := plan.Item{Exercise: l.selected}
	if l.varied.ID == l.selected {
		it.Exercise = l.varied.Canonical()
	}
	num := func(field string, e *widget.Entry, dst *int, optional bool) error {
		t := strings.TrimSpace(e.Text)
		if t == "" {
			if optional {
				return nil
			}
			return errors.New(i18n.F("%s: enter a whole number", i18n.L(field)))
		}
		n, err := strconv.Atoi(t)
		if err != nil {
			return errors.New(i18n.F("%s: %q is not a whole number", i18n.L(field), jsonfile.Clip(t, 20)))
		}
		*dst = n
		return nil
	}
	if err := num("sets", l.Sets, &it.Sets, false); err != nil {
		return it, err
	}
	if err := num("reps", l.Reps, &it.Reps, true); err != nil {
		return it, err
	}
	if err := num("hold", l.Hold, &it.HoldSeconds, true); err != nil {
		return it, err
	}
	if err := num("rest", l.Rest, &it.RestSeconds, true); err != nil {
		return it, err
	}
	// Zero is a value the person typed; it must fail the range check rather
	// than read as "not given".
	if strings.TrimSpace(l.Reps.Text) != "" && it.Reps == 0 {
		return it, errors.New(i18n.F("reps 0 is outside %d–%d", plan.MinReps, plan.MaxReps))
	}
	if strings.TrimSpace(l.Hold.Text) != "" && it.HoldSeconds == 0 {
		return it, errors.New(i18n.F("hold 0 s is outside %d–%d s", plan.MinHold, plan.MaxHold))
	}
	if err := checkItem(it); err != nil {
		return it, err
	}
	return it, nil
}
