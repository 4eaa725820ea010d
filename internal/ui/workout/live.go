package workout

import (
	"fmt"
	"math"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/libtext"
	"github.com/corecue/corecue/internal/ui/diagram"
	"github.com/corecue/corecue/internal/ui/sessionkey"
	"github.com/corecue/corecue/internal/ui/stage"
	engine "github.com/corecue/corecue/internal/workout"
)

// Live is the view while a session plays: the picture on the left (the
// exercise performed in step with the reps, or the corset figure for the
// vacuum warm-up and the call to engage), on the right what to do now in
// large type, and the controls below.
type Live struct {
	s *Screen

	Figure   *diagram.Corset   // the corset: warm-up, and small for "engage"
	Move     *diagram.Exercise // the exercise playing
	Shown    Moment            // what the picture was last set to
	Heading  *widget.Label     // the step: "Set 2 of 3", "Rest", "Warm-up"
	Name     *widget.Label     // the exercise
	Count    *canvas.Text      // rep, hold or rest seconds, very large
	CountSub *widget.Label
	Caption  *widget.Label
	Form     *widget.Label
	Flag     *widget.Label
	Next     *widget.Label
	Status   *widget.Label

	Pause  *sessionkey.Button
	Skip   *sessionkey.Button
	Swap   *sessionkey.Button
	FeltIt *sessionkey.Button
	Stop   *sessionkey.Button

	shown  engine.State
	area   *fyne.Container
	corset *fyne.Container // the corset figure on its card
	// statusRow holds Status, hidden with it while it is empty.
	statusRow *fyne.Container
	card      *canvas.Rectangle
	content   fyne.CanvasObject
	formOf    formKey // the item whose tips Form shows
}

// formKey names an item of a timeline.
type formKey struct {
	tl   *engine.Timeline
	item int
}

func newLive(s *Screen) *Live {
	body := theme.Current().Size(theme.SizeNameText)
	text := func(scale float32, bold bool) *canvas.Text {
		return &canvas.Text{TextSize: body * scale, TextStyle: fyne.TextStyle{Bold: bold}}
	}
	label := func() *widget.Label {
		w := widget.NewLabel("")
		w.Wrapping = fyne.TextWrapWord
		return w
	}
	// Words wrap to the column (at 1024 wide a long exercise name or step
	// line does not fit one line); only the count, a number, is drawn as
	// plain large text.
	l := &Live{s: s, Figure: diagram.New(), Move: diagram.NewExercise(fyne.NewSize(320, 190)),
		Heading: label(), Name: label(), Count: text(5, true)}
	// The corset's card is drawn only when it sits over the exercise.
	l.card = canvas.NewRectangle(theme.Color(theme.ColorNameBackground))
	l.card.StrokeColor, l.card.StrokeWidth = theme.Color(theme.ColorNameSeparator), 2
	l.card.CornerRadius = theme.InputRadiusSize()
	l.corset = container.New(onCard{}, l.card, l.Figure)
	l.area = container.New(figureArea{}, l.Move, l.corset)
	l.Heading.SizeName = theme.SizeNameSubHeadingText
	l.Name.SizeName = theme.SizeNameHeadingText
	l.Name.TextStyle = fyne.TextStyle{Bold: true}
	l.CountSub, l.Caption, l.Form, l.Flag, l.Next, l.Status = label(), label(), label(), label(), label(), label()
	l.Flag.Hide()
	l.Status.Hide()
	l.Caption.TextStyle = fyne.TextStyle{Bold: true}
	l.Caption.SizeName = theme.SizeNameSubHeadingText
	l.Flag.Importance = widget.WarningImportance
	l.Pause = sessionkey.NewButton(s, i18n.L("Pause"), theme.MediaPauseIcon(), s.TogglePause)
	l.Skip = sessionkey.NewButton(s, i18n.L("Skip"), theme.MediaSkipNextIcon(), s.SkipStep)
	l.Swap = sessionkey.NewButton(s, i18n.L("Swap for a safer one"), theme.ViewRefreshIcon(), s.SwapCurrent)
	l.FeltIt = sessionkey.NewButton(s, i18n.L("Felt it in my back"), theme.NewWarningThemedResource(theme.WarningIcon()), s.FeltIt)
	l.Stop = sessionkey.NewButton(s, i18n.L("Stop and save"), theme.MediaStopIcon(), s.StopEarly)

	info := container.NewVBox(l.Heading, l.Name, l.Count, l.CountSub, l.Caption, l.Next, l.Flag, l.Form)
	bar := container.NewHBox(l.Pause, l.Skip, l.Swap, l.FeltIt, layout.NewSpacer(), l.Stop)
	split := container.NewGridWithColumns(2, l.area, container.NewPadded(container.NewVScroll(info)))
	l.statusRow = container.NewPadded(l.Status)
	l.statusRow.Hide()
	l.content = container.NewBorder(nil, container.NewVBox(container.NewPadded(bar), l.statusRow), nil, nil, split)
	return l
}

// reset forgets what is shown so the next frame redraws everything (a new
// timeline after a skip or swap).
func (l *Live) reset() { l.shown = engine.State{Kind: -1} }

// show puts state st on screen, touching only what changed.
func (l *Live) show(st engine.State, paused bool) {
	tl := l.s.run.TL
	l.showMoment(MomentOf(tl, st, l.s.d.Library), st)
	heading, name, count, sub := "", "", "", ""
	switch st.Kind {
	case engine.WarmUp:
		heading = i18n.F("Warm-up: %s", i18n.L(st.Pose.Phase.Title()))
		name = i18n.L("Stomach vacuum")
		count = stage.CountLine(st.Pose)
		sub = stage.RepLine(st.Pose)
	case engine.GetReady:
		heading = i18n.L("Get ready")
		name = libtext.Name(i18n.Current(), tl.Items[st.Item].Name)
		count = secondsLeft(st.Left)
		sub = tl.Items[st.Item].Dose()
	case engine.Set:
		it := tl.Items[st.Item]
		heading = i18n.F("Set %d of %d · keep the core engaged", st.Set, st.Sets)
		name = libtext.Name(i18n.Current(), it.Name)
		if it.IsHold() {
			count = secondsLeft(st.HoldLeft)
			sub = i18n.F("Hold: %d s · breathe freely", it.HoldSeconds)
		} else {
			count = fmt.Sprintf("%d", st.Rep)
			sub = i18n.F("Rep %d of %d · %d s each", st.Rep, st.Reps, tl.Opt.RepSeconds)
		}
	case engine.Rest:
		heading = i18n.F("Rest · set %d of %d done", st.Set, st.Sets)
		name = i18n.L("Rest: let go and breathe")
		count = secondsLeft(st.Left)
		sub = i18n.L("seconds of rest left")
	case engine.End, engine.Done:
		heading, name = i18n.L("Done"), i18n.L("Workout complete")
	}
	if paused {
		heading = i18n.F("Paused · %s", heading)
	}
	setLabel(l.Heading, heading)
	setLabel(l.Name, name)
	setText(l.Count, count)
	setLabel(l.CountSub, sub)
	setLabel(l.Caption, captionIn(tl, st))
	setLabel(l.Next, nextIn(tl, st))
	item := tl.Current(st.T)
	it := tl.Items[item]
	if st.Kind == engine.WarmUp {
		setLabel(l.Flag, "")
		setLabel(l.Form, "")
		l.formOf = formKey{}
	} else {
		// The not-assessed flag is translated; a flag naming the reason
		// (the library's words) stays as the library wrote it.
		setLabel(l.Flag, i18n.L(it.Flag))
		if l.formOf != (formKey{tl, item}) {
			// The tips change with the item, not with the frame: they are
			// translated and joined once an item, not 60 times a second.
			l.formOf = formKey{tl, item}
			form := ""
			if len(it.FormCues) > 0 {
				form = "• " + strings.Join(libtext.Cues(i18n.Current(), it.FormCues), "\n• ")
			}
			setLabel(l.Form, form)
		}
	}
	l.showControls(st, it, paused)
	l.shown = st
}

// showControls sets the buttons for the step shown: Pause or Resume, the
// swap on offer, and whether "felt it" applies.
func (l *Live) showControls(st engine.State, it engine.Item, paused bool) {
	// As with the swap label below: set only on a change, since each set
	// repaints the window and a paused workout still gets its frames.
	if paused && l.Pause.Text != i18n.L("Resume") {
		l.Pause.SetText(i18n.L("Resume"))
		l.Pause.SetIcon(theme.MediaPlayIcon())
	} else if !paused && l.Pause.Text != i18n.L("Pause") {
		l.Pause.SetText(i18n.L("Pause"))
		l.Pause.SetIcon(theme.MediaPauseIcon())
	}
	// A button's SetText refreshes it, and any refresh repaints the whole
	// window: set it only when its words change (once a step at most).
	swap := i18n.L("Swap for a safer one")
	if canSwap := st.Kind != engine.WarmUp && it.AltID != ""; canSwap {
		swap = i18n.F("Swap for %s", libtext.Name(i18n.Current(), it.AltName))
		l.Swap.Enable()
	} else {
		l.Swap.Disable()
	}
	if l.Swap.Text != swap {
		l.Swap.SetText(swap)
	}
	if st.Kind == engine.WarmUp {
		l.FeltIt.Disable()
	} else {
		l.FeltIt.Enable()
	}
}

// showMoment sets the picture to mo. Which figure shows changes only at
// a step's start and with the call to engage; in between only the pose
// moves, and each figure repaints only what moved a visible step.
func (l *Live) showMoment(mo Moment, st engine.State) {
	l.Shown = mo
	vis := func(o fyne.CanvasObject, on bool) bool {
		if o.Visible() == on {
			return false
		}
		if on {
			o.Show()
		} else {
			o.Hide()
		}
		return true
	}
	moved := vis(l.Move, !mo.Corset)
	moved = vis(l.corset, mo.Corset || mo.Reminder) || moved
	moved = vis(l.card, !mo.Corset) || moved
	view := figure.ViewAll
	if !mo.Corset {
		view = figure.ViewFront // the waist narrowing reads at a small size
		l.Move.SetMotion(mo.Motion, true)
		l.Move.SetEngagement(st.Pose)
		if mo.Tempo.Rep() > 0 {
			l.Move.At(mo.T, mo.Tempo)
		} else {
			l.Move.SetBody(mo.Body)
		}
	}
	if l.corset.Visible() {
		l.Figure.SetView(view)
		l.Figure.SetPose(st.Pose)
	}
	if moved && l.card.Visible() {
		// In the theme of the moment: the card is a plain rectangle.
		l.card.FillColor = theme.Color(theme.ColorNameBackground)
		l.card.StrokeColor = theme.Color(theme.ColorNameSeparator)
		l.card.Refresh()
	}
	if moved {
		// Lay out again without refreshing the figures: a refresh would
		// repaint them whole.
		figureArea{}.Layout(l.area.Objects, l.area.Size())
		onCard{}.Layout(l.corset.Objects, l.corset.Size())
	}
}

// CorsetShown reports whether the corset figure is on screen, and whether
// it fills the picture (the warm-up) rather than sitting small over the
// exercise.
func (l *Live) CorsetShown() (shown, full bool) {
	return l.corset.Visible(), l.corset.Visible() && !l.card.Visible()
}

// SetReducedMotion shows still pictures in both figures.
func (l *Live) SetReducedMotion(on bool) {
	l.Figure.SetReducedMotion(on)
	l.Move.SetReducedMotion(on)
}

// secondsLeft rounds up, so a countdown reads 30 … 1 and never 0 while it lasts.
func secondsLeft(d time.Duration) string {
	if d <= 0 {
		return ""
	}
	return fmt.Sprintf("%d", int(math.Ceil(d.Seconds())))
}

func setText(t *canvas.Text, s string) {
	if t.Text != s {
		t.Text = s
		t.Refresh()
	}
}

func setLabel(l *widget.Label, s string) {
	if l.Text != s {
		l.SetText(s)
	}
	// An empty label still takes a line's height: at 1024x600 the empty
	// flag and status lines left the tips clipped in their scroller with
	// blank lines above them and under the buttons.
	if (s == "") == l.Visible() {
		if s == "" {
			l.Hide()
		} else {
			l.Show()
		}
	}
}

// Say puts msg in the status line under the buttons, which takes no room
// while it is empty.
func (l *Live) Say(msg string) {
	setLabel(l.Status, msg)
	if l.Status.Visible() {
		l.statusRow.Show()
	} else {
		l.statusRow.Hide()
	}
}

// captionIn is the latest cue's caption in the language shown: a spoken
// line or the end of a rest from the catalogue, the exercise to get ready
// for said with the catalogue's format. (A counted rep's caption is never the screen's:
// the counter shows it.)
func captionIn(tl *engine.Timeline, st engine.State) string {
	c := st.Caption
	if st.Kind == engine.GetReady && st.Item >= 0 && c == tl.ReadyCaption(st.Item) {
		it := tl.Items[st.Item]
		return i18n.F(engine.ReadyLine, libtext.Name(i18n.Current(), it.Name), it.Dose()) + "."
	}
	return i18n.L(c)
}

// nextIn is what comes next (State.Next) in the language shown.
func nextIn(tl *engine.Timeline, st engine.State) string {
	if st.Next == "" || st.NextItem < 0 || st.NextItem >= len(tl.Items) {
		return st.Next
	}
	it := tl.Items[st.NextItem]
	if st.NextSet <= 1 {
		return i18n.F(engine.NextLine, libtext.Name(i18n.Current(), it.Name), it.Dose())
	}
	return i18n.F(engine.NextSetLine, libtext.Name(i18n.Current(), it.Name), st.NextSet, it.Sets)
}
