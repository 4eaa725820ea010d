package kiosk

import (
	"cmp"
	"fmt"
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/figure/moves"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/libtext"
	"github.com/corecue/corecue/internal/ui/column"
	"github.com/corecue/corecue/internal/ui/diagram"

	"github.com/corecue/corecue/internal/kiosk"
	"github.com/corecue/corecue/internal/risk"
)

const safetyTitle = "Is my workout safe for my back?"

// safetyScreen shows the step the visitor is at: the red-flag questions one
// at a time, the seek-care notice after any yes, the exercise picker, or
// the results.
func (k *Kiosk) safetyScreen() fyne.CanvasObject {
	v := k.m.Visitor()
	flags := risk.RedFlags()
	for i, f := range flags {
		if v.Answers[f.ID] {
			return k.seekCare(flags, i)
		}
	}
	switch {
	case !v.Cleared:
		return k.question(flags, min(v.Question, len(flags)-1))
	case v.Results:
		return k.results(v)
	}
	return k.picker(v)
}

// question asks red flag i with two large answers.
func (k *Kiosk) question(flags []risk.RedFlag, i int) fyne.CanvasObject {
	f := flags[i]
	answer := func(yes bool) func() {
		return func() {
			k.act(func() {
				k.m.Answer(f.ID, yes, i+1)
				if !yes && i == len(flags)-1 {
					k.m.ClearFlags(true)
				}
			})
		}
	}
	no := newButton(k.ptr, i18n.L("No"), theme.ConfirmIcon(), answer(false))
	yes := newButton(k.ptr, i18n.L("Yes"), theme.WarningIcon(), answer(true))
	no.height, yes.height = 88, 88
	back := newButton(k.ptr, i18n.L("Back"), theme.NavigateBackIcon(), func() {
		k.act(func() {
			if i == 0 {
				k.m.Go(kiosk.Home)
			} else {
				k.m.SetQuestion(i - 1)
			}
		})
	})
	intro := para(i18n.L("Some back problems need a clinician before any exercise. Answer for how things are now."), theme.SizeNameText, false)
	count := text(i18n.F("Question %d of %d", i+1, len(flags)), 1.2, true, fyne.TextAlignLeading)
	count.Color = theme.Color(theme.ColorNamePrimary)
	size := theme.SizeNameHeadingText
	if k.compact() {
		size = theme.SizeNameSubHeadingText
	}
	q := para(i18n.L(f.Question), size, true)
	// The answers stay put whatever the question's length, so a quick
	// visitor never taps where a button was a moment ago.
	answers := big(container.NewGridWithColumns(2, no, yes), 1.5)
	body := container.NewVBox(intro, widget.NewSeparator(), count, q)
	bottom := container.NewBorder(nil, nil, container.NewVBox(layout.NewSpacer(), back), nil, container.New(column.Inset{Side: 24, Top: 8}, answers))
	return k.frame(i18n.L(safetyTitle), body, bottom, true)
}

// seekCare is the stop sign after any red-flag yes. The visitor is sitting
// in the clinic, so the first thing it asks is to tell the reception.
func (k *Kiosk) seekCare(flags []risk.RedFlag, i int) fyne.CanvasObject {
	head := para(i18n.L(seekCareHead), theme.SizeNameHeadingText, true)
	head.Importance = widget.DangerImportance
	rows := container.NewVBox(head, para(i18n.L(seekCareHere), theme.SizeNameSubHeadingText, false),
		para(i18n.F("You answered yes to: %s", i18n.L(flags[i].Question)), theme.SizeNameText, false))
	undo := newButton(k.ptr, i18n.L("I tapped Yes by mistake"), theme.NavigateBackIcon(), func() {
		k.act(func() { k.m.Unanswer(flags[i].ID, i) })
	})
	return k.frame(i18n.L(safetyTitle), container.NewVScroll(rows), container.NewHBox(undo), true)
}

// The Yes screen's words: they send the visitor to a clinician through the
// people a few metres away, not to "your doctor or clinic" they are sitting in.
const (
	seekCareHead = "Please tell the reception now"
	// Not "show this screen": the idle reset clears it. The signs of cauda
	// equina syndrome get the same emergency route as in the app, whatever
	// their onset, for a desk that may be busy or closed.
	seekCareHere = "Before you try any exercise, a clinician should check what you told us: it can be a sign " +
		"of a problem that needs care. Tell the reception now. Numbness around the bottom or new bladder " +
		"or bowel trouble needs urgent care now (in the UK call 111 or go to A&E)."
)

// picker asks how today is, then lets the visitor tap the exercises they
// do. The two questions come first, so they are on screen without
// scrolling, and neither has an answer until the visitor gives one.
func (k *Kiosk) picker(v kiosk.Visitor) fyne.CanvasObject {
	pain := container.NewGridWithColumns(11)
	for n := 0; n <= 10; n++ {
		b := newButton(k.ptr, fmt.Sprint(n), nil, func() { k.act(func() { k.m.SetPain(n) }) })
		b.width = MinTarget // eleven in a row must fit a 1024 px screen
		if v.Pain == n {
			b.Importance = widget.HighImportance
		}
		pain.Add(b)
	}
	legNo := newButton(k.ptr, i18n.L("No"), nil, func() { k.act(func() { k.m.SetLeg(false) }) })
	legYes := newButton(k.ptr, i18n.L("Yes"), nil, func() { k.act(func() { k.m.SetLeg(true) }) })
	switch {
	case v.LegSaid && v.Leg:
		legYes.Importance = widget.HighImportance
	case v.LegSaid:
		legNo.Importance = widget.HighImportance
	}
	grid := container.New(&flowGrid{cell: 300})
	for _, ex := range k.deps.Library.Exercises() {
		grid.Add(k.exerciseTile(ex.ID, libtext.Name(i18n.Current(), ex.Name), v.Selected[ex.ID]))
	}
	list := container.NewVBox(
		para(i18n.L("Back pain right now? 0 is none, 10 the worst (you may skip this)"), theme.SizeNameText, true), pain,
		para(i18n.L("Pain, numbness or tingling below the knee today?"), theme.SizeNameText, true),
		container.NewGridWithColumns(4, legNo, legYes),
		widget.NewSeparator(),
		para(i18n.L("Tap every exercise you do. Then press Check."), theme.SizeNameSubHeadingText, true),
		grid,
	)
	scroll := container.NewVScroll(clearOfBar(list))
	scroll.Offset.Y = v.Scroll["safety"]
	scroll.OnScrolled = func(p fyne.Position) { k.m.SetScroll("safety", p.Y) }
	check := newButton(k.ptr, i18n.N("Check my %d exercises", len(v.Selected)), theme.NavigateNextIcon(), func() {
		k.act(func() { k.m.ShowResults(true) })
	})
	check.Importance = widget.HighImportance
	if len(v.Selected) == 0 {
		// Until an exercise is tapped, what to do, as words where Check
		// will be: on a greyed button they were light grey on grey, too
		// faint to read.
		say := para(i18n.L("Tap the exercises you do"), theme.SizeNameText, true)
		say.Alignment = fyne.TextAlignTrailing
		return k.frame(i18n.L(safetyTitle), scroll, say, true)
	}
	return k.frame(i18n.L(safetyTitle), scroll, container.NewHBox(layout.NewSpacer(), check), true)
}

// clearOfBar keeps o's right edge clear of the scroll bar Fyne draws over
// the right of what it scrolls: at 1920x1080 the pain question's "10" ran
// under it.
func clearOfBar(o fyne.CanvasObject) fyne.CanvasObject {
	gap := canvas.NewRectangle(color.Transparent)
	gap.SetMinSize(fyne.NewSize(theme.Size(theme.SizeNameScrollBar)+theme.Padding(), 0))
	return container.NewBorder(nil, nil, nil, gap, o)
}

// results shows each chosen exercise's flag, why (with its source) and the
// safer alternative, the riskiest first.
func (k *Kiosk) results(v kiosk.Visitor) fyne.CanvasObject {
	ctx := risk.Context{Pain: max(v.Pain, 0), LegSymptoms: v.Leg}
	lib := k.deps.Library
	var done []risk.Assessment
	cards := container.NewVBox()
	for _, ex := range lib.Exercises() {
		if !v.Selected[ex.ID] {
			continue
		}
		a, err := k.engine.Exercise(ex.ID, ctx)
		if err != nil {
			cards.Add(para(i18n.F("%s: could not be checked", libtext.Name(i18n.Current(), ex.Name)), theme.SizeNameText, false))
			continue
		}
		done = append(done, a)
	}
	slices.SortStableFunc(done, func(a, b risk.Assessment) int { return cmp.Compare(b.Level, a.Level) })
	if v.Leg {
		cards.Add(k.legAnswer(done))
	}
	for _, a := range done {
		cards.Add(k.card(a))
	}
	cards.Add(para(i18n.L(risk.Disclaimer), theme.SizeNameText, false))
	scroll := container.NewVScroll(cards)
	scroll.OnScrolled = func(p fyne.Position) { k.m.SetScroll("results", p.Y) }
	change := newButton(k.ptr, i18n.L("Change my exercises"), theme.NavigateBackIcon(), func() { k.act(func() { k.m.ShowResults(false) }) })
	book := newButton(k.ptr, i18n.L(bookLabel), theme.MailComposeIcon(), func() { k.act(k.m.Book) })
	book.Importance = widget.HighImportance
	return k.frame(i18n.L(safetyTitle), scroll, container.NewHBox(change, layout.NewSpacer(), book), true)
}

// card is one exercise's result: its heading with the level's mark beside
// it, each reason with its source, what today changed and the safer choice.
func (k *Kiosk) card(a risk.Assessment) fyne.CanvasObject {
	badge := canvas.NewRectangle(levelColour(a.Level))
	badge.CornerRadius = 8
	badge.SetMinSize(fyne.NewSize(28, 28))
	title := para(libtext.Name(i18n.Current(), a.Name)+": "+i18n.L(a.Level.ForYourBack()), theme.SizeNameSubHeadingText, true)
	rows := container.NewVBox(container.NewBorder(nil, nil, container.NewCenter(badge), nil, title))
	cite := func(ids []string) {
		if l := k.source(ids); l != nil {
			rows.Add(l)
		}
	}
	for _, r := range a.Reasons {
		rows.Add(para(i18n.F("Why: %s", libtext.Reason(i18n.Current(), r)), theme.SizeNameText, false))
		cite(r.Evidence)
	}
	for _, m := range a.Modifiers {
		rows.Add(para(i18n.F("Today: %s", libtext.Modifier(i18n.Current(), m)), theme.SizeNameText, false))
		cite(m.Evidence)
	}
	if len(a.Alternatives) > 0 {
		alt := a.Alternatives[0]
		line := para(i18n.F("Safer alternative: %s (%s)", libtext.Name(i18n.Current(), alt.Name), i18n.L(alt.Level.ForYourBack())), theme.SizeNameText, true)
		rows.Add(container.NewBorder(nil, nil, picture(alt.ID, altPicture), nil, line))
	}
	size := resultPicture
	if k.compact() {
		size = altPicture // on a small screen the words need the width
	}
	return container.NewVBox(container.NewPadded(container.NewBorder(nil, nil, picture(a.ExerciseID, size), nil, rows)), widget.NewSeparator())
}

// source is the line naming the evidence ids as a person reads them
// (author, year, title), or nil when the library knows none of them.
func (k *Kiosk) source(ids []string) *widget.Label {
	var names []string
	for _, id := range ids {
		if ev, ok := k.deps.Library.Evidence(id); ok {
			names = append(names, ev.Citation)
		}
	}
	if len(names) == 0 {
		return nil
	}
	l := para(i18n.F("Source: %s", exercise.JoinCitations(names)), theme.SizeNameCaptionText, false)
	l.TextStyle.Italic = true
	return l
}

// legAnswer says, above the cards, what the answer "yes" to symptoms below
// the knee changed: the exercises the leg-symptoms rule raised, with why
// and its source, or that it changed none of them (the visitor who said yes
// was otherwise told nothing about it when no chosen exercise is one the
// rule raises).
func (k *Kiosk) legAnswer(done []risk.Assessment) fyne.CanvasObject {
	var names []string
	var ev []string
	for _, a := range done {
		for _, m := range a.Modifiers {
			if m.Rule == risk.RuleLegSymptoms {
				names = append(names, libtext.Name(i18n.Current(), a.Name))
				for _, id := range m.Evidence {
					if !slices.Contains(ev, id) {
						ev = append(ev, id)
					}
				}
			}
		}
	}
	if len(names) == 0 {
		return container.NewVBox(para(i18n.L(legChangedNone), theme.SizeNameText, false), widget.NewSeparator())
	}
	box := container.NewVBox(para(i18n.F(legRaised, strings.Join(names, ", ")), theme.SizeNameText, false))
	if l := k.source(ev); l != nil {
		box.Add(l)
	}
	box.Add(widget.NewSeparator())
	return box
}

// What the answer about symptoms below the knee changed. The rule's reason
// differs by exercise (a straight-leg position, with Pesonen 2021; bending
// or the hip flexors' pull, CoreCue's own caution), so the line names the
// exercises and leaves the why to each card and the sources below.
const (
	legRaised = "You said you have pain, numbness or tingling below the knee today, so these count as riskier for you: %s. " +
		"Each one's card says why."
	legChangedNone = "You said you have pain, numbness or tingling below the knee today. " +
		"It did not change these results: none of these exercises is one the check raises for it."
)

// exerciseTile is one exercise to tap: its picture over its name. The
// whole tile toggles it; a chosen one is ticked and coloured.
func (k *Kiosk) exerciseTile(id, name string, chosen bool) fyne.CanvasObject {
	toggle := func() { k.act(func() { k.m.Toggle(id) }) }
	b := newButton(k.ptr, name, nil, toggle)
	b.Alignment = widget.ButtonAlignLeading
	// The picture sits on the button's own colour, joined to it, so the
	// tile reads as one card.
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameButton))
	bg.CornerRadius = theme.InputRadiusSize()
	if chosen {
		b.Importance = widget.HighImportance
		b.Icon = theme.CheckButtonCheckedIcon()
		bg.FillColor = theme.Color(theme.ColorNameSelection)
	} else {
		b.Icon = theme.CheckButtonIcon()
	}
	thumb := diagram.NewThumb(tilePicture)
	thumb.SetExercise(id)
	pic := newTapArea(k.ptr, container.NewStack(bg, container.NewPadded(thumb)), func(*fyne.PointEvent) { toggle() })
	return container.New(cardLayout{}, pic, b)
}

// cardLayout puts its first object over its second with no gap, the
// second at its smallest height.
type cardLayout struct{}

func (cardLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	bh := objs[1].MinSize().Height
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, size.Height-bh))
	objs[1].Move(fyne.NewPos(0, size.Height-bh))
	objs[1].Resize(fyne.NewSize(size.Width, bh))
}

func (cardLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(a.Width, b.Width), a.Height+b.Height)
}

// The pictures on the exercise tiles and on the results: large enough to
// see from a chair what the exercise is.
var (
	tilePicture   = fyne.NewSize(200, 100)
	resultPicture = fyne.NewSize(220, 120)
	altPicture    = fyne.NewSize(160, 88)
)

// picture is exercise id's still at size, or nothing when it has none.
func picture(id string, size fyne.Size) fyne.CanvasObject {
	if _, ok := moves.For(id); !ok {
		return nil
	}
	t := diagram.NewThumb(size)
	t.SetExercise(id)
	return container.NewVBox(t)
}

// levelColour is a result's mark: the theme's colour for the level, as the
// app's planner colours the level's words (grey when not assessed), which
// stands out from the window at 3:1 or more (the orange it had before did
// not, at 2.4:1).
func levelColour(l risk.Level) color.Color {
	n := theme.ColorNamePlaceHolder
	switch l {
	case risk.High:
		n = theme.ColorNameError
	case risk.Moderate:
		n = theme.ColorNameWarning
	case risk.Low:
		n = theme.ColorNameSuccess
	}
	return look{}.Color(n, theme.VariantLight)
}

// flowGrid puts its items in as many equal columns of at least cell wide as
// fit (three on the 1920x1080 kiosk, two on a 1024 px screen), row by row.
type flowGrid struct {
	cell  float32
	width float32 // the width it was last laid out at
}

func (g *flowGrid) cols(width float32) int {
	return max(1, int((width+theme.Padding())/(g.cell+theme.Padding())))
}

func (g *flowGrid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	g.width = size.Width
	n, pad := g.cols(size.Width), theme.Padding()
	w := (size.Width - pad*float32(n-1)) / float32(n)
	y, rowH := float32(0), float32(0)
	for i, o := range objs {
		if i > 0 && i%n == 0 {
			y += rowH + pad
			rowH = 0
		}
		h := o.MinSize().Height
		rowH = max(rowH, h)
		o.Move(fyne.NewPos(float32(i%n)*(w+pad), y))
		o.Resize(fyne.NewSize(w, h))
	}
}

func (g *flowGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	n := 1
	if g.width > 0 {
		n = g.cols(g.width)
	}
	var cellH float32
	for _, o := range objs {
		cellH = max(cellH, o.MinSize().Height)
	}
	rows := (len(objs) + n - 1) / n
	return fyne.NewSize(g.cell, float32(rows)*cellH+float32(max(rows-1, 0))*theme.Padding())
}
