// Package practice is the practice screen: the drill picker, the transport
// buttons and keys, and the picture. Every frame it asks the session clock for
// the time and shows breath's Pose for it; it keeps no timer of its own.
package practice

import (
	"fmt"
	"slices"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/applog"
	"github.com/corecue/corecue/internal/breath"
	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/store"
	"github.com/corecue/corecue/internal/ui/frames"
	"github.com/corecue/corecue/internal/ui/sessionkey"
)

// Player is the session clock and sound: the audio engine in the app, a
// scripted clock in tests.
type Player interface {
	Start(tl *breath.Timeline)
	Pause()
	Resume()
	Stop()
	Paused() bool
	Now() time.Duration // session time as heard
	Silent() (bool, string)
	// Starting: the sound device is still opening; the first drill waits
	// at time zero for it, a second or two.
	Starting() bool
}

// Picture shows a pose: the stage with the corset diagram and captions.
type Picture interface {
	Object() fyne.CanvasObject
	SetPose(breath.Pose)
	SetReducedMotion(bool)
	SetSoundNote(string)
	SetPosition(breath.Position) // poses the body for the drill's position
}

// State is where the screen is in a session.
type State int

const (
	Idle State = iota
	Running
	Paused
)

// Screen is the practice screen.
type Screen struct {
	player  Player
	picture Picture
	drills  func() []breath.Drill // presets then custom drills, asked each time the picker opens
	flash   *canvas.Rectangle     // make bench's flash (benchlog.go); nil unless asked for

	Picker   *picker
	Position *picker // lying, kneeling, sitting, standing: for any drill
	Start    *sessionkey.Button
	Pause    *sessionkey.Button
	Stop     *sessionkey.Button
	Status   *widget.Label
	// Faults opens the common faults, each drawn right and wrong; during a
	// reminder that names a fault it opens at that one. Like the drill's
	// own buttons it leaves Space and Escape to a running drill.
	Faults *sessionkey.Button
	// The practice ladder: where the person stands, and the question at
	// the end of a drill that decides whether its holds count.
	Ladder   *widget.Label
	Question *fyne.Container
	Yes, No  *widget.Button

	choices   []breath.Drill
	tl        *breath.Timeline
	state     State
	last      breath.Pose
	soundNote string
	ticker    *frames.Driver
	content   fyne.CanvasObject
	OnChange  func(State) // lets the window and kiosk react (e.g. idle timers)

	recorder Recorder
	wall     func() time.Time
	started  time.Time // wall-clock start of the drill playing

	ladder LadderStore // nil: no ladder (the kiosk), every position open
	climb  breath.Ladder
	asking int64        // the recorded drill the question is about; 0 when none
	fault  breath.Fault // the fault the reminder names now

	faultsView *FaultsView
}

// Recorder keeps a practised drill as a session of the person's history.
type Recorder interface {
	AddSession(hist.Session) (int64, error)
}

// SetRecorder makes every finished or stopped drill a recorded session
// (none is recorded without one, as in the kiosk). now is the wall clock
// for the session's date; nil means time.Now.
func (s *Screen) SetRecorder(r Recorder, now func() time.Time) {
	if now == nil {
		now = time.Now
	}
	s.recorder, s.wall = r, now
	s.ladder, _ = r.(LadderStore)
	s.reloadLadder()
}

// New builds the screen. drills lists what the picker offers; nil means the presets.
func New(p Player, pic Picture, drills func() []breath.Drill) *Screen {
	if drills == nil {
		drills = breath.Presets
	}
	s := &Screen{player: p, picture: pic, drills: drills}
	s.Picker = newPicker(s, i18n.L("Choose a drill"), s.drillChanged)
	s.Position = newPicker(s, i18n.L("Position"), s.showChosen)
	s.Start = newKeyButton(s, i18n.L("Start"), theme.MediaPlayIcon(), func() { s.StartDrill() })
	s.Start.Importance = widget.HighImportance
	s.Pause = newKeyButton(s, i18n.L("Pause"), theme.MediaPauseIcon(), s.TogglePause)
	s.Stop = newKeyButton(s, i18n.L("Stop"), theme.MediaStopIcon(), s.StopDrill)
	s.Status = widget.NewLabel("")
	s.Status.Wrapping = fyne.TextWrapWord
	s.Faults = newKeyButton(s, i18n.L("Common faults"), theme.InfoIcon(), func() { s.ShowFaults(s.fault) })
	s.Ladder = widget.NewLabel("")
	s.Yes = widget.NewButton(i18n.L("Yes"), func() { s.Answer(true) })
	s.No = widget.NewButton(i18n.L("No"), func() { s.Answer(false) })
	s.Question = container.NewHBox(widget.NewLabelWithStyle(i18n.L(LadderQuestion), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), s.Yes, s.No)
	s.Question.Hide()
	s.Reload()
	s.reloadLadder()

	// The pickers get fixed, generous widths so names are never cut short.
	picker := container.New(layout.NewGridWrapLayout(fyne.NewSize(290, s.Picker.MinSize().Height)), s.Picker)
	position := container.New(layout.NewGridWrapLayout(fyne.NewSize(230, s.Position.MinSize().Height)), s.Position)
	bar := container.NewHBox(widget.NewLabel(i18n.L("Drill")), picker, position, s.Start, s.Pause, s.Stop)
	bottom := container.NewVBox(s.Question, container.NewBorder(nil, nil, nil, container.NewHBox(s.Ladder, s.Faults), s.Status))
	s.content = container.NewBorder(container.NewPadded(bar), container.NewPadded(bottom), nil, nil, pic.Object())
	if s.flash = newFlash(); s.flash != nil {
		s.content = container.NewStack(s.content, container.NewWithoutLayout(s.flash))
	}
	s.ticker = frames.New(func() { benchLog.tick(); s.Frame() })
	s.updateControls()
	s.soundNote = "unset" // forces the first note through
	s.noteSound()
	return s
}

// Content is the screen's root object.
func (s *Screen) Content() fyne.CanvasObject { return s.content }

// State reports whether a drill is idle, running or paused.
func (s *Screen) State() State { return s.state }

// Reload refreshes the picker's choices, keeping the selection when it still exists.
func (s *Screen) Reload() {
	s.choices = s.drills()
	names := labels(s.choices)
	keep := s.Picker.Selected
	s.Picker.SetOptions(names)
	switch {
	case keep != "" && slices.Contains(names, keep):
		s.Picker.SetSelected(keep)
	case len(names) > 0:
		s.Picker.SetSelectedIndex(0)
	}
}

// Choose selects a drill by value, adding it to the picker when it is not a
// listed one (e.g. --reps 12 from the command line).
func (s *Screen) Choose(d breath.Drill) {
	s.Position.SetSelectedIndex(int(d.Position))
	for i, c := range s.choices {
		if c == d {
			s.Picker.SetSelectedIndex(i)
			return
		}
	}
	s.choices = append(s.choices, d)
	s.Picker.SetOptions(labels(s.choices))
	s.Picker.SetSelectedIndex(len(s.choices) - 1)
}

// chosen is the selected drill in the selected position.
func (s *Screen) chosen() (breath.Drill, bool) {
	i := s.Picker.SelectedIndex()
	if i < 0 || i >= len(s.choices) {
		return breath.Drill{}, false
	}
	d := s.choices[i]
	if p := s.Position.SelectedIndex(); p >= 0 {
		d.Position = breath.Positions[p]
	}
	return d, true
}

// drillChanged shows the newly chosen drill. A saved drill brings its own
// position; a preset is done in whichever position is chosen.
func (s *Screen) drillChanged() {
	i := s.Picker.SelectedIndex()
	if i >= 0 && i < len(s.choices) && !slices.Contains(breath.Presets(), s.choices[i]) {
		s.Position.SetSelectedIndex(int(s.choices[i].Position))
	}
	s.showChosen()
}

// showChosen previews the first pose of the selected drill while idle.
func (s *Screen) showChosen() {
	if s.state != Idle {
		return
	}
	d, ok := s.chosen()
	if !ok {
		return
	}
	tl, err := breath.New(d)
	if err != nil {
		s.Status.SetText(err.Error())
		return
	}
	p := tl.Pose(0)
	p.Caption = i18n.N("%[2]s: %[1]d reps, about %[3]s. Press Start or Space.", d.Reps, d.Name, minutes(d.Duration()))
	if why := s.closed(d.Position); why != "" {
		p.Reminder = why
	}
	s.picture.SetPosition(d.Position)
	s.picture.SetPose(p)
}

// StartDrill starts the selected drill from the beginning.
func (s *Screen) StartDrill() {
	d, ok := s.chosen()
	if !ok {
		s.Status.SetText(i18n.L("Choose a drill first."))
		return
	}
	tl, err := breath.New(d)
	if err != nil {
		s.Status.SetText(i18n.L("This drill can't be played: ") + err.Error())
		return
	}
	if s.closed(d.Position) != "" {
		// The set-up line under the picture already says why, since the
		// position was chosen; the status row does not say it again.
		s.Status.SetText("")
		return
	}
	if s.state != Idle {
		s.record(s.player.Now())
		s.player.Stop()
	}
	s.endQuestion() // a new drill leaves the last one's holds unanswered
	s.tl = tl
	if s.wall != nil {
		s.started = s.wall()
	}
	s.picture.SetPosition(d.Position)
	s.player.Start(tl)
	s.setState(Running)
	s.ticker.Start()
	s.Frame()
}

// TogglePause pauses a running drill, resumes a paused one, and starts one when idle.
func (s *Screen) TogglePause() {
	switch s.state {
	case Idle:
		s.StartDrill()
	case Running:
		s.player.Pause()
		s.setState(Paused)
		s.Frame()
	case Paused:
		s.player.Resume()
		s.setState(Running)
	}
}

// StopDrill ends the drill early and returns to the preview.
func (s *Screen) StopDrill() {
	if s.state == Idle {
		return
	}
	note := s.record(s.player.Now())
	s.player.Stop()
	s.ticker.Stop()
	s.setState(Idle)
	s.Status.SetText(i18n.L("Stopped. ") + note)
	s.showChosen()
	s.ask()
}

// Frame shows the pose for the session clock's current time. It runs on every
// animation tick, so it only reads the clock and sets what changed.
func (s *Screen) Frame() {
	if s.state == Idle || s.tl == nil {
		return
	}
	now := s.player.Now()
	benchLog.frame(now)
	p := s.tl.Pose(now)
	s.last = p
	s.noteSound() // a device that fails mid-drill turns the sound off: say so at once
	if s.state == Paused {
		p.Reminder = i18n.L("Paused: press Space or Resume to carry on.")
	}
	s.noteFault(p.Fault)
	s.picture.SetPose(p)
	showFlash(s.flash, p)
	if p.Phase == breath.Done {
		s.player.Stop()
		s.ticker.Stop()
		note := s.record(now)
		s.setState(Idle)
		s.noteFault(breath.FaultNone)
		s.Status.SetText(i18n.F("Finished %s: %s. Well done. %s", s.tl.Drill.Name, repCount(s.tl.Drill.Reps), note))
		s.ask()
	}
}

// Last is the most recent pose shown while a drill ran.
func (s *Screen) Last() breath.Pose { return s.last }

// TypedKey handles Space (pause, resume or start) and Escape (stop, or with
// no drill close the common faults). The window forwards keys that no
// focused widget took.
func (s *Screen) TypedKey(ev *fyne.KeyEvent) bool {
	if s.faultsView != nil && s.state == Idle {
		// The common faults are open with no drill: Escape closes them, and
		// Space starts no drill behind them.
		if ev.Name == fyne.KeyEscape {
			s.faultsView.Close.OnTapped()
		}
		return ev.Name == fyne.KeyEscape || ev.Name == fyne.KeySpace
	}
	switch ev.Name {
	case fyne.KeySpace:
		s.TogglePause()
		return true
	case fyne.KeyEscape:
		s.StopDrill()
		return s.state == Idle
	}
	return false
}

// SetReducedMotion switches the picture to one still pose per phase.
func (s *Screen) SetReducedMotion(on bool) { s.picture.SetReducedMotion(on) }

// Close stops any running drill and the frame hook.
func (s *Screen) Close() {
	s.ticker.Stop()
	if s.state != Idle {
		s.player.Stop()
		s.state = Idle
	}
}

func (s *Screen) setState(st State) {
	s.state = st
	s.updateControls()
	s.dropDisabledFocus()
	if st != Idle {
		s.noteSound()
	}
	if s.OnChange != nil {
		s.OnChange(st)
	}
}

func (s *Screen) updateControls() {
	switch s.state {
	case Idle:
		s.Picker.Enable()
		s.Position.Enable()
		s.Start.Enable()
		s.Pause.Disable()
		s.Stop.Disable()
		s.Pause.SetText(i18n.L("Pause"))
		s.Pause.SetIcon(theme.MediaPauseIcon())
	case Running:
		s.Picker.Disable()
		s.Position.Disable()
		s.Start.Disable()
		s.Pause.Enable()
		s.Stop.Enable()
		s.Pause.SetText(i18n.L("Pause"))
		s.Pause.SetIcon(theme.MediaPauseIcon())
		s.Status.SetText(i18n.L("Space pauses · Escape stops"))
	case Paused:
		s.Pause.SetText(i18n.L("Resume"))
		s.Pause.SetIcon(theme.MediaPlayIcon())
		s.Status.SetText(i18n.L("Paused · Space resumes · Escape stops"))
	}
}

// noteSound tells the person when they will not hear the cues. It runs
// every frame, so it only touches the picture when the answer changes.
func (s *Screen) noteSound() {
	note := ""
	if off, why := s.player.Silent(); off {
		note = i18n.F("%s — follow the captions.", i18n.L(why))
	} else if s.player.Starting() {
		note = i18n.L("Starting the sound… the drill begins as soon as it plays.")
	}
	if note != s.soundNote {
		s.soundNote = note
		s.picture.SetSoundNote(note)
	}
}

// record keeps the drill playing, at session time t, as a session of the
// person's history, and says so in a sentence. A drill stopped before its
// first rep was over is not practice and is not recorded.
func (s *Screen) record(t time.Duration) string {
	if s.recorder == nil || s.tl == nil {
		return ""
	}
	d := s.tl.Drill
	reps := s.tl.RepsDone(t)
	if reps == 0 {
		return i18n.L("No rep was finished, so nothing was recorded.")
	}
	state := hist.Partial
	if t >= s.tl.Total {
		state, t = hist.Finished, s.tl.Total
	}
	ses := hist.Session{Kind: hist.Drill, Started: s.started, Name: d.Name, Position: d.Position,
		Seconds: int((t + time.Second/2) / time.Second), PainBefore: hist.NoPain, PainAfter: hist.NoPain,
		VacuumPlanned: d.Reps, VacuumReps: reps, VacuumHold: int(d.Hold / time.Second), State: state}
	id, err := s.recorder.AddSession(ses)
	if err != nil {
		return applog.Say(i18n.L("It could not be recorded."), err)
	}
	if d.Hold >= breath.LadderHold {
		s.asking = id // the ladder asks about its holds once the drill is over
	}
	if state == hist.Finished {
		return i18n.L("Recorded in History.")
	}
	return i18n.F("%s recorded in History.", repCount(reps))
}

func repCount(n int) string { return i18n.N("%d reps", n) }

func describe(d breath.Drill) string {
	return i18n.N("%[2]s (%[1]d reps)", d.Reps, d.Name)
}

// labels names each drill for the picker. Two drills that would read the
// same (a saved drill named like a built-in one, or names differing only in
// case or spacing) are told apart by their phase lengths, then by a number,
// so the list never shows two entries that look alike.
func labels(ds []breath.Drill) []string {
	out := make([]string, len(ds))
	seen := map[string]int{}
	key := store.NameKey
	for i, d := range ds {
		l := describe(d)
		if seen[key(l)] > 0 {
			l = fmt.Sprintf("%s (%d reps, %s/%s/%s s)", d.Name, d.Reps, secs(d.Exhale), secs(d.Inhale), secs(d.Hold))
		}
		for n := 2; seen[key(l)] > 0; n++ {
			l = fmt.Sprintf("%s (%d reps) #%d", d.Name, d.Reps, n)
		}
		seen[key(l)]++
		out[i] = l
	}
	return out
}

func secs(d time.Duration) string { return strconv.FormatFloat(d.Seconds(), 'f', -1, 64) }

func minutes(d time.Duration) string {
	m := int((d + 30*time.Second) / time.Minute)
	if m < 1 {
		return i18n.L("under a minute")
	}
	return i18n.N("%d minutes", m)
}
