package home

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/corecue/corecue/internal/i18n"
)

// setupTray puts CoreCue in the system tray where the desktop has one, and
// then closing the window hides it so reminders keep coming; Quit in the
// tray menu ends the app. Without a tray, closing the window quits as before:
// a hidden window with no tray icon could not be brought back. Whether the
// desktop has a tray is trayHost's answer, one file per kind of system.
func (h *Home) setupTray() bool {
	desk, ok := h.app.(desktop.App)
	if !ok || !trayHost() {
		return false
	}
	h.offerTray(desk)
	return true
}

// offerTray hands the tray menu to Fyne (which adds Quit), lets a tap on
// the icon bring the window back, and keeps the app running when the window
// is closed.
func (h *Home) offerTray(desk desktop.App) {
	desk.SetSystemTrayMenu(h.trayMenu())
	desk.SetSystemTrayWindow(h.window)
	h.window.SetCloseIntercept(h.window.Hide)
}

func (h *Home) trayMenu() *fyne.Menu {
	show := func() {
		h.window.Show()
		h.window.RequestFocus()
	}
	return fyne.NewMenu("CoreCue",
		fyne.NewMenuItem(i18n.L("Open CoreCue"), show),
		fyne.NewMenuItem(i18n.L("Start a workout"), func() {
			show()
			for i, it := range h.Tabs.Items {
				if it.Text == i18n.L("Workout") {
					h.SelectTab(i)
				}
			}
		}),
	)
}
