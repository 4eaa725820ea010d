package home

import (
	"strconv"
	"time"

	"fyne.io/fyne/v2"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/handout"
	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/store"
	"github.com/corecue/corecue/internal/ui/history"
	"github.com/corecue/corecue/internal/ui/practice"
	"github.com/corecue/corecue/internal/ui/sessionkey"
	"github.com/corecue/corecue/internal/ui/workout"
)

// mountWorkout builds the guided-workout and history screens and the
// daily reminder that belongs with them.
func (h *Home) mountWorkout(d Deps) {
	h.History = history.New(history.Deps{Store: d.Store, Window: h.window, Prefs: h.app.Preferences(), Keys: sessions{h}})
	h.Workout = workout.New(workout.Deps{
		Store: d.Store, Library: d.Library, Window: h.window, Prefs: h.app.Preferences(),
		Player:     workoutSound{s: h.sound, before: h.Practice.StopDrill},
		OnSaved:    h.History.Reload,
		OnReminder: h.scheduleReminder,
	})
	// A practice drill takes the one session clock: leave the workout
	// resumable rather than let it follow the drill's time.
	h.Practice.OnChange = func(st practice.State) {
		if st == practice.Running {
			h.Workout.Interrupt()
		}
	}
	// Space and Escape pause and stop a running drill or workout whatever
	// control of these screens has the keyboard (Settings is given them
	// when it is built: settingsView).
	h.Drills.SetKeys(sessions{h})
	h.Workout.SetKeys(sessions{h})
	// Practised drills are sessions of the history like workouts.
	h.Practice.SetRecorder(drillRecorder{d.Store, h.History.Reload}, nil)
	h.scheduleReminder(workout.ReminderTime(h.app.Preferences()))
	h.Tray = h.setupTray()
}

// sessions is the window's drill and workout as one session for the keys,
// read when a key comes: History is made before the workout screen.
type sessions struct{ h *Home }

func (s sessions) any() sessionkey.Any             { return sessionkey.Any{s.h.Practice, s.h.Workout} }
func (s sessions) Running() bool                   { return s.any().Running() }
func (s sessions) TypedKey(ev *fyne.KeyEvent) bool { return s.any().TypedKey(ev) }

// workoutSound plays a workout's cue list on the same player and mix as
// the practice screen: one clock for the whole app.
type workoutSound struct {
	s      *session
	before func() // stops a practice drill: both use the one clock
}

func (w workoutSound) StartCues(cues []breath.Cue, warm *breath.Timeline) {
	w.before()
	w.s.p.StartCues(cues, warm, w.s.mix)
}
func (w workoutSound) Pause()                 { w.s.p.Pause() }
func (w workoutSound) Resume()                { w.s.p.Resume() }
func (w workoutSound) Stop()                  { w.s.p.Stop() }
func (w workoutSound) Paused() bool           { return w.s.p.Paused() }
func (w workoutSound) Now() time.Duration     { return w.s.p.Now() }
func (w workoutSound) Silent() (bool, string) { return silent(w.s.p) }
func (w workoutSound) Starting() bool         { return w.s.p.Starting() }

// drillRecorder records a practised drill and refreshes the history.
type drillRecorder struct {
	st    *store.Store
	saved func()
}

func (r drillRecorder) AddSession(ses hist.Session) (int64, error) {
	id, err := r.st.AddSession(ses)
	if err == nil {
		r.saved()
	}
	return id, err
}

// The practice ladder reads and keeps its answers in the same store.
func (r drillRecorder) SetBreathedNormally(id int64, yes bool) error {
	return r.st.SetBreathedNormally(id, yes)
}

func (r drillRecorder) LadderEntries() ([]breath.LadderEntry, error) { return r.st.LadderEntries() }

// progressOf is the handout's progress page data: every recorded session and
// the person's weekly goal. Unreadable history leaves the page out.
func progressOf(d Deps) *handout.Progress {
	list, err := d.Store.Sessions()
	if err != nil || len(list) == 0 {
		return nil
	}
	goal := hist.DefaultGoal
	if a := fyne.CurrentApp(); a != nil {
		goal = history.Goal(a.Preferences())
	}
	return &handout.Progress{Sessions: list, Goal: goal}
}

// openWorkout shows the Workout tab with the given saved plan chosen, ready
// to start: the planner's "Start workout" button. Nothing opens before the
// red-flag questions are cleared.
func (h *Home) openWorkout(planID int64) {
	if !h.Gate.Cleared() {
		return
	}
	h.Workout.Reload()
	h.Workout.SelectPlan(planID)
	h.show(tabWorkout)
}

// startPlan starts a guided workout of the saved plan called name, as the
// Workout tab's Start button would, once the pain now is given; without such
// a plan the tab says so.
func (h *Home) startPlan(name string) {
	if h.planOpt.NoWarmUp {
		h.Workout.WarmUp.SetChecked(false)
	}
	plans, err := h.store.ListPlans()
	if err != nil {
		h.show(tabWorkout)
		h.Workout.Message.SetText(i18n.L("The saved plans could not be read: ") + err.Error())
		return
	}
	for _, p := range plans {
		if p.Name == name {
			h.openWorkout(p.ID)
			if h.planOpt.Pain < 0 {
				h.Workout.Message.SetText(i18n.L("Rate your pain now, then press Start workout."))
				return
			}
			h.Workout.PainBefore.SetText(strconv.Itoa(h.planOpt.Pain))
			h.Workout.StartWorkout()
			return
		}
	}
	h.show(tabWorkout)
	h.Workout.Message.SetText(i18n.F("There is no saved plan called %q: choose one here, or make it on the Plan tab.", name))
}
