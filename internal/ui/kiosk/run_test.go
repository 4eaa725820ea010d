package kiosk

import "testing"

// The kiosk asks the desktop not to blank the screen only where a session
// bus is there to ask; elsewhere Fyne's attempt printed D-Bus errors at
// every start (scripts/quiet-test.sh runs the real kiosk without a bus).
func TestScreenBlankingIsAskedOnlyOfABusThatIsThere(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	none := func(string) bool { return false }
	socket := func(p string) bool { return p == "/run/user/1000/bus" }
	for _, c := range []struct {
		name   string
		env    map[string]string
		exists func(string) bool
		want   bool
	}{
		{"bare X session", map[string]string{}, none, false},
		{"runtime folder without a bus", map[string]string{"XDG_RUNTIME_DIR": "/run/user/1000"}, none, false},
		{"bus address given", map[string]string{"DBUS_SESSION_BUS_ADDRESS": "unix:path=/tmp/b"}, none, true},
		{"systemd user bus", map[string]string{"XDG_RUNTIME_DIR": "/run/user/1000"}, socket, true},
	} {
		if got := sessionBusKnown(env(c.env), c.exists); got != c.want {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
}
