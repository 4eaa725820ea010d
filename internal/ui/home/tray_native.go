//go:build darwin || windows

package home

// trayHost is always true on macOS (the menu bar's status items) and
// Windows (the notification area): Fyne's systray draws into them directly.
func trayHost() bool { return true }
