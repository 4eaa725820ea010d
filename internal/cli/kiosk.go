package cli

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/corecue/corecue/internal/kiosk"
	"github.com/corecue/corecue/internal/regfile"
)

// KioskUsage covers the kiosk commands; app/ prints it for corecue kiosk -h.
const KioskUsage = `Usage:
  corecue kiosk [--config FILE]          run the waiting-room kiosk (full screen, admin PIN to leave)
  corecue kiosk set-pin [--config FILE]  set the admin PIN (asked twice; digits, at least 4)

The config defaults to kiosk.toml in the storage folder; see docs/kiosk.md.
`

// KioskSetPIN asks for the admin PIN twice and stores its salted hash next
// to the kiosk config. From a terminal it reads without echo; otherwise it
// reads the first two lines of stdin (for scripted installs).
func KioskSetPIN(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("kiosk set-pin", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	cfg := fs.String("config", "", "kiosk config file")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, KioskUsage)
			return 0
		}
		return fail(stderr, "corecue kiosk set-pin: "+err.Error())
	}
	if fs.NArg() > 0 {
		return fail(stderr, fmt.Sprintf("corecue kiosk set-pin: unexpected argument %q (the PIN is asked for, never given on the command line)", fs.Arg(0)))
	}
	path := *cfg
	if path == "" {
		p, err := kiosk.DefaultPath()
		if err == nil {
			// The storage folder is CoreCue's own to make; a folder named
			// with --config is the person's, and a typo there must not
			// become a new folder.
			err = os.MkdirAll(filepath.Dir(p), 0o700)
		}
		if err != nil {
			return fail(stderr, "corecue kiosk set-pin: "+err.Error())
		}
		path = p
	}
	if err := regfile.Check(kiosk.PINPath(path)); err != nil {
		return fail(stderr, "corecue kiosk set-pin: "+err.Error())
	}
	read := lineReader(stdin)
	if f, ok := stdin.(*os.File); ok && isTerminal(f) {
		read = func(prompt string) (string, error) {
			fmt.Fprint(stderr, prompt)
			s, err := readHidden(f)
			fmt.Fprintln(stderr)
			return s, err
		}
	}
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
	return 0
}

func fail(stderr io.Writer, msg string) int {
	fmt.Fprintln(stderr, msg)
	return 2
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

// ParseKiosk reads corecue kiosk's flags: the config path ("" for the
// default) or a request for usage.
func ParseKiosk(args []string) (config string, usage bool, err error) {
	fs := flag.NewFlagSet("kiosk", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&config, "config", "", "kiosk config file")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return "", true, nil
		}
		return "", false, errors.New(strings.Replace(err.Error(), "flag provided but not defined: ", "unknown flag ", 1))
	}
	if fs.NArg() > 0 {
		return "", false, fmt.Errorf("unexpected argument %q (try corecue kiosk --help)", fs.Arg(0))
	}
	return config, false, nil
}
