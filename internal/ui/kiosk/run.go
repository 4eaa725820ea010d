package kiosk

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/corecue/corecue/internal/appdir"
	"github.com/corecue/corecue/internal/audio"
	"github.com/corecue/corecue/internal/cli"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/kiosk"
)

// Setup is what Prepare found: everything checked before any window opens.
type Setup struct {
	Config     kiosk.Config
	ConfigPath string
	PINHash    string
	Library    *exercise.Library
}

// Prepare reads the kiosk's flags, config and PIN. It returns nil and an
// exit code when kiosk mode must not start; the reason is one line on
// stderr. It sets FYNE_SCALE from the config, so call it before the app is
// created. The home database is never opened in kiosk mode.
func Prepare(args []string, stdout, stderr io.Writer) (*Setup, int) {
	path, usage, err := cli.ParseKiosk(args)
	if usage {
		fmt.Fprint(stdout, cli.KioskUsage)
		return nil, 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "corecue kiosk: "+err.Error())
		return nil, 2
	}
	explicit := path != ""
	if !explicit {
		if path, err = kiosk.DefaultPath(); err != nil {
			fmt.Fprintln(stderr, "corecue kiosk: "+err.Error())
			return nil, 2
		}
	}
	cfg, warn, err := kiosk.Load(path)
	if err != nil {
		fmt.Fprintln(stderr, "corecue kiosk: "+err.Error())
		return nil, 2
	}
	for _, w := range warn {
		fmt.Fprintln(stderr, "corecue kiosk: warning: "+w)
	}
	hash, err := kiosk.ReadPIN(kiosk.PINPath(path))
	if err != nil {
		msg := err.Error()
		if explicit {
			msg = strings.Replace(msg, "corecue kiosk set-pin", "corecue kiosk set-pin --config "+path, 1)
		}
		fmt.Fprintln(stderr, "corecue kiosk: "+msg)
		return nil, 2
	}
	dir, err := appdir.Dir()
	if err != nil {
		fmt.Fprintln(stderr, "corecue kiosk: "+err.Error())
		return nil, 2
	}
	lib, err := exercise.Load(dir)
	if lib == nil {
		fmt.Fprintln(stderr, "corecue kiosk: "+err.Error())
		return nil, 2
	}
	if err != nil {
		fmt.Fprintln(stderr, "corecue kiosk: warning: the clinic exercise file is not used: "+err.Error())
	}
	// After the config and PIN, so their errors show even where there is
	// no display; this one exits cli.ExitNoDisplay, which systemd retries.
	if err := cli.DisplayReachable(); err != nil {
		fmt.Fprintln(stderr, "corecue kiosk: "+err.Error())
		return nil, cli.ExitNoDisplay
	}
	if os.Getenv("FYNE_SCALE") == "" && cfg.Scale != 1 {
		os.Setenv("FYNE_SCALE", strconv.FormatFloat(cfg.Scale, 'f', -1, 64))
	}
	return &Setup{Config: cfg, ConfigPath: path, PINHash: hash, Library: lib}, 0
}

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
	k := New(w, d)
	Lock(a, w)
	w.ShowAndRun()
	k.Close()
	return k.ExitCode()
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
	a.Driver().SetDisableScreenBlanking(true)
}
