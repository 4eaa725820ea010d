//go:build !darwin && !windows

package home

import (
	"bufio"
	"os/exec"
	"strings"
	"testing"

	"github.com/godbus/dbus/v5"
)

// startSessionBus runs a private D-Bus session daemon for the test and
// returns its address.
func startSessionBus(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("dbus-daemon")
	if err != nil {
		t.Skip("dbus-daemon is not installed (scripts/install-deps.sh test installs it)")
	}
	cmd := exec.Command(bin, "--session", "--nofork", "--nopidfile", "--print-address=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	addr, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("dbus-daemon printed no address: %v", err)
	}
	return strings.TrimSpace(addr)
}

// The tray is offered on Linux only while a StatusNotifier host owns its
// name on the session bus: a desktop with no tray keeps close-to-quit.
func TestTrayHostIsTheStatusNotifierWatcherOnTheSessionBus(t *testing.T) {
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "")
	if trayHost() {
		t.Fatal("a tray without a session bus")
	}
	addr := startSessionBus(t)
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", addr)
	if trayHost() {
		t.Fatal("a tray on a bus with no StatusNotifier host")
	}
	host, err := dbus.Connect(addr)
	if err != nil {
		t.Fatal(err)
	}
	defer host.Close()
	if r, err := host.RequestName(statusNotifierWatcher, dbus.NameFlagDoNotQueue); err != nil || r != dbus.RequestNameReplyPrimaryOwner {
		t.Fatalf("could not stand in as the tray host: %v %v", r, err)
	}
	if !trayHost() {
		t.Fatal("no tray although a StatusNotifier host is on the bus")
	}
	if _, err := host.ReleaseName(statusNotifierWatcher); err != nil {
		t.Fatal(err)
	}
	if trayHost() {
		t.Fatal("a tray after the host left the bus")
	}
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/corecue-test-bus")
	if trayHost() {
		t.Fatal("a tray on a bus that cannot be reached")
	}
}
