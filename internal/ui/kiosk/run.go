package kiosk

import (
	"fmt"
	"os"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/corecue/corecue/internal/audio"
	"github.com/corecue/corecue/internal/kiosk"
	"github.com/corecue/corecue/internal/kiosk/xwall"
)

// Setup is what the command line checked before any window opens.
type Setup = kiosk.Setup

// Run opens the kiosk full screen in a and blocks until admin exits.
func Run(a fyne.App, s *Setup) int {
	a.Settings().SetTheme(look{})
	w := a.NewWindow("CoreCue")
	d := Deps{
		Config: s.Config, ConfigPath: s.ConfigPath, Library: s.Library,
		Player: audio.Open(false),
		Quit:   a.Quit,
	}
	d.Guard = kiosk.NewGuard(s.PINHash, timeNow)
	var held atomic.Pointer[xwall.Wall]
	d.Reassert = func() {
		if wall := held.Load(); wall != nil && wall.Problem() != "" {
			wall.Restore()
		}
	}
	k := New(w, d)
	Lock(a, w)
	a.Lifecycle().SetOnStarted(func() {
		held.Store(holdWindow(w))
	})
	w.ShowAndRun()
	if wall := held.Load(); wall != nil {
		wall.Close()
	}
	k.Close()
	return k.ExitCode()
}

// holdWindow keeps w full screen, on top and shown on X11 (see
// internal/kiosk/xwall); elsewhere, or with no window manager, it does
// nothing and returns nil.
func holdWindow(w fyne.Window) *xwall.Wall {
	nw, ok := w.(driver.NativeWindow)
	if !ok {
		return nil
	}
	var id uintptr
	nw.RunNative(func(ctx any) {
		if x, ok := ctx.(driver.X11WindowContext); ok {
			id = x.WindowHandle
		}
	})
	if id == 0 {
		return nil
	}
	wall, err := xwall.Open("", uint32(id))
	if err != nil {
		fmt.Fprintln(os.Stderr, "corecue kiosk: warning: the window is not held full screen: "+err.Error())
		return nil
	}
	go wall.Hold(100*time.Millisecond, func(problem string) {
		fmt.Fprintln(os.Stderr, "corecue kiosk: the window was "+problem+": putting it back")
	})
	return wall
}

// Lock makes w a kiosk window: full screen and no way out. A close request
// from the window manager (Alt+F4, a close button, xdotool) is swallowed,
// the keys that close or un-fullscreen windows elsewhere are taken and
// dropped, and the screen is kept from blanking where the desktop allows.
func Lock(a fyne.App, w fyne.Window) {
	w.SetPadded(false)
	w.SetFullScreen(true)
	w.SetFixedSize(true)
	w.SetCloseIntercept(func() {})
	c := w.Canvas()
	for _, s := range []struct {
		key fyne.KeyName
		mod fyne.KeyModifier
	}{
		{fyne.KeyQ, fyne.KeyModifierControl}, {fyne.KeyW, fyne.KeyModifierControl},
		{fyne.KeyQ, fyne.KeyModifierSuper}, {fyne.KeyW, fyne.KeyModifierSuper},
		{fyne.KeyF4, fyne.KeyModifierAlt}, {fyne.KeyF11, 0}, {fyne.KeyEscape, 0},
	} {
		c.AddShortcut(&desktop.CustomShortcut{KeyName: s.key, Modifier: s.mod}, func(fyne.Shortcut) {})
	}
	// Keys reach no visitor screen: touch only. Admin's entries get theirs
	// through focus, which bypasses this.
	c.SetOnTypedKey(func(*fyne.KeyEvent) {})
	c.SetOnTypedRune(func(rune) {})
	if sessionBusKnown(os.Getenv, fileExists) {
		a.Driver().SetDisableScreenBlanking(true)
	}
}

// sessionBusKnown reports whether a desktop session bus is there to ask not
// to blank the screen. Without one, Fyne's request starts dbus-launch, and
// where that is missing (a bare X session, the documented Openbox set-up)
// writes three lines of error to stderr at every start; that set-up turns
// blanking off with xset instead (docs/kiosk.md). These are the places the
// bus library Fyne uses looks before it launches a bus of its own.
func sessionBusKnown(getenv func(string) string, exists func(string) bool) bool {
	if getenv("DBUS_SESSION_BUS_ADDRESS") != "" {
		return true
	}
	dir := getenv("XDG_RUNTIME_DIR")
	return dir != "" && (exists(dir+"/bus") || exists(dir+"/dbus-session"))
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
