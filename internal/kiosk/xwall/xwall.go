// Package xwall keeps the kiosk's window where a kiosk's window belongs on
// an X11 desktop: mapped, full screen, on top, active and on the desktop
// being shown. A window manager's shortcut, a click on its menu or a tool
// such as wmctrl can move it from there; the window manager is asked to
// put it back, through the same EWMH messages a pager or wmctrl sends.
//
// It speaks the X protocol itself (pure Go, no cgo) and knows nothing of
// Fyne: it is given the window's X id.
package xwall

import (
	"errors"
	"fmt"
	"io"
	"log"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/jezek/xgb"
	"github.com/jezek/xgb/xproto"
)

// xgb logs to stderr by default (a missing .Xauthority, a closed
// connection); the kiosk's stderr is for what it means to say.
func init() { xgb.Logger = log.New(io.Discard, "", 0) }

// Wall watches one window on one X connection.
type Wall struct {
	conn *xgb.Conn
	win  xproto.Window
	root xproto.Window
	atom map[string]xproto.Atom

	mu       sync.Mutex
	closed   bool
	restores int
}

var atomNames = []string{
	"_NET_SUPPORTING_WM_CHECK", "_NET_WM_STATE", "_NET_WM_STATE_FULLSCREEN", "_NET_WM_STATE_ABOVE", "_NET_WM_STATE_HIDDEN",
	"_NET_ACTIVE_WINDOW", "_NET_CURRENT_DESKTOP", "_NET_WM_DESKTOP", "_NET_CLIENT_LIST_STACKING",
}

// Open connects to the X server named by display ("" for $DISPLAY) and
// watches win from then on.
func Open(display string, win uint32) (*Wall, error) {
	if win == 0 {
		return nil, errors.New("no X window to watch")
	}
	conn, err := xgb.NewConnDisplay(display)
	if err != nil {
		return nil, fmt.Errorf("the X server: %v", err)
	}
	w := &Wall{conn: conn, win: xproto.Window(win), atom: map[string]xproto.Atom{}}
	w.root = xproto.Setup(conn).DefaultScreen(conn).Root
	for _, n := range atomNames {
		r, err := xproto.InternAtom(conn, false, uint16(len(n)), n).Reply()
		if err != nil {
			conn.Close()
			return nil, fmt.Errorf("the X atom %s: %v", n, err)
		}
		w.atom[n] = r.Atom
	}
	if wm := w.cards(w.root, "_NET_SUPPORTING_WM_CHECK"); len(wm) != 1 || wm[0] == 0 {
		conn.Close()
		return nil, errors.New("no EWMH window manager is running: nothing to hold the window against")
	}
	// Other clients may select these on the same windows: X delivers each
	// event to every client that asked.
	if err := xproto.ChangeWindowAttributesChecked(conn, w.win, xproto.CwEventMask,
		[]uint32{xproto.EventMaskStructureNotify | xproto.EventMaskPropertyChange | xproto.EventMaskVisibilityChange}).Check(); err != nil {
		conn.Close()
		return nil, fmt.Errorf("the X window %#x: %v", win, err)
	}
	xproto.ChangeWindowAttributes(conn, w.root, xproto.CwEventMask, []uint32{xproto.EventMaskPropertyChange})
	return w, nil
}

// Problem says what is wrong with the window's place, or "" when nothing is.
func (w *Wall) Problem() string {
	attr, err := xproto.GetWindowAttributes(w.conn, w.win).Reply()
	if err != nil {
		return "the window is gone"
	}
	var wrong []string
	if attr.MapState != xproto.MapStateViewable {
		wrong = append(wrong, "not shown")
	}
	state := w.atoms(w.win, "_NET_WM_STATE")
	if !slices.Contains(state, w.atom["_NET_WM_STATE_FULLSCREEN"]) {
		wrong = append(wrong, "not full screen")
	}
	if slices.Contains(state, w.atom["_NET_WM_STATE_HIDDEN"]) {
		wrong = append(wrong, "minimised")
	}
	if stack := w.cards(w.root, "_NET_CLIENT_LIST_STACKING"); len(stack) > 0 && stack[len(stack)-1] != uint32(w.win) {
		wrong = append(wrong, "not on top")
	}
	if active := w.cards(w.root, "_NET_ACTIVE_WINDOW"); len(active) == 1 && active[0] != uint32(w.win) {
		wrong = append(wrong, "not active")
	}
	cur, mine := w.cards(w.root, "_NET_CURRENT_DESKTOP"), w.cards(w.win, "_NET_WM_DESKTOP")
	if len(cur) == 1 && len(mine) == 1 && mine[0] != 0xFFFFFFFF && cur[0] != mine[0] {
		wrong = append(wrong, "on another desktop")
	}
	return strings.Join(wrong, ", ")
}

// Restore asks the window manager to show the window's desktop, map and
// activate it, and make it full screen and above the rest. Requests come
// as a pager's (source 2), which window managers honour without their
// focus-stealing rules.
func (w *Wall) Restore() {
	w.mu.Lock()
	w.restores++
	w.mu.Unlock()
	if mine := w.cards(w.win, "_NET_WM_DESKTOP"); len(mine) == 1 && mine[0] != 0xFFFFFFFF {
		w.send(w.root, "_NET_CURRENT_DESKTOP", mine[0], 0)
	}
	xproto.MapWindow(w.conn, w.win)
	w.send(w.win, "_NET_WM_STATE", 0, uint32(w.atom["_NET_WM_STATE_HIDDEN"]), 0, 2)
	w.send(w.win, "_NET_WM_STATE", 1, uint32(w.atom["_NET_WM_STATE_FULLSCREEN"]), uint32(w.atom["_NET_WM_STATE_ABOVE"]), 2)
	w.send(w.win, "_NET_ACTIVE_WINDOW", 2, 0, 0)
	xproto.ConfigureWindow(w.conn, w.win, xproto.ConfigWindowStackMode, []uint32{xproto.StackModeAbove})
	w.conn.Sync()
}

// Restores counts the times Restore ran.
func (w *Wall) Restores() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.restores
}

// Hold puts the window back whenever it finds itself elsewhere, until
// Close. Every event on the window or the root wakes it; it waits until
// they settle (settle), checks, and restores when something is wrong. It
// reports each restore to said (which may be nil). Hold blocks: run it
// on its own goroutine.
func (w *Wall) Hold(settle time.Duration, said func(problem string)) {
	events := make(chan struct{}, 1)
	go func() {
		for {
			ev, err := w.conn.WaitForEvent()
			if ev == nil && err == nil {
				close(events) // the connection is closed
				return
			}
			select {
			case events <- struct{}{}:
			default:
			}
		}
	}()
	// A window manager that will not do what is asked must not be asked
	// ten times a second all day: each restore in a row waits twice as long.
	backoff := time.Duration(0)
	check := func() {
		p := w.Problem()
		if p == "" || p == "the window is gone" {
			backoff = 0
			return
		}
		if said != nil {
			said(p)
		}
		time.Sleep(backoff)
		w.Restore()
		backoff = min(max(2*backoff, settle), 5*time.Second)
	}
	check()
	for range events {
		// Let a burst of events (a desktop switch sends several) settle.
		timer := time.NewTimer(settle)
	drain:
		for {
			select {
			case _, ok := <-events:
				if !ok {
					timer.Stop()
					return
				}
			case <-timer.C:
				break drain
			}
		}
		if w.isClosed() {
			return
		}
		check()
	}
}

func (w *Wall) isClosed() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.closed
}

// Close ends Hold and the connection.
func (w *Wall) Close() {
	w.mu.Lock()
	if w.closed {
		w.mu.Unlock()
		return
	}
	w.closed = true
	w.mu.Unlock()
	w.conn.Close()
}

// send is an EWMH client message to the root window about win.
func (w *Wall) send(win xproto.Window, msg string, data ...uint32) {
	d := make([]uint32, 5)
	copy(d, data)
	ev := xproto.ClientMessageEvent{Format: 32, Window: win, Type: w.atom[msg], Data: xproto.ClientMessageDataUnionData32New(d)}
	xproto.SendEvent(w.conn, false, w.root, xproto.EventMaskSubstructureRedirect|xproto.EventMaskSubstructureNotify, string(ev.Bytes()))
}

// cards reads a property of 32-bit values (CARDINAL, WINDOW or ATOM).
func (w *Wall) cards(win xproto.Window, prop string) []uint32 {
	r, err := xproto.GetProperty(w.conn, false, win, w.atom[prop], xproto.GetPropertyTypeAny, 0, 4096).Reply()
	if err != nil || r.Format != 32 {
		return nil
	}
	out := make([]uint32, r.ValueLen)
	for i := range out {
		out[i] = xgb.Get32(r.Value[4*i:])
	}
	return out
}

func (w *Wall) atoms(win xproto.Window, prop string) []xproto.Atom {
	var out []xproto.Atom
	for _, v := range w.cards(win, prop) {
		out = append(out, xproto.Atom(v))
	}
	return out
}
