package planner

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/figure/moves"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/libtext"
	"github.com/corecue/corecue/internal/risk"
	"github.com/corecue/corecue/internal/ui/diagram"
	"github.com/corecue/corecue/internal/ui/frames"
	"github.com/corecue/corecue/internal/ui/inview"
)

// WhyPanel spells out one assessment: the exercise moving, with its safer
// alternative moving beside it when there is one, every reason and modifier
// with its full citation, the notes, the safer alternatives and the
// disclaimer.
type WhyPanel struct {
	p      *Planner
	Text   *widget.RichText
	FeltIt *inview.Button // "I felt this in my back": raises it for this session

	// Figure performs the exercise explained; Alt its first safer
	// alternative (hidden when there is none). Both run at their own tempo
	// on the panel's wall clock: no sound goes with them.
	Figure, Alt         *diagram.Exercise
	FigureName, AltName *widget.Label

	item     int    // plan item shown, -1 when none
	exercise string // library exercise shown when item is -1
	posed    string // the exercise posed, "" when none
	altID    string // the alternative posed, "" when none
	figures  *fyne.Container
	row      *fyne.Container // the figures beside the explanation
	altCard  *fyne.Container
	anim     *frames.Driver
	started  time.Time // when the figures' exercise was shown
	visible  bool      // the planner is on screen (its tab is selected)
	tempo    [2]exercise.Tempo
	content  fyne.CanvasObject
}

// whyFigureSize is each moving figure's smallest size; they grow with the
// panel (see beside).
var whyFigureSize = fyne.NewSize(200, 56)

// beside lays the figures out at the left of the explanation: a third of
// the panel's width (never under their smallest width, never over
// maxFigureWidth) and all its height. They ask for none of its height, so
// they take what the panel has rather than make the window taller than a
// small screen (at 1024x600, with a plan's notes above, the panel is
// barely two figures high), and grow when the person drags the split.
type beside struct{}

const maxFigureWidth = 420

func (beside) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	figs, text := objs[0], objs[1]
	w := float32(0)
	if figs.Visible() {
		w = min(max(size.Width/3, figs.MinSize().Width), maxFigureWidth)
		figs.Move(fyne.NewPos(0, 0))
		figs.Resize(fyne.NewSize(w, size.Height))
		w += theme.Padding()
	}
	text.Move(fyne.NewPos(w, 0))
	text.Resize(fyne.NewSize(size.Width-w, size.Height))
}

func (beside) MinSize(objs []fyne.CanvasObject) fyne.Size {
	figs, text := objs[0], objs[1]
	m := text.MinSize()
	if figs.Visible() {
		m.Width += figs.MinSize().Width + theme.Padding()
	}
	return m
}

func newWhyPanel(p *Planner) *WhyPanel {
	w := &WhyPanel{p: p, item: -1, visible: true}
	w.Text = widget.NewRichText()
	w.Text.Wrapping = fyne.TextWrapWord
	w.FeltIt = inview.NewButton(i18n.L("I felt this in my back"), theme.NewWarningThemedResource(theme.WarningIcon()), w.toggleFelt)
	w.FeltIt.Keys = p.deps.Keys
	w.Figure, w.Alt = diagram.NewExercise(whyFigureSize), diagram.NewExercise(whyFigureSize)
	// The figures are small: what the lower back does is said under each,
	// not drawn in it.
	w.Figure.SetQuiet(true)
	w.Alt.SetQuiet(true)
	caption := func() *widget.Label {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		l.SizeName = theme.SizeNameCaptionText
		l.Alignment = fyne.TextAlignCenter
		return l
	}
	w.FigureName, w.AltName = caption(), caption()
	w.AltName.TextStyle = fyne.TextStyle{Bold: true}
	w.altCard = container.NewBorder(nil, w.AltName, nil, nil, w.Alt)
	w.figures = container.NewGridWithRows(2, container.NewBorder(nil, w.FigureName, nil, nil, w.Figure), w.altCard)
	w.anim = frames.New(w.frame)
	w.row = container.New(beside{}, w.figures, container.NewVScroll(w.Text))
	w.content = container.NewBorder(nil, container.NewHBox(w.FeltIt), nil, nil, w.row)
	w.clear()
	return w
}

// Content is the panel.
func (w *WhyPanel) Content() fyne.CanvasObject { return w.content }

func (w *WhyPanel) clear() {
	w.item, w.exercise = -1, ""
	w.Text.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Style: widget.RichTextStyleSubHeading, Text: i18n.L("Why?")},
		&widget.TextSegment{Style: widget.RichTextStyleParagraph,
			Text: i18n.L("Press “Why?” on a plan item or a library exercise to see every reason for its level and the source behind it.")},
		// The disclaimer is under the whole tab; said here too it was on
		// screen twice.
	}
	w.Text.Refresh()
	w.FeltIt.Hide()
	w.pose("", "")
}

func (w *WhyPanel) showItem(i int) {
	items := w.p.Plan.assessment.Items
	if i < 0 || i >= len(items) {
		w.clear()
		return
	}
	w.item, w.exercise = i, ""
	res := ""
	if i < len(w.p.Plan.resolved) && w.p.Plan.resolved[i].How != "id" {
		res = resolutionText(w.p.Plan.resolved[i])
	}
	w.render(items[i], res)
}

func (w *WhyPanel) showExercise(id string) {
	a, ok := w.p.Library.assessed[id]
	if !ok {
		return
	}
	w.item, w.exercise = -1, id
	w.render(a, "")
}

// reshow redraws what is shown after the context or plan changed.
func (w *WhyPanel) reshow() {
	switch {
	case w.item >= 0:
		w.showItem(w.item)
	case w.exercise != "":
		w.showExercise(w.exercise)
	}
}

// Shown is the exercise id the panel explains, "" when none.
func (w *WhyPanel) Shown() string {
	if w.item >= 0 && w.item < len(w.p.Plan.assessment.Items) {
		return w.p.Plan.assessment.Items[w.item].ExerciseID
	}
	return w.exercise
}

func (w *WhyPanel) render(a risk.Assessment, resolution string) {
	w.Text.Segments = whySegments(w.p.deps.Library, a, resolution)
	w.Text.Refresh()
	w.showFeltIt(a)
	alt := ""
	if len(a.Alternatives) > 0 {
		alt = a.Alternatives[0].ID
		w.AltName.SetText(withNote(i18n.F("Safer: %s", libtext.Name(i18n.Current(), a.Alternatives[0].Name)), alt))
	}
	w.FigureName.SetText(withNote(libtext.Name(i18n.Current(), a.Name), a.ExerciseID))
	w.pose(a.ExerciseID, alt)
}

// withNote is a figure's caption: the name and what its lower back does.
func withNote(name, id string) string {
	if m, ok := moves.For(id); ok && m.Note != "" {
		return name + ": " + i18n.L(m.Note)
	}
	return name
}

// pose shows exercise id moving and, beside it, its safer alternative alt
// ("" for none). The figures start from their start poses; an id with no
// picture (not in the library) hides them.
func (w *WhyPanel) pose(id, alt string) {
	_, ok := moves.For(id)
	if !ok {
		w.posed, w.altID = "", ""
		if w.figures.Visible() {
			w.figures.Hide()
			w.row.Refresh() // the explanation takes the figures' room
		}
		w.anim.Stop()
		return
	}
	lib := w.p.deps.Library
	changed := id != w.posed || alt != w.altID
	w.posed = id
	w.Figure.SetExercise(id)
	w.Alt.SetExercise(alt)
	w.altID = alt
	w.tempo = [2]exercise.Tempo{diagram.TempoOf(lib, id), diagram.TempoOf(lib, alt)}
	// The exercise alone takes the whole column; with an alternative the
	// two share it.
	if _, has := moves.For(alt); has {
		w.altCard.Show()
		w.figures.Layout = layout.NewGridLayoutWithRows(2)
	} else {
		w.altCard.Hide()
		w.figures.Layout = layout.NewGridLayoutWithRows(1)
	}
	w.figures.Refresh()
	if !w.figures.Visible() {
		w.figures.Show()
		w.row.Refresh()
	}
	if changed {
		w.started = w.p.now()
		w.makeRoom()
	}
	w.frame()
	if w.visible {
		w.anim.Start()
	}
}

// whyShare is the part of the plan pane the why panel takes when it shows
// an exercise, so its figures are large enough to follow.
const whyShare = 0.65

// makeRoom gives the why panel at least whyShare of the plan pane (it never
// takes room back from a panel the person has made larger).
func (w *WhyPanel) makeRoom() {
	if w.p.Plan == nil {
		return // still being built
	}
	if sp := w.p.Plan.split; sp != nil && sp.Offset > 1-whyShare {
		sp.SetOffset(1 - whyShare)
	}
}

// frame poses both figures for the panel's clock now.
func (w *WhyPanel) frame() {
	t := w.p.now().Sub(w.started).Seconds()
	w.Figure.At(t, w.tempo[0])
	if w.altCard.Visible() {
		w.Alt.At(t, w.tempo[1])
	}
}

// setVisible runs the figures only while the planner is on screen.
func (w *WhyPanel) setVisible(on bool) {
	w.visible = on
	if on && w.figures.Visible() {
		w.frame()
		w.anim.Start()
	} else {
		w.anim.Stop()
	}
}

// whySegments is the explanation of one assessment: its level, how the
// exercise was matched, every reason, modifier and note with its sources,
// the safer alternatives and the disclaimer.
// splitRaised parts the modifiers that raised the level from those that
// found the exercise already high: those raised nothing, so they are listed
// with the notes, not under "Raised for you today".
func splitRaised(ms []risk.Modifier) (raised, kept []risk.Modifier) {
	for _, m := range ms {
		if m.To > m.From {
			raised = append(raised, m)
		} else {
			kept = append(kept, m)
		}
	}
	return raised, kept
}

func whySegments(lib *exercise.Library, a risk.Assessment, resolution string) []widget.RichTextSegment {
	name := libtext.Name(i18n.Current(), a.Name)
	if name == "" {
		name = a.ExerciseID
	}
	t := &whyText{lib: lib, segs: []widget.RichTextSegment{
		&widget.TextSegment{Style: widget.RichTextStyleSubHeading, Text: name + ": " + flagWords(a.Level)},
	}}
	if resolution != "" {
		t.para(resolution)
	}
	if a.Level != a.BaseLevel && a.BaseLevel != risk.NotAssessed {
		t.para(i18n.F("On its own it is %s; what you told us about today raises it to %s.", i18n.L(a.BaseLevel.String()), i18n.L(a.Level.String())))
	}
	if len(a.Reasons) > 0 {
		t.heading(i18n.L("Why this level"))
		for _, r := range a.Reasons {
			t.para("• " + libtext.Reason(i18n.Current(), r))
			t.cite(r.Evidence)
		}
	}
	raised, kept := splitRaised(a.Modifiers)
	if len(raised) > 0 {
		t.heading(i18n.L("Raised for you today"))
		for _, m := range raised {
			t.para("• " + libtext.Modifier(i18n.Current(), m))
			t.cite(m.Evidence)
		}
	}
	if len(kept)+len(a.Notes) > 0 {
		t.heading(i18n.L("Good to know"))
		for _, m := range kept {
			t.para("• " + libtext.Modifier(i18n.Current(), m))
			t.cite(m.Evidence)
		}
		for _, n := range a.Notes {
			t.para("• " + libtext.Note(i18n.Current(), n))
			t.cite(n.Evidence)
		}
	}
	if len(a.Alternatives) > 0 {
		t.heading(i18n.L("Safer alternatives for you"))
		for _, alt := range a.Alternatives {
			t.para(fmt.Sprintf("• %s: %s", libtext.Name(i18n.Current(), alt.Name), flagWords(alt.Level)))
		}
	}
	return append(t.segs, &widget.TextSegment{Style: disclaimerStyle(), Text: i18n.L(risk.Disclaimer)})
}

// whyText gathers the segments of an explanation.
type whyText struct {
	lib  *exercise.Library
	segs []widget.RichTextSegment
}

func (t *whyText) para(text string) {
	t.segs = append(t.segs, &widget.TextSegment{Style: widget.RichTextStyleParagraph, Text: text})
}

func (t *whyText) heading(text string) {
	st := widget.RichTextStyleParagraph
	st.TextStyle = fyne.TextStyle{Bold: true}
	t.segs = append(t.segs, &widget.TextSegment{Style: st, Text: text})
}

// cite adds each source as a person reads it.
func (t *whyText) cite(ids []string) {
	for _, id := range ids {
		t.segs = append(t.segs, &widget.TextSegment{Style: citeStyle(), Text: i18n.F("Source: %s", fullCite(t.lib, id))})
	}
}

// showFeltIt offers "I felt this in my back" (or its undo) for an assessed
// exercise and hides it otherwise.
func (w *WhyPanel) showFeltIt(a risk.Assessment) {
	if !a.Assessed() {
		w.FeltIt.Hide()
		return
	}
	w.FeltIt.Show()
	if w.p.Plan.felt[a.ExerciseID] {
		w.FeltIt.SetText(i18n.L("Undo “I felt this in my back”"))
	} else {
		w.FeltIt.SetText(i18n.L("I felt this in my back"))
	}
}

// toggleFelt records (or withdraws) that the shown exercise was felt in the
// back. The report lasts for this session and raises the exercise a level.
func (w *WhyPanel) toggleFelt() {
	id := w.Shown()
	if id == "" {
		return
	}
	if w.p.Plan.felt[id] {
		delete(w.p.Plan.felt, id)
	} else {
		w.p.Plan.felt[id] = true
	}
	w.p.refreshAssessments()
}

// citeStyle is a source line: italic to set it off from the reason above
// it, at body size, since a person reads it as much as the reason.
func citeStyle() widget.RichTextStyle { return italicPara() }

func disclaimerStyle() widget.RichTextStyle { return italicPara() }

// italicPara is a paragraph in italics. Its size is named by leaving the
// name blank (the body size) rather than by theme.SizeNameText: with that
// name it equals Fyne's blockquote style, which Fyne indents by 16 px but
// wraps, from its second line on, to the full width, so those lines ran
// past the panel's right edge.
func italicPara() widget.RichTextStyle {
	s := widget.RichTextStyleParagraph
	s.SizeName = ""
	s.TextStyle = fyne.TextStyle{Italic: true}
	return s
}
