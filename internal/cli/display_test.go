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

// fakeX serves X clients on a TCP port with serve, and points DISPLAY at
// it (display port-6000), with no cookie file.
func fakeX(t *testing.T, serve func(net.Conn)) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
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
			go serve(c)
		}
	}()
	t.Setenv("DISPLAY", fmt.Sprintf("127.0.0.1:%d", port-6000))
	t.Setenv("XAUTHORITY", t.TempDir()+"/none")
}

// An X server that accepts the socket but not the window: GLFW panicked
// with a stack trace and status 2 when it refused the set-up (the kiosk
// started without the session's cookie: XAUTHORITY unset or wrong, as
// Xvfb -auth does to a client without it), and hung with no window and no
// exit when it had no GLX (Xvfb -extension GLX). Each is one line and the
// status the kiosk's unit restarts on.
func TestAnXServerThatWillNotOpenTheWindowSaysSoInOneLine(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("X11 display names are checked on Linux")
	}
	for _, c := range []struct {
		name  string
		serve func(net.Conn)
		want  []string
	}{
		{"refused", refuse, []string{"refused the connection (Authorization required", "XAUTHORITY"}},
		{"no GLX", noGLX, []string{"has no GLX"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			fakeX(t, c.serve)
			var stderr bytes.Buffer
			if code := CheckDisplay(&stderr); code != ExitNoDisplay {
				t.Fatalf("exit status %d, want %d; said %q", code, ExitNoDisplay, stderr.String())
			}
			out := stderr.String()
			if strings.Count(out, "\n") != 1 || !strings.HasPrefix(out, "corecue: ") || !strings.Contains(out, noWindowHint) {
				t.Fatalf("got %q", out)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("got %q, want it to say %q", out, w)
				}
			}
		})
	}
}

// readSetUp reads an X client's set-up request.
func readSetUp(c net.Conn) bool {
	head := make([]byte, 12)
	if _, err := io.ReadFull(c, head); err != nil {
		return false
	}
	pad := func(n uint16) int { return (int(n) + 3) / 4 * 4 }
	_, err := io.ReadFull(c, make([]byte, pad(binary.LittleEndian.Uint16(head[6:]))+pad(binary.LittleEndian.Uint16(head[8:]))))
	return err == nil
}

// noGLX accepts the client with a minimal set-up (no screens) and answers
// every request as QueryExtension for an extension it does not have.
func noGLX(c net.Conn) {
	defer c.Close()
	if !readSetUp(c) {
		return
	}
	ok := make([]byte, 8+32)
	ok[0] = 1 // Success
	binary.LittleEndian.PutUint16(ok[2:], 11)
	binary.LittleEndian.PutUint16(ok[6:], 8)           // 32 more bytes
	binary.LittleEndian.PutUint32(ok[12:], 0x00200000) // resource id base
	binary.LittleEndian.PutUint32(ok[16:], 0x001fffff) // resource id mask
	if _, err := c.Write(ok); err != nil {
		return
	}
	for seq := uint16(1); ; seq++ {
		head := make([]byte, 4)
		if _, err := io.ReadFull(c, head); err != nil {
			return
		}
		if n := int(binary.LittleEndian.Uint16(head[2:]))*4 - 4; n > 0 {
			if _, err := io.ReadFull(c, make([]byte, n)); err != nil {
				return
			}
		}
		reply := make([]byte, 32)
		reply[0] = 1 // a reply; byte 8, present, stays 0
		binary.LittleEndian.PutUint16(reply[2:], seq)
		if _, err := c.Write(reply); err != nil {
			return
		}
	}
}

// refuse reads an X client's set-up request and answers Failed, with the
// reason Xorg gives a client without the cookie.
func refuse(c net.Conn) {
	defer c.Close()
	if !readSetUp(c) {
		return
	}
	reason := "Authorization required, but no authorization protocol specified\n"
	padded := (len(reason) + 3) / 4 * 4
	reply := make([]byte, 8+padded)
	reply[0], reply[1] = 0, byte(len(reason)) // Failed
	binary.LittleEndian.PutUint16(reply[2:], 11)
	binary.LittleEndian.PutUint16(reply[6:], uint16(padded/4))
	copy(reply[8:], reason)
	c.Write(reply)
}

// An X server that stops just after the check (seen when an Xvfb was being
// replaced on the same display): Fyne's window then panicked with GLFW's
// "NotInitialized" and a stack trace, status 2, which the kiosk's unit does
// not restart on. The panic below is GLFW's, word for word.
func TestDisplayGoneAsTheWindowOpensSaysSoInOneLine(t *testing.T) {
	var stderr bytes.Buffer
	code := openWindow(&stderr, func() int {
		panic(fmt.Errorf("NotInitialized: The GLFW library is not initialized"))
	})
	out := stderr.String()
	if code != ExitNoDisplay || strings.Count(out, "\n") != 1 || !strings.HasPrefix(out, "corecue: the display went away") {
		t.Fatalf("status %d, stderr %q; want %d and one line", code, out, ExitNoDisplay)
	}
	if got := openWindow(&stderr, func() int { return 3 }); got != 3 {
		t.Errorf("a window that ran returned %d, want its own 3", got)
	}
	defer func() {
		if p := recover(); p == nil || fmt.Sprint(p) != "a bug" {
			t.Errorf("another panic was turned into %v, not passed on", p)
		}
	}()
	openWindow(io.Discard, func() int { panic("a bug") })
}

// GLFW's own error line before that panic is left out: the one line above
// names it.
func TestGLFWDisplayErrorLineIsLeftOut(t *testing.T) {
	var out bytes.Buffer
	l := QuietLog(&out)
	fmt.Fprint(l, "2026/12/07 21:06:59 PlatformError: X11: Failed to open display :77\n")
	fmt.Fprint(l, "kept\n")
	if out.String() != "kept\n" {
		t.Errorf("got %q", out.String())
	}
}
