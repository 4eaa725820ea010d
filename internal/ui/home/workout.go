package home

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/handout"
	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/ui/history"
	"github.com/corecue/corecue/internal/ui/practice"
	"github.com/corecue/corecue/internal/ui/settings"
	"github.com/corecue/corecue/internal/ui/workout"
)

// mountWorkout adds the guided-workout and history tabs before Settings.
func (h *Home) mountWorkout(d Deps) {
	h.History = history.New(history.Deps{Store: d.Store, Window: h.window, Prefs: h.app.Preferences()})
	h.Workout = workout.New(workout.Deps{
		Store: d.Store, Library: d.Library, Window: h.window, Prefs: h.app.Preferences(),
		Player:     workoutSound{s: h.sound, before: h.Practice.StopDrill},
		OnSaved:    h.History.Reload,
		OnReminder: h.scheduleReminder,
	})
	// A practice drill takes the one session clock: leave the workout
	// resumable rather than let it follow the drill's time.
	prevPractice := h.Practice.OnChange
	h.Practice.OnChange = func(st practice.State) {
		if prevPractice != nil {
			prevPractice(st)
		}
		if st == practice.Running {
			h.Workout.Interrupt()
		}
	}
	h.store = d.Store
	h.scheduleReminder(workout.ReminderTime(h.app.Preferences()))
	h.Tray = h.setupTray()
	tab := container.NewTabItemWithIcon("Workout", theme.MediaFastForwardIcon(), h.Workout.Content())
	histTab := container.NewTabItemWithIcon("History", theme.HistoryIcon(), h.History.Content())
	at := len(h.Tabs.Items)
	for i, it := range h.Tabs.Items {
		if it.Text == "Settings" {
			at = i
		}
	}
	items := append([]*container.TabItem{}, h.Tabs.Items[:at]...)
	items = append(items, tab, histTab)
	h.Tabs.Items = append(items, h.Tabs.Items[at:]...)
	h.Tabs.Refresh()
	// Charts are images in the theme's colours: draw them again on a change;
	// the workout's figure follows the reduced-motion setting like practice's.
	h.Workout.Live.Figure.SetReducedMotion(h.Settings.Current().ReducedMotion)
	if prevChange := h.Settings.OnChange; prevChange != nil {
		h.Settings.OnChange = func(s settings.Settings) {
			prevChange(s)
			h.Workout.Live.Figure.SetReducedMotion(s.ReducedMotion)
			h.History.Reload()
		}
	}
	// Plans may have been made on the Plan tab since: list them afresh.
	prev := h.Tabs.OnSelected
	h.Tabs.OnSelected = func(it *container.TabItem) {
		if prev != nil {
			prev(it)
		}
		if it == tab && !h.Workout.Running() {
			h.Workout.Reload()
		}
	}
}

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
func (w workoutSound) Silent() (bool, string) { return w.s.p.Silent() }
func (w workoutSound) Starting() bool         { return w.s.p.Starting() }

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
// to start: the planner's "Start workout" button.
func (h *Home) openWorkout(planID int64) {
	h.Workout.Reload()
	h.Workout.SelectPlan(planID)
	for i, it := range h.Tabs.Items {
		if it.Text == "Workout" {
			h.Tabs.SelectIndex(i)
		}
	}
}
