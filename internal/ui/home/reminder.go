package home

import (
	"os"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"github.com/godbus/dbus/v5"

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

// setupTray puts CoreCue in the system tray where the desktop has one, and
// then closing the window hides it so reminders keep coming; Quit in the
// tray menu ends the app. Without a tray, closing the window quits as before:
// a hidden window with no tray icon could not be brought back.
func (h *Home) setupTray() bool {
	desk, ok := h.app.(desktop.App)
	if !ok || !trayHost() {
		return false
	}
	show := func() {
		h.window.Show()
		h.window.RequestFocus()
	}
	desk.SetSystemTrayMenu(fyne.NewMenu("CoreCue",
		fyne.NewMenuItem("Open CoreCue", show),
		fyne.NewMenuItem("Start a workout", func() {
			show()
			for i, it := range h.Tabs.Items {
				if it.Text == "Workout" {
					h.SelectTab(i)
				}
			}
		}),
	))
	h.window.SetCloseIntercept(h.window.Hide)
	return true
}

// trayHost reports whether a StatusNotifier host (the tray fyne's systray
// talks to on Linux) is on the session bus. It never starts a bus.
func trayHost() bool {
	addr := os.Getenv("DBUS_SESSION_BUS_ADDRESS")
	if addr == "" {
		return false
	}
	conn, err := dbus.Connect(addr)
	if err != nil {
		return false
	}
	defer conn.Close()
	var has bool
	err = conn.BusObject().Call("org.freedesktop.DBus.NameHasOwner", 0, "org.kde.StatusNotifierWatcher").Store(&has)
	return err == nil && has
}
