// Package workout is the guided session screen: pick a saved plan, rate pain,
// play it set by set with the corset figure showing the engagement to hold,
// then rate pain again. Every frame reads the session clock and shows the
// workout engine's State for it; the engine records each set as it passes.
package workout

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/exercise"
	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/libtext"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/reminder"
	"github.com/corecue/corecue/internal/risk"
	"github.com/corecue/corecue/internal/store"
	"github.com/corecue/corecue/internal/ui/column"
	"github.com/corecue/corecue/internal/ui/frames"
	"github.com/corecue/corecue/internal/ui/inview"
	"github.com/corecue/corecue/internal/ui/sessionkey"
	engine "github.com/corecue/corecue/internal/workout"
)

// Player is the session clock and sound: the audio engine in the app, a
// scripted clock in tests.
type Player interface {
	StartCues(cues []breath.Cue, warmUp *breath.Timeline)
	Pause()
	Resume()
	Stop()
	Paused() bool
	Now() time.Duration
	Silent() (bool, string)
	Starting() bool // the sound device is still opening; Now waits at zero
}

// Deps are what the screen reads and writes.
type Deps struct {
	Store   *store.Store
	Library *exercise.Library
	Player  Player
	Window  fyne.Window
	Prefs   fyne.Preferences
	// OnSaved is called after a session is saved (the history refreshes).
	OnSaved func()
	// Now is the wall clock for session dates; nil means time.Now.
	Now func() time.Time
	// OnReminder is called when the daily reminder time is changed.
	OnReminder func(reminder.Time)
}

// Screen is the workout tab.
type Screen struct {
	d     Deps
	plans []store.PlanInfo

	// Setup.
	Plan        *inview.Select
	WarmUp      *inview.Check
	WarmReps    *inview.Entry
	WarmHold    *inview.Entry
	Tempo       *inview.Check
	Pace        *inview.Entry
	Reengage    *inview.Entry
	PainBefore  *inview.Entry
	Start       *inview.Button
	NoStart     *widget.Label // why Start workout is greyed; hidden when it is not
	Message     *widget.Label
	Suggestion  *widget.Label
	TakeIt      *inview.Button
	Resume      *inview.Button
	SavePart    *inview.Button
	Reminder    *inview.Entry
	SetReminder *inview.Button
	resumeBox   *fyne.Container
	unfinished  *hist.Session
	suggested   engine.Suggestion

	Live   *Live
	Finish *FinishView
	// Felt is the question after "felt it in my back", nil when none is open.
	Felt *FeltDialog
	// stopAsk is "Stop the workout?" while it is open.
	stopAsk *dialog.ConfirmDialog
	// Ask is the question before a workout with exercises flagged high for
	// this person, nil when none is open.
	Ask *HighRisk

	run     *engine.Run
	ticker  *frames.Driver
	content *fyne.Container
	setup   fyne.CanvasObject // the set-up's scroller and the note under it
	// setupScroll is the set-up's fields and Start, scrolled.
	setupScroll *container.Scroll
}

// New builds the screen showing the setup.
func New(d Deps) *Screen {
	if d.Now == nil {
		d.Now = time.Now
	}
	s := &Screen{d: d}
	opt := loadOptions(d.Prefs)
	s.Plan = inview.NewSelect(nil, func(string) { s.syncStart() })
	s.Plan.PlaceHolder = i18n.L("Choose a saved plan")
	s.WarmUp = inview.NewCheck(i18n.L("Start with the vacuum drill as a warm-up"), nil)
	s.WarmUp.SetChecked(opt.WarmUp)
	s.WarmReps = numEntry(opt.WarmUpReps)
	s.WarmHold = numEntry(opt.WarmUpHold)
	s.Tempo = inview.NewCheck(i18n.L("Tick the tempo at the start of every rep"), nil)
	s.Tempo.SetChecked(opt.Tempo)
	s.Pace = numEntry(opt.RepSeconds)
	s.Reengage = numEntry(opt.ReengageEvery)
	s.PainBefore = inview.NewEntry()
	s.PainBefore.SetPlaceHolder("0-10")
	s.Start = inview.NewButton(i18n.L("Start workout"), nil, s.StartWorkout)
	s.Start.Importance = widget.HighImportance
	s.NoStart = widget.NewLabel("")
	s.NoStart.Wrapping = fyne.TextWrapWord
	s.Message = widget.NewLabel("")
	s.Message.Wrapping = fyne.TextWrapWord
	s.Message.Importance = widget.DangerImportance
	s.Suggestion = widget.NewLabel("")
	s.Suggestion.Wrapping = fyne.TextWrapWord
	s.TakeIt = inview.NewButton(i18n.L("Use this"), nil, s.takeSuggestion)
	s.Resume = inview.NewButton(i18n.L("Resume it"), nil, s.resumeUnfinished)
	s.Resume.Importance = widget.HighImportance
	s.SavePart = inview.NewButton(i18n.L("Save it as partial"), nil, s.savePartial)
	s.resumeBox = container.NewVBox()

	form := widget.NewForm(
		widget.NewFormItem(i18n.L("Plan"), s.Plan),
		widget.NewFormItem(i18n.L("Pain now"), container.NewBorder(nil, nil, nil, widget.NewLabel(i18n.L("0 none … 10 worst")), s.PainBefore)),
		widget.NewFormItem(i18n.L("Warm-up"), s.WarmUp),
		widget.NewFormItem(i18n.L("Vacuum reps"), s.WarmReps),
		widget.NewFormItem(i18n.L("Vacuum hold (s)"), s.WarmHold),
		widget.NewFormItem(i18n.L("Tempo"), s.Tempo),
		widget.NewFormItem(i18n.L("Seconds per rep"), s.Pace),
		widget.NewFormItem(i18n.L("Re-engage every (reps, 0 = off)"), s.Reengage),
		widget.NewFormItem(i18n.L("Daily reminder"), s.reminderRow()),
	)
	title := widget.NewLabelWithStyle(i18n.L("Guided workout"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	sugg := container.NewBorder(nil, nil, nil, s.TakeIt, s.Suggestion)
	note := widget.NewLabel(i18n.L("General guidance, not a diagnosis. Stop and see a clinician if pain spreads down a leg, or for numbness or weakness."))
	note.Wrapping = fyne.TextWrapWord
	setup := container.NewVScroll(container.NewPadded(column.New(760, container.NewVBox(
		title, s.resumeBox, form, sugg, s.NoStart, container.NewHBox(s.Start), s.Message,
	))))
	// Each control scrolls the set-up to itself when Tab reaches it.
	s.Plan.Scroll, s.WarmUp.Scroll, s.Tempo.Scroll = setup, setup, setup
	for _, e := range []*inview.Entry{s.PainBefore, s.WarmReps, s.WarmHold, s.Pace, s.Reengage, s.Reminder} {
		e.Scroll = setup
	}
	for _, b := range []*inview.Button{s.Start, s.TakeIt, s.Resume, s.SavePart, s.SetReminder} {
		b.Scroll = setup
	}
	s.setupScroll = setup
	s.Live = newLive(s)
	s.Finish = newFinish(s)
	// The safety note stays under the set-up, out of its scroller: at the
	// foot of the scroller it showed its top half at 1024x600, cut at the
	// window's edge, until the person thought to scroll.
	s.setup = container.NewBorder(nil, container.NewPadded(column.New(760, note)), nil, nil, setup)
	s.content = container.NewStack(s.setup)
	s.ticker = frames.New(s.Frame)
	s.Reload()
	return s
}

// SetKeys gives Space and Escape to k, the window's drill and workout,
// while one runs, whichever set-up control has the keyboard: with a drill
// running, Space on a focused Start workout started a workout as well.
func (s *Screen) SetKeys(k sessionkey.Session) {
	s.Plan.Keys, s.WarmUp.Keys, s.Tempo.Keys = k, k, k
	for _, e := range []*inview.Entry{s.PainBefore, s.WarmReps, s.WarmHold, s.Pace, s.Reengage, s.Reminder} {
		e.Keys = k
	}
	for _, b := range []*inview.Button{s.Start, s.TakeIt, s.Resume, s.SavePart, s.SetReminder} {
		b.Keys = k
	}
}

// Content is the screen's root object.
func (s *Screen) Content() fyne.CanvasObject { return s.content }

// Running reports whether a session is playing (paused included).
func (s *Screen) Running() bool { return s.run != nil }

// Reload refreshes the plan list, the progression suggestion and the offer
// to resume an interrupted session.
func (s *Screen) Reload() {
	if plans, err := s.d.Store.ListPlans(); err == nil {
		s.plans = plans
		names := make([]string, len(plans))
		for i, p := range plans {
			names[i] = i18n.N("%[2]s (%[1]d exercises)", p.Items, p.Name)
		}
		keep := s.Plan.SelectedIndex()
		s.Plan.SetOptions(names)
		if keep >= 0 && keep < len(names) {
			s.Plan.SetSelectedIndex(keep)
		} else if len(names) > 0 {
			s.Plan.SetSelectedIndex(0)
		}
	}
	s.syncStart()
	if ses, err := s.d.Store.Sessions(); err == nil {
		s.suggested = engine.Suggest(engine.VacuumHistory(ses))
		s.Suggestion.SetText(i18n.F("Vacuum progression: %s", s.suggested.Text) + s.sourcesOf(s.suggested.Evidence))
		if s.suggested.Move == engine.Stay {
			s.TakeIt.Hide()
		} else {
			s.TakeIt.Show()
		}
	}
	s.resumeBox.RemoveAll()
	s.unfinished = nil
	if ses, ok, err := s.d.Store.Unfinished(); err == nil && ok && s.run == nil {
		s.unfinished = &ses
		done, _ := ses.Sets()
		note := widget.NewLabel(i18n.N("A session of %[2]q from %[3]s was not finished (%[1]d sets recorded).",
			done, ses.Name, i18n.Date(ses.Started, i18n.WeekdayTime)))
		note.Wrapping = fyne.TextWrapWord
		s.resumeBox.Add(note)
		s.resumeBox.Add(container.NewHBox(s.Resume, s.SavePart))
	}
}

// syncStart lets Start workout start only a chosen plan with exercises,
// and says why not above it: it was offered for a plan with none, asked
// for the pain score and only then said so, under the fold at 1024x600.
func (s *Screen) syncStart() {
	i := s.Plan.SelectedIndex()
	switch {
	case i < 0 || i >= len(s.plans):
		s.NoStart.SetText(i18n.L("Choose a saved plan first (make one on the Plan tab)."))
	case s.plans[i].Items == 0:
		s.NoStart.SetText(i18n.F("%q has no exercises yet: add some on the Plan tab.", s.plans[i].Name))
	default:
		s.NoStart.Hide()
		s.Start.Enable()
		return
	}
	s.NoStart.Show()
	s.Start.Disable()
}

// SelectPlan chooses a saved plan by id (the planner's "start workout").
func (s *Screen) SelectPlan(id int64) bool {
	for i, p := range s.plans {
		if p.ID == id {
			s.Plan.SetSelectedIndex(i)
			return true
		}
	}
	return false
}

func (s *Screen) takeSuggestion() {
	s.WarmReps.SetText(strconv.Itoa(s.suggested.Reps))
	s.WarmHold.SetText(strconv.Itoa(s.suggested.HoldSeconds))
	s.WarmUp.SetChecked(true)
	s.Message.SetText("")
}

// options reads the settings fields, refusing any out of range.
func (s *Screen) options() (engine.Options, error) {
	o := engine.Options{WarmUp: s.WarmUp.Checked, Tempo: s.Tempo.Checked}
	var err error
	if o.WarmUpReps, err = parseCount(i18n.L("Vacuum reps"), s.WarmReps.Text, 1, breath.MaxReps); err != nil {
		return o, err
	}
	if o.WarmUpHold, err = parseCount(i18n.L("Vacuum hold"), s.WarmHold.Text, 1, int(breath.MaxHold/time.Second)); err != nil {
		return o, err
	}
	if o.RepSeconds, err = parseCount(i18n.L("Seconds per rep"), s.Pace.Text, 1, engine.MaxRepSeconds); err != nil {
		return o, err
	}
	if o.ReengageEvery, err = parseCount(i18n.L("Re-engage every"), s.Reengage.Text, 0, engine.MaxReengageEvery); err != nil {
		return o, err
	}
	return o, o.Validate()
}

// context is the person's saved context with the exercises they felt.
func (s *Screen) context() risk.Context {
	per, _ := s.d.Store.Person()
	felt, _ := s.d.Store.FeltIt()
	return risk.Context{Pain: per.Pain, LegSymptoms: per.LegSymptoms, Morning: per.Morning, FeltIt: felt}
}

// StartWorkout checks the entries and starts the chosen plan.
func (s *Screen) StartWorkout() {
	i := s.Plan.SelectedIndex()
	if i < 0 || i >= len(s.plans) {
		s.Message.SetText(i18n.L("Choose a saved plan first (make one on the Plan tab)."))
		return
	}
	pain, err := ParsePain(i18n.L("Pain now"), s.PainBefore.Text, false)
	if err != nil {
		s.Message.SetText(err.Error())
		return
	}
	opt, err := s.options()
	if err != nil {
		s.Message.SetText(err.Error())
		return
	}
	info := s.plans[i]
	p, err := s.d.Store.GetPlan(info.ID)
	if err != nil {
		s.Message.SetText(i18n.L("That plan cannot be loaded: ") + err.Error())
		return
	}
	if len(p.Items) == 0 {
		s.Message.SetText(i18n.F("%q has no exercises yet: add some on the Plan tab.", p.Name))
		return
	}
	a, err := plan.Assess(p, s.d.Library, s.context())
	if err != nil {
		s.Message.SetText(err.Error())
		return
	}
	items := engine.FromPlan(a)
	start := func(items []engine.Item) {
		run, err := engine.Begin(s.d.Store, info.ID, p.Name, items, opt, pain, s.d.Now())
		if err != nil {
			s.Message.SetText(i18n.L("The workout cannot start: ") + err.Error())
			return
		}
		saveOptions(s.d.Prefs, opt)
		s.Message.SetText("")
		s.play(run)
	}
	if high := highRisk(a, items); len(high) > 0 {
		s.askHighRisk(items, high, start)
		return
	}
	start(items)
}

// decorate adds what the store does not keep: names' form cues, flags and
// alternatives, assessed in today's context.
func (s *Screen) decorate(it *engine.Item) {
	if it.ExerciseID == "" {
		it.Flag = engine.NotAssessedFlag
		return
	}
	ex, ok := s.d.Library.Get(it.ExerciseID)
	if !ok {
		return
	}
	it.FormCues = ex.FormCues
	// The store keeps the name as it was done ("Dead bug, weighted"): its
	// variations change the level, so they are read back from it.
	if vs, ok := exercise.VariationsIn(ex.Name, it.Name); ok {
		it.Variations = vs
	}
	text := strings.Join(append(slices.Clone(it.Variations), it.ExerciseID), " ")
	p := plan.Plan{Name: "x", Items: []plan.Item{{Exercise: text, Sets: it.Sets, Reps: it.Reps, HoldSeconds: it.HoldSeconds, RestSeconds: it.RestSeconds}}}
	if a, err := plan.Assess(p, s.d.Library, s.context()); err == nil {
		got := engine.FromPlan(a)[0]
		it.Flag, it.AltID, it.AltName = got.Flag, got.AltID, got.AltName
	}
}

func (s *Screen) resumeUnfinished() {
	if s.unfinished == nil {
		return
	}
	run, err := engine.Resume(s.d.Store, *s.unfinished, s.decorate)
	if err != nil {
		s.Message.SetText(i18n.L("It cannot be resumed: ") + err.Error())
		return
	}
	s.play(run)
}

func (s *Screen) savePartial() {
	if s.unfinished == nil {
		return
	}
	if err := s.d.Store.EndSession(s.unfinished.ID, hist.Partial, hist.NoPain, false); err != nil {
		s.Message.SetText(i18n.L("It cannot be saved: ") + err.Error())
		return
	}
	s.Reload()
	if s.d.OnSaved != nil {
		s.d.OnSaved()
	}
}

// showView puts one of the screen's views in place of the one shown. The
// focus, if a control of the old view had it, goes with that view: left on
// it, the keys went to a button no longer shown (Space on the gone Start
// workout started the workout again, and Escape stopped nothing).
func (s *Screen) showView(o fyne.CanvasObject) {
	s.content.Objects = []fyne.CanvasObject{o}
	s.content.Refresh()
	if s.d.Window != nil {
		s.d.Window.Canvas().Unfocus()
	}
}

// play shows the live view and starts the run's timeline on the clock.
func (s *Screen) play(run *engine.Run) {
	s.run = run
	s.showView(s.Live.content)
	s.startClock()
	s.ticker.Start()
}

// startClock plays the run's current timeline from zero: at the start and
// after every skip or swap, which build a new timeline.
func (s *Screen) startClock() {
	s.d.Player.StartCues(s.run.TL.Cues, s.run.TL.WarmUp)
	s.Live.reset()
	s.Frame()
}

// Frame shows the state for the session clock's time and records what it
// passed. It runs on every animation tick and reads no other timer.
func (s *Screen) Frame() {
	if s.run == nil {
		return
	}
	t := s.d.Player.Now()
	st, err := s.run.Advance(t)
	s.Live.show(st, s.d.Player.Paused())
	s.noteStarting()
	if err != nil {
		s.Live.Say(i18n.L("Progress could not be saved: ") + err.Error())
	}
	if st.Kind == engine.Done {
		s.end(t)
	}
}

// end stops the clock and asks for pain after; the session is closed when
// the person saves (or it stays resumable if the app dies first).
func (s *Screen) end(t time.Duration) {
	s.ticker.Stop()
	s.d.Player.Stop()
	s.Finish.open(t)
	s.showView(s.Finish.content)
}

// saved returns to the setup after the finish view saved the session.
func (s *Screen) saved() {
	s.run = nil
	s.showView(s.setup)
	s.Reload()
	if s.d.OnSaved != nil {
		s.d.OnSaved()
	}
}

// TogglePause pauses or resumes the session.
func (s *Screen) TogglePause() {
	if s.run == nil {
		return
	}
	if s.d.Player.Paused() {
		s.d.Player.Resume()
	} else {
		s.d.Player.Pause()
	}
	s.Frame()
}

// SkipStep skips what is playing (see engine.Timeline.SkipFrom).
func (s *Screen) SkipStep() {
	if s.run == nil {
		return
	}
	t := s.d.Player.Now()
	switch err := s.run.Skip(t); {
	case errors.Is(err, engine.ErrNothingLeft):
		s.end(t)
	case err != nil:
		s.Live.Say(i18n.L("Skip failed: ") + err.Error())
	default:
		s.startClock()
	}
}

// SwapCurrent swaps the exercise playing for its first safer alternative.
func (s *Screen) SwapCurrent() {
	if s.run == nil {
		return
	}
	t := s.d.Player.Now()
	it := s.run.TL.Items[s.run.TL.Current(t)]
	if it.AltID == "" {
		s.Live.Say(i18n.F("%s has no safer alternative in the library.", libtext.Name(i18n.Current(), it.Name)))
		return
	}
	if err := s.run.Swap(t, engine.AltItem(it, s.d.Library)); err != nil {
		s.Live.Say(i18n.L("Swap failed: ") + err.Error())
		return
	}
	s.startClock()
	s.Live.Say(i18n.F("Swapped %s for %s.", libtext.Name(i18n.Current(), it.Name), libtext.Name(i18n.Current(), it.AltName)))
}

// FeltIt records "felt it in my back" for the exercise playing: the session
// stops at once (the clock waits while the person answers, so no rep is
// counted behind the question), the exercise is flagged one level higher for
// this person from now on, and they choose: swap to its safer alternative,
// skip it, or carry on.
func (s *Screen) FeltIt() {
	if s.run == nil {
		return
	}
	wasPaused := s.d.Player.Paused()
	s.d.Player.Pause()
	t := s.d.Player.Now()
	s.Frame()
	i := s.run.TL.Current(t)
	it := s.run.TL.Items[i]
	fb, _, err := engine.FeltIt(risk.New(s.d.Library), risk.Item{ExerciseID: orName(it), Sets: it.Sets, Reps: it.Reps,
		HoldSeconds: it.HoldSeconds, Variations: it.Variations}, s.context())
	if err == nil {
		err = s.run.FeltIt(i)
	}
	if err != nil {
		s.Live.Say(i18n.L("Could not record it: ") + err.Error())
	} else {
		s.Live.Say(fb.Text)
	}
	if fb.Offer != nil {
		s.run.TL.Items[i].AltID, s.run.TL.Items[i].AltName = fb.Offer.ID, fb.Offer.Name
	}
	s.Felt = newFeltDialog(s, it.Name, fb, wasPaused)
}

// StopEarly ends the session now, after a confirmation; what was done is kept.
func (s *Screen) StopEarly() {
	if s.run == nil {
		return
	}
	t := s.d.Player.Now()
	s.d.Player.Pause()
	if s.d.Window == nil {
		s.end(t)
		return
	}
	s.stopAsk = dialog.NewConfirm(i18n.L("Stop the workout?"), i18n.L("What you have done so far is kept. On the next screen, give your pain now and press Save session to save it as a partial session."), func(ok bool) {
		s.stopAsk = nil
		if ok {
			s.end(t)
		} else {
			s.d.Player.Resume()
		}
	}, s.d.Window)
	s.stopAsk.Show()
}

// TypedKey: Space pauses or resumes, Escape asks to stop. The window
// forwards keys no focused widget took; the live screen's buttons hand
// these two over first (internal/ui/sessionkey).
//
// While a question is open over the workout the keys answer it, not the
// session behind it: Escape on "Stop the workout?" is its No (a second
// question was stacked on the first), Escape on "Felt it in your back"
// closes it and asks whether to stop, and Space does nothing (it resumed
// the paused workout under the question).
func (s *Screen) TypedKey(ev *fyne.KeyEvent) bool {
	if s.run == nil || (ev.Name != fyne.KeySpace && ev.Name != fyne.KeyEscape) {
		return false
	}
	escape := ev.Name == fyne.KeyEscape
	switch {
	case s.stopAsk != nil:
		if escape {
			s.stopAsk.Hide()
		}
	case s.Felt != nil:
		if escape {
			s.Felt.close(s)
			s.StopEarly()
		}
	case escape:
		s.StopEarly()
	default:
		s.TogglePause()
	}
	return true
}

// Close stops any session; it stays recorded as running, so the next start
// offers to resume it.
func (s *Screen) Close() {
	s.ticker.Stop()
	if s.run != nil {
		s.d.Player.Stop()
	}
}

func orName(it engine.Item) string {
	if it.ExerciseID != "" {
		return it.ExerciseID
	}
	return it.Name
}

func numEntry(n int) *inview.Entry {
	e := inview.NewEntry()
	e.SetText(strconv.Itoa(n))
	return e
}

// sourcesOf is " Source: …" naming each evidence id by its citation, as a
// person reads it; an id missing from the list is still named, not dropped.
func (s *Screen) sourcesOf(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		if ev, ok := s.d.Library.Evidence(id); ok {
			names = append(names, ev.Citation)
		} else {
			names = append(names, id+" "+i18n.L("(not in the evidence list)"))
		}
	}
	return " " + i18n.F("Source: %s", exercise.JoinCitations(names))
}

// Interrupt leaves a playing session because something else took the
// session clock (a practice drill started). What was done stays recorded and
// the setup offers to resume it.
func (s *Screen) Interrupt() {
	if s.run == nil {
		return
	}
	s.ticker.Stop()
	s.run = nil
	s.showView(s.setup)
	s.Reload()
	s.Message.SetText(i18n.L("The workout was left when a practice drill started: resume it below."))
}

// startingNote is shown while the first session of a run waits at time zero
// for the sound device to open (a second or two).
const startingNote = "Starting the sound… the session begins as soon as it plays."

// noteStarting shows startingNote while the device opens and takes it away
// after, leaving any other status message alone.
func (s *Screen) noteStarting() {
	starting := s.d.Player.Starting()
	switch {
	case starting && s.Live.Status.Text == "":
		s.Live.Say(i18n.L(startingNote))
	case !starting && s.Live.Status.Text == i18n.L(startingNote):
		s.Live.Say("")
	}
}
