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
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/applog"
	"github.com/corecue/corecue/internal/breath"
	hist "github.com/corecue/corecue/internal/history"
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

	Picker *picker
	Start  *sessionkey.Button
	Pause  *sessionkey.Button
	Stop   *sessionkey.Button
	Status *widget.Label

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
}

// New builds the screen. drills lists what the picker offers; nil means the presets.
func New(p Player, pic Picture, drills func() []breath.Drill) *Screen {
	if drills == nil {
		drills = breath.Presets
	}
	s := &Screen{player: p, picture: pic, drills: drills}
	s.Picker = newPicker(s)
	s.Start = newKeyButton(s, "Start", theme.MediaPlayIcon(), func() { s.StartDrill() })
	s.Start.Importance = widget.HighImportance
	s.Pause = newKeyButton(s, "Pause", theme.MediaPauseIcon(), s.TogglePause)
	s.Stop = newKeyButton(s, "Stop", theme.MediaStopIcon(), s.StopDrill)
	s.Status = widget.NewLabel("")
	s.Status.Wrapping = fyne.TextWrapWord
	s.Reload()

	// The picker gets a fixed, generous width so drill names are never cut short.
	picker := container.New(layout.NewGridWrapLayout(fyne.NewSize(300, s.Picker.MinSize().Height)), s.Picker)
	bar := container.NewHBox(widget.NewLabel("Drill"), picker, s.Start, s.Pause, s.Stop)
	s.content = container.NewBorder(container.NewPadded(bar), container.NewPadded(s.Status), nil, nil, pic.Object())
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

func (s *Screen) chosen() (breath.Drill, bool) {
	i := s.Picker.SelectedIndex()
	if i < 0 || i >= len(s.choices) {
		return breath.Drill{}, false
	}
	return s.choices[i], true
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
	p.Caption = fmt.Sprintf("%s: %d reps, about %s. Press Start or Space.", d.Name, d.Reps, minutes(d.Duration()))
	s.picture.SetPose(p)
}

// StartDrill starts the selected drill from the beginning.
func (s *Screen) StartDrill() {
	d, ok := s.chosen()
	if !ok {
		s.Status.SetText("Choose a drill first.")
		return
	}
	tl, err := breath.New(d)
	if err != nil {
		s.Status.SetText("This drill can't be played: " + err.Error())
		return
	}
	if s.state != Idle {
		s.record(s.player.Now())
		s.player.Stop()
	}
	s.tl = tl
	if s.wall != nil {
		s.started = s.wall()
	}
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
	s.Status.SetText("Stopped. " + note)
	s.showChosen()
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
		p.Reminder = "Paused: press Space or Resume to carry on."
	}
	s.picture.SetPose(p)
	if p.Phase == breath.Done {
		s.player.Stop()
		s.ticker.Stop()
		note := s.record(now)
		s.setState(Idle)
		s.Status.SetText(fmt.Sprintf("Finished %s: %s. Well done. %s", s.tl.Drill.Name, repCount(s.tl.Drill.Reps), note))
	}
}

// Last is the most recent pose shown while a drill ran.
func (s *Screen) Last() breath.Pose { return s.last }

// TypedKey handles Space (pause, resume or start) and Escape (stop). The
// window forwards keys that no focused widget took.
func (s *Screen) TypedKey(ev *fyne.KeyEvent) bool {
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
		s.Start.Enable()
		s.Pause.Disable()
		s.Stop.Disable()
		s.Pause.SetText("Pause")
		s.Pause.SetIcon(theme.MediaPauseIcon())
	case Running:
		s.Picker.Disable()
		s.Start.Disable()
		s.Pause.Enable()
		s.Stop.Enable()
		s.Pause.SetText("Pause")
		s.Pause.SetIcon(theme.MediaPauseIcon())
		s.Status.SetText("Space pauses · Escape stops")
	case Paused:
		s.Pause.SetText("Resume")
		s.Pause.SetIcon(theme.MediaPlayIcon())
		s.Status.SetText("Paused · Space resumes · Escape stops")
	}
}

// noteSound tells the person when they will not hear the cues. It runs
// every frame, so it only touches the picture when the answer changes.
func (s *Screen) noteSound() {
	note := ""
	if off, why := s.player.Silent(); off {
		note = why + " — follow the captions."
	} else if s.player.Starting() {
		note = "Starting the sound… the drill begins as soon as it plays."
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
		return "No rep was finished, so nothing was recorded."
	}
	state := hist.Partial
	if t >= s.tl.Total {
		state, t = hist.Finished, s.tl.Total
	}
	ses := hist.Session{Kind: hist.Drill, Started: s.started, Name: d.Name, Position: d.Position,
		Seconds: int((t + time.Second/2) / time.Second), PainBefore: hist.NoPain, PainAfter: hist.NoPain,
		VacuumPlanned: d.Reps, VacuumReps: reps, VacuumHold: int(d.Hold / time.Second), State: state}
	if _, err := s.recorder.AddSession(ses); err != nil {
		return applog.Say("It could not be recorded.", err)
	}
	if state == hist.Finished {
		return "Recorded in History."
	}
	return fmt.Sprintf("%s recorded in History.", repCount(reps))
}

func repCount(n int) string { return hist.Count(n, "rep", "reps") }

func describe(d breath.Drill) string {
	return fmt.Sprintf("%s (%d reps)", d.Name, d.Reps)
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
		return "under a minute"
	}
	if m == 1 {
		return "1 minute"
	}
	return fmt.Sprintf("%d minutes", m)
}
