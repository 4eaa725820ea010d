package home

import (
	"testing"

	"fyne.io/fyne/v2"
)

// trayRecorder is where Fyne's desktop driver would draw the tray; the test
// app has none, so the test keeps what CoreCue hands over.
type trayRecorder struct {
	menu   *fyne.Menu
	window fyne.Window
}

func (r *trayRecorder) SetSystemTrayMenu(m *fyne.Menu)    { r.menu = m }
func (r *trayRecorder) SetSystemTrayIcon(fyne.Resource)   {}
func (r *trayRecorder) SetSystemTrayWindow(w fyne.Window) { r.window = w }

func TestTrayMenuOpensTheWindowAndTheWorkout(t *testing.T) {
	h, _ := newHome(t, Options{})
	var tray trayRecorder
	h.offerTray(&tray)
	if tray.window != h.window {
		t.Fatal("a tap on the tray icon would not bring the window back")
	}
	if tray.menu == nil || len(tray.menu.Items) != 2 {
		t.Fatalf("tray menu: %+v", tray.menu)
	}
	open, workout := tray.menu.Items[0], tray.menu.Items[1]
	if open.Label != "Open CoreCue" || workout.Label != "Start a workout" {
		t.Fatalf("tray items: %q, %q", open.Label, workout.Label)
	}
	h.SelectTab(0)
	workout.Action()
	if got := h.Tabs.Selected().Text; got != "Workout" {
		t.Fatalf("Start a workout shows the %s tab", got)
	}
}
