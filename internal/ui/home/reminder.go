package home

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"

	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/reminder"
	"github.com/corecue/corecue/internal/ui/bridge"
	"github.com/corecue/corecue/internal/ui/workout"
)

// reminders fires the daily practice reminder while the app runs. The timer
// is wall-clock and only shows a notification: it drives no session state.
type reminders struct {
	mu    sync.Mutex
	timer *time.Timer
}

// scheduleReminder (re)arms the reminder for the saved time, or disarms it.
func (h *Home) scheduleReminder(t reminder.Time) {
	h.remind.mu.Lock()
	defer h.remind.mu.Unlock()
	if h.remind.timer != nil {
		h.remind.timer.Stop()
		h.remind.timer = nil
	}
	next, ok := t.Next(time.Now())
	if !ok {
		return
	}
	h.remind.timer = time.AfterFunc(time.Until(next), func() {
		bridge.Do(func() {
			h.fireReminder()
			h.scheduleReminder(workout.ReminderTime(h.app.Preferences()))
		})
	})
}

// fireReminder sends the notification unless a session is already recorded today.
func (h *Home) fireReminder() {
	today := false
	if list, err := h.store.Sessions(); err == nil {
		days := hist.Days(list, time.Local)
		today = days[hist.Day(time.Now())] > 0
	}
	if msg, ok := reminder.Message(today); ok {
		h.app.SendNotification(fyne.NewNotification("CoreCue", msg))
	}
}

func (h *Home) stopReminder() { h.scheduleReminder(reminder.Time{}) }
