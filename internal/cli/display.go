package cli

import (
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/jezek/xgb"
	"github.com/jezek/xgb/xproto"
)

// xgb logs to stderr by default (a missing .Xauthority); the check says
// what matters in its own one line.
func init() { xgb.Logger = log.New(io.Discard, "", 0) }

// ExitNoDisplay is the exit status of a window command that finds no display
// to open on: EX_TEMPFAIL of sysexits.h. A display that is not there yet may
// be there in a moment, so the kiosk's systemd unit restarts on it
// (deploy/corecue-kiosk.service), unlike 2, bad input, which no restart fixes.
const ExitNoDisplay = 75

// CheckDisplay is the window commands' gate: 0 when a window can open, else
// one line on stderr and ExitNoDisplay. Without it GLFW panics with a stack
// trace and the process exits 2.
func CheckDisplay(stderr io.Writer) int {
	if err := DisplayReachable(); err != nil {
		fmt.Fprintln(stderr, "corecue: "+err.Error())
		return ExitNoDisplay
	}
	return 0
}

// noWindowHint ends every no-display message: what still works.
const noWindowHint = "the commands render, frame, check, exercises and handout work without one"

// DisplayReachable says, in one line, why a window cannot open. The window
// is drawn through X11 (Fyne's GLFW driver, built without Wayland), so on
// Linux and the BSDs an X server must answer on DISPLAY; it is asked by
// connecting to it, which is what GLFW does first. Elsewhere the desktop is
// always there.
func DisplayReachable() error {
	switch runtime.GOOS {
	case "darwin", "windows", "android", "ios", "js":
		return nil
	}
	name := os.Getenv("DISPLAY")
	if name == "" {
		if os.Getenv("WAYLAND_DISPLAY") != "" {
			return errors.New("no X display (DISPLAY is unset): CoreCue draws through X11, so under Wayland it needs Xwayland's DISPLAY; " + noWindowHint)
		}
		return errors.New("no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset); " + noWindowHint)
	}
	addrs, err := xAddresses(name)
	if err != nil {
		return fmt.Errorf("DISPLAY=%q is not an X display name (like :0 or host:0.0); %s", name, noWindowHint)
	}
	var last error
	for _, a := range addrs {
		c, err := net.DialTimeout(a.network, a.address, 3*time.Second)
		if err == nil {
			c.Close()
			if err := refusal(name); err != nil {
				return fmt.Errorf("%v; %s", err, noWindowHint)
			}
			return nil
		}
		last = err
	}
	why := last.Error()
	var op *net.OpError
	if errors.As(last, &op) && op.Err != nil {
		why = op.Err.Error()
	}
	return fmt.Errorf("no X server answers on DISPLAY=%s (%s); %s", name, why, noWindowHint)
}

// refusal asks the X server on name to accept a client, as GLFW's Xlib
// will next, and whether it has GLX, which GLFW needs for the window's
// OpenGL: a socket that answers is not yet a display a window opens on.
// GLFW met a refusal (no cookie, or the wrong one) with a panic, and a
// server without GLX with a window that never came and a process that
// never ended. Anything else (a socket only Xlib finds, a server slow to
// answer) is left to GLFW.
func refusal(name string) error {
	done := make(chan error, 1)
	go func() {
		c, err := xgb.NewConnDisplay(name)
		if err != nil {
			const prefix = "x protocol authentication refused: "
			if why, ok := strings.CutPrefix(err.Error(), prefix); ok {
				done <- fmt.Errorf("the X server on DISPLAY=%s refused the connection (%s): XAUTHORITY must name the session's cookie file", name, strings.TrimSpace(why))
				return
			}
			done <- nil
			return
		}
		defer c.Close()
		if r, err := xproto.QueryExtension(c, 3, "GLX").Reply(); err == nil && !r.Present {
			done <- fmt.Errorf("the X server on DISPLAY=%s has no GLX (OpenGL for X), which CoreCue's window is drawn with", name)
			return
		}
		done <- nil
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(3 * time.Second):
		return nil
	}
}

type xAddr struct{ network, address string }

// xAddresses turns an X display name, [protocol/][host]:display[.screen],
// into the sockets Xlib would try: on the local machine the abstract socket
// (Linux), then the file in /tmp/.X11-unix; on a host, TCP port 6000+display.
// A name that starts with "/" is a socket path with the display appended
// (macOS's XQuartz sets one).
func xAddresses(name string) ([]xAddr, error) {
	i := strings.LastIndex(name, ":")
	if i < 0 {
		return nil, errors.New("no display number")
	}
	host := name[:i]
	n, err := displayNumber(name[i+1:])
	if err != nil {
		return nil, err
	}
	if strings.HasPrefix(host, "/") {
		return []xAddr{{"unix", name}}, nil
	}
	proto := ""
	if j := strings.IndexByte(host, '/'); j >= 0 {
		proto, host = host[:j], host[j+1:]
	}
	if strings.HasSuffix(host, ":") { // host::N is DECnet, which nothing speaks any more
		return nil, errors.New("DECnet display")
	}
	local := host == "" || host == "unix" || proto == "unix"
	if local && proto != "tcp" {
		return localSockets(n), nil
	}
	if host == "" || host == "unix" {
		host = "localhost"
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	return []xAddr{{"tcp", net.JoinHostPort(host, strconv.FormatUint(6000+n, 10))}}, nil
}

// displayNumber reads the display[.screen] part of a display name. The
// screen is checked but not kept: every screen of a display shares its
// socket. The display number must leave its TCP port, 6000+display, a port.
func displayNumber(num string) (uint64, error) {
	if j := strings.IndexByte(num, '.'); j >= 0 {
		if _, err := strconv.ParseUint(num[j+1:], 10, 16); err != nil {
			return 0, errors.New("bad screen number")
		}
		num = num[:j]
	}
	n, err := strconv.ParseUint(num, 10, 16)
	if err != nil || n > 65535-6000 {
		return 0, errors.New("bad display number")
	}
	return n, nil
}

// localSockets are the sockets of display n on this machine: Linux's
// abstract socket first, as Xlib tries it, then the file.
func localSockets(n uint64) []xAddr {
	path := "/tmp/.X11-unix/X" + strconv.FormatUint(n, 10)
	var a []xAddr
	if runtime.GOOS == "linux" {
		a = append(a, xAddr{"unix", "@" + path})
	}
	return append(a, xAddr{"unix", path})
}

// openWindow runs a window command that CheckDisplay has let through. The X
// server can still go between that check and GLFW connecting (it was
// stopping, or restarting): Fyne then panics with GLFW's error and a stack
// trace, and the exit status 2 tells the kiosk's unit not to restart. That
// panic becomes one line and ExitNoDisplay, like the check's own refusal;
// any other panic goes on as it was.
func openWindow(stderr io.Writer, run func() int) (code int) {
	defer func() {
		p := recover()
		if p == nil {
			return
		}
		why := fmt.Sprint(p)
		if !displayLost(why) {
			panic(p)
		}
		fmt.Fprintf(stderr, "corecue: the display went away as the window opened (%s); %s\n", firstLine(why), noWindowHint)
		code = ExitNoDisplay
	}()
	return run()
}

// displayLost reports whether a panic's text is GLFW's failure to start,
// which only a missing or vanished display causes on the X11 build.
func displayLost(why string) bool {
	return strings.Contains(why, "GLFW library is not initialized") ||
		strings.Contains(why, "X11: Failed to open display")
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return strings.TrimSpace(s)
}
