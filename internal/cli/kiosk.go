package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/corecue/corecue/internal/appdir"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/kiosk"
	"github.com/corecue/corecue/internal/regfile"
)

// KioskUsage covers the kiosk commands, for corecue kiosk --help.
const KioskUsage = `Usage:
  corecue kiosk [--config FILE]          run the waiting-room kiosk (full screen, admin PIN to leave)
  corecue kiosk set-pin [--config FILE]  set the admin PIN (asked twice; digits, at least 4)

The config defaults to kiosk.toml in the storage folder; see docs/kiosk.md.
`

// KioskSetPIN asks for the admin PIN twice and stores its salted hash next
// to the kiosk config. From a terminal it reads without echo; otherwise it
// reads the first two lines of stdin (for scripted installs).
// setPINConfigPath is the kiosk config set-pin works beside: the one named
// with --config, or the storage folder's, which it makes. The storage folder
// is CoreCue's own to make; a folder named with --config is the person's,
// and a typo there must not become a new folder.
func setPINConfigPath(given string) (string, error) {
	if given != "" {
		return given, nil
	}
	p, err := kiosk.DefaultPath()
	if err != nil {
		return "", err
	}
	return p, os.MkdirAll(filepath.Dir(p), 0o700)
}

// pinReader asks for a PIN without echo on a terminal, and reads plain
// lines from anything else (a pipe in tests and scripts).
func pinReader(stdin io.Reader, stderr io.Writer) func(prompt string) (string, error) {
	f, ok := stdin.(*os.File)
	if !ok || !isTerminal(f) {
		return lineReader(stdin)
	}
	return func(prompt string) (string, error) {
		fmt.Fprint(stderr, prompt)
		s, err := readHidden(f)
		fmt.Fprintln(stderr)
		return s, err
	}
}

func KioskSetPIN(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlags("corecue kiosk set-pin", KioskUsage)
	cfg := fs.String("config", "", "kiosk config file")
	pos, code, ok := parse(fs, args, 1, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(fs, "unexpected argument (the PIN is asked for, never given on the command line)", stderr)
	}
	path, err := setPINConfigPath(*cfg)
	if err != nil {
		return fail(stderr, "corecue kiosk set-pin: "+err.Error())
	}
	if err := regfile.Check(kiosk.PINPath(path)); err != nil {
		return fail(stderr, "corecue kiosk set-pin: "+err.Error())
	}
	read := pinReader(stdin, stderr)
	first, err := read("New admin PIN (digits): ")
	if err != nil {
		return fail(stderr, "corecue kiosk set-pin: no PIN given")
	}
	if err := kiosk.CheckPIN(first); err != nil {
		return fail(stderr, "corecue kiosk set-pin: "+err.Error())
	}
	second, err := read("Same PIN again: ")
	if err != nil {
		return fail(stderr, "corecue kiosk set-pin: the PIN was given only once; give it twice")
	}
	if first != second {
		return fail(stderr, "corecue kiosk set-pin: the two PINs differ; nothing was changed")
	}
	pinPath := kiosk.PINPath(path)
	if err := kiosk.WritePIN(pinPath, first); err != nil {
		return fail(stderr, "corecue kiosk set-pin: "+err.Error())
	}
	fmt.Fprintf(stdout, "Admin PIN saved (as a salted hash) in %s\n", pinPath)
	// A first run has no config yet: give it one so `corecue kiosk` starts.
	wrote, err := kiosk.WriteStarter(path)
	if err != nil {
		return fail(stderr, "corecue kiosk set-pin: "+err.Error())
	}
	if wrote {
		fmt.Fprintf(stdout, "No kiosk config was there: wrote a starter one in %s; put the clinic's name and contact in it or on the admin screen\n", path)
	}
	return 0
}

// lineReader reads one PIN per line, ignoring the prompt.
func lineReader(r io.Reader) func(string) (string, error) {
	sc := bufio.NewScanner(io.LimitReader(r, 4096))
	return func(string) (string, error) {
		if !sc.Scan() {
			return "", io.EOF
		}
		return strings.TrimSpace(sc.Text()), nil
	}
}

// runKiosk is corecue kiosk and corecue kiosk set-pin.
func runKiosk(args []string, s IO, w Windows) int {
	if len(args) > 0 && args[0] == "set-pin" {
		return KioskSetPIN(args[1:], s.Stdin, s.Stdout, s.Stderr)
	}
	setup, code := PrepareKiosk(args, s.Stdout, s.Stderr)
	if setup == nil {
		return code
	}
	return openWindow(s.Stderr, func() int { return w.Kiosk(setup) })
}

// PrepareKiosk reads the kiosk's flags, config and PIN. It returns nil and
// an exit code when kiosk mode must not start; the reason is one line on
// stderr. It sets FYNE_SCALE from the config, so call it before the app is
// created. The home database is never opened in kiosk mode.
func PrepareKiosk(args []string, stdout, stderr io.Writer) (*kiosk.Setup, int) {
	fs := newFlags("corecue kiosk", KioskUsage)
	cfg := fs.String("config", "", "kiosk config file")
	if _, code, ok := parse(fs, args, 0, stdout, stderr); !ok {
		return nil, code
	}
	say := func(code int, msg string) (*kiosk.Setup, int) {
		fmt.Fprintln(stderr, "corecue kiosk: "+msg)
		return nil, code
	}
	path, explicit := *cfg, *cfg != ""
	if !explicit {
		p, err := kiosk.DefaultPath()
		if err != nil {
			return say(2, err.Error())
		}
		path = p
	}
	c, warn, err := kiosk.Load(path)
	if err != nil {
		return say(2, err.Error())
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
		return say(2, msg)
	}
	dir, err := appdir.Dir()
	if err != nil {
		return say(2, err.Error())
	}
	lib, err := exercise.Load(dir)
	if lib == nil {
		return say(2, err.Error())
	}
	if err != nil {
		fmt.Fprintln(stderr, "corecue kiosk: warning: the clinic exercise file is not used: "+err.Error())
	}
	// After the config and PIN, so their errors show even where there is
	// no display; this one exits ExitNoDisplay, which systemd retries.
	if err := DisplayReachable(); err != nil {
		return say(ExitNoDisplay, err.Error())
	}
	if os.Getenv("FYNE_SCALE") == "" && c.Scale != 1 {
		os.Setenv("FYNE_SCALE", strconv.FormatFloat(c.Scale, 'f', -1, 64))
	}
	return &kiosk.Setup{Config: c, ConfigPath: path, PINHash: hash, Library: lib}, 0
}
