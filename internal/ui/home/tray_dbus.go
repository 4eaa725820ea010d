//go:build !darwin && !windows

package home

import (
	"os"

	"github.com/godbus/dbus/v5"
)

// trayHost reports whether a StatusNotifier host (the tray Fyne's systray
// talks to on Linux and the BSDs) is on the session bus. Many desktops
// (GNOME without an extension, bare window managers, a kiosk's X session)
// have none, and an icon registered there would never show. It never starts
// a bus.
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
	err = conn.BusObject().Call("org.freedesktop.DBus.NameHasOwner", 0, statusNotifierWatcher).Store(&has)
	return err == nil && has
}

const statusNotifierWatcher = "org.kde.StatusNotifierWatcher"
