package cli

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"os"
	"runtime"
	"strings"
	"testing"
)

// freeDisplay is a display number nothing listens on.
func freeDisplay(t *testing.T) int {
	for n := 4700; n < 4800; n++ {
		path := fmt.Sprintf("/tmp/.X11-unix/X%d", n)
		if _, err := os.Stat(path); err != nil {
			if c, err := net.Dial("unix", "@"+path); err == nil {
				c.Close()
				continue
			}
			return n
		}
	}
	t.Fatal("no free display number")
	return 0
}

// Each way a kiosk or a laptop can start without a reachable display gets
// one line that names it and the status the kiosk's unit restarts on,
// instead of GLFW's panic and status 2.
func TestNoReachableDisplaySaysSoInOneLine(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("X11 display names are checked on Linux")
	}
	free := fmt.Sprintf(":%d", freeDisplay(t))
	for _, c := range []struct {
		name, display, wayland, want string
	}{
		{"unset", "", "", "DISPLAY and WAYLAND_DISPLAY are unset"},
		{"only Wayland", "", "wayland-0", "under Wayland it needs Xwayland's DISPLAY"},
		{"no server", free, "", "no X server answers on DISPLAY=" + free},
		{"no server, screen given", free + ".0", "", "no X server answers on DISPLAY=" + free + ".0"},
		{"nonsense", "nonsense", "", `DISPLAY="nonsense" is not an X display name`},
		{"bad number", ":x", "", `DISPLAY=":x" is not an X display name`},
		{"bad screen", ":0.y", "", `DISPLAY=":0.y" is not an X display name`},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("DISPLAY", c.display)
			t.Setenv("WAYLAND_DISPLAY", c.wayland)
			var stderr bytes.Buffer
			if code := CheckDisplay(&stderr); code != ExitNoDisplay {
				t.Fatalf("exit status %d, want %d", code, ExitNoDisplay)
			}
			out := stderr.String()
			if strings.Count(out, "\n") != 1 || !strings.HasPrefix(out, "corecue: ") {
				t.Fatalf("want one line starting corecue:, got %q", out)
			}
			if !strings.Contains(out, c.want) || !strings.Contains(out, noWindowHint) {
				t.Fatalf("got %q, want it to say %q and what works without a display", out, c.want)
			}
		})
	}
}

func TestReachableDisplayPasses(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("X11 display names are checked on Linux")
	}
	// An X server listens on the abstract socket Xvfb and Xorg open too.
	n := freeDisplay(t)
	l, err := net.Listen("unix", fmt.Sprintf("@/tmp/.X11-unix/X%d", n))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			c.Close()
		}
	}()
	for _, d := range []string{fmt.Sprintf(":%d", n), fmt.Sprintf("unix:%d.0", n)} {
		t.Setenv("DISPLAY", d)
		var stderr bytes.Buffer
		if code := CheckDisplay(&stderr); code != 0 || stderr.Len() != 0 {
			t.Errorf("DISPLAY=%s: status %d, %q", d, code, stderr.String())
		}
	}
}

func TestXAddresses(t *testing.T) {
	for name, want := range map[string]string{
		"host:2.1":                     "tcp host:6002",
		"tcp/:3":                       "tcp localhost:6003",
		"[::1]:0":                      "tcp [::1]:6000",
		"/tmp/x.sock":                  "",
		"/tmp/launchd-1/org.xquartz:0": "unix /tmp/launchd-1/org.xquartz:0",
	} {
		a, err := xAddresses(name)
		got := ""
		if err == nil {
			got = a[len(a)-1].network + " " + a[len(a)-1].address
		}
		if got != want {
			t.Errorf("xAddresses(%q) = %q, want %q", name, got, want)
		}
	}
}

// The kiosk was started with DISPLAY naming a running X server but without
// the session's cookie (XAUTHORITY unset or wrong): the socket answered, so
// the check passed, and GLFW then panicked with a stack trace and status 2.
// The X server here accepts the connection and refuses its set-up, as Xvfb
// -auth does.
func TestAnXServerThatRefusesSaysSoInOneLine(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("X11 display names are checked on Linux")
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	port := ln.Addr().(*net.TCPAddr).Port
	if port < 6000 {
		t.Skipf("port %d cannot be an X display's", port)
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go refuse(c)
		}
	}()
	t.Setenv("DISPLAY", fmt.Sprintf("127.0.0.1:%d", port-6000))
	t.Setenv("XAUTHORITY", t.TempDir()+"/none")
	var stderr bytes.Buffer
	if code := CheckDisplay(&stderr); code != ExitNoDisplay {
		t.Fatalf("exit status %d, want %d; said %q", code, ExitNoDisplay, stderr.String())
	}
	out := stderr.String()
	if strings.Count(out, "\n") != 1 || !strings.Contains(out, "refused") || !strings.Contains(out, "Authorization required") ||
		!strings.Contains(out, "XAUTHORITY") || !strings.Contains(out, noWindowHint) {
		t.Fatalf("got %q", out)
	}
}

// refuse reads an X client's set-up request and answers Failed, with the
// reason Xorg gives a client without the cookie.
func refuse(c net.Conn) {
	defer c.Close()
	head := make([]byte, 12)
	if _, err := io.ReadFull(c, head); err != nil {
		return
	}
	n := int(binary.LittleEndian.Uint16(head[6:])) + int(binary.LittleEndian.Uint16(head[8:]))
	io.ReadFull(c, make([]byte, (n+3)/4*4))
	reason := "Authorization required, but no authorization protocol specified\n"
	padded := (len(reason) + 3) / 4 * 4
	reply := make([]byte, 8+padded)
	reply[0], reply[1] = 0, byte(len(reason)) // Failed
	binary.LittleEndian.PutUint16(reply[2:], 11)
	binary.LittleEndian.PutUint16(reply[6:], uint16(padded/4))
	copy(reply[8:], reason)
	c.Write(reply)
}
