// Package cli is CoreCue's command line: the one table of commands, their
// flags and usage, and the commands that need no window. Commands that open
// a window are parsed and checked here too, then handed to the functions
// app/ passes in (Windows), so app/ holds only the Fyne wiring. Each command
// is a plain function of its arguments and output streams, testable
// without a display.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/corecue/corecue/internal/appdir"
	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/kiosk"
)

// Command runs a sub-command and returns the process exit code:
// 0 done, 2 bad input (with one line on stderr naming the problem).
type Command func(args []string, stdout, stderr io.Writer) int

// Windows are the window commands' Fyne side, given by app/.
type Windows struct {
	// Home opens the main window (or a drill or the calibration in it).
	Home func(w Window) int
	// Kiosk opens the waiting-room kiosk from a checked setup.
	Kiosk func(s *kiosk.Setup) int
	// Bench opens the benchmark's yardstick window (hidden command).
	Bench func(args []string, stderr io.Writer) int
}

// IO are the process's streams.
type IO struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// entry is one command of the table.
type entry struct {
	name   string
	hidden bool // not in the usage (make bench's yardstick)
	run    func(args []string, io IO, w Windows) int
}

// table is every command CoreCue has, in one place.
func table() []entry {
	plain := func(c Command) func([]string, IO, Windows) int {
		return func(args []string, s IO, _ Windows) int { return c(args, s.Stdout, s.Stderr) }
	}
	window := func(mode string) func([]string, IO, Windows) int {
		return func(args []string, s IO, w Windows) int { return runWindow(mode, args, s, w) }
	}
	return []entry{
		{name: "practice", run: window("practice")},
		{name: "calibrate", run: window("calibrate")},
		{name: "workout", run: window("workout")},
		{name: "kiosk", run: runKiosk},
		{name: "render", run: plain(Render)},
		{name: "frame", run: plain(Frame)},
		{name: "check", run: plain(Check)},
		{name: "exercises", run: plain(Exercises)},
		{name: "handout", run: plain(Handout)},
		{name: "poster", run: plain(Poster)},
		{name: "help", run: func(_ []string, s IO, _ Windows) int { fmt.Fprint(s.Stdout, Usage); return 0 }},
		{name: "bench-baseline", hidden: true, run: func(args []string, s IO, w Windows) int { return w.Bench(args, s.Stderr) }},
	}
}

// Main runs the command args name (the main window when there is none) and
// returns the exit code.
func Main(args []string, s IO, w Windows) int {
	loadTranslations(s.Stderr)
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		for _, e := range table() {
			if e.name == args[0] {
				return e.run(args[1:], s, w)
			}
		}
		return fail(s.Stderr, fmt.Sprintf("corecue: unknown command %q (corecue help lists the commands)", args[0]))
	}
	return runWindow("home", args, s, w)
}

// Usage is printed for corecue help and --help.
const Usage = `Usage: corecue [command] [flags]

Window commands:
  corecue                         open CoreCue
  corecue practice [--preset vacuum|drawing-in|taster] [--reps N] [--position lying|kneeling|sitting|standing] [--no-audio]
                                  open straight into a running drill (a position the ladder
                                  has not opened yet is shown locked, not started)
  corecue workout --plan NAME [--pain 0-10] [--no-warm-up] [--no-audio]
                                  open a guided workout of the saved plan NAME, started at
                                  once when --pain rates your pain now (else it asks)
  corecue calibrate [--no-audio]  open the click-and-flash A/V calibration
  corecue kiosk [--config FILE]   the clinic waiting-room kiosk (see docs/kiosk.md)
  corecue kiosk set-pin [--config FILE]   set the kiosk's admin PIN

Commands without a window:
  corecue render [--preset vacuum] [--reps N] [--sounds tones|voice|both] [--bed on|off] -o FILE.wav [--cues FILE.json] [--lang CODE]
  corecue frame [--preset vacuum] [--reps N] --at SECONDS [--position lying|kneeling|sitting|standing] [--view all|side|front|section] [--size WxH] [--theme light|dark] [--lang CODE] -o FILE.png
  corecue poster -o FILE.pdf [--lang CODE]   an A3 wall poster of the drill
  corecue check PLAN.json [--json] [--pain N] [--leg-symptoms] [--morning]
  corecue exercises [--json]
  corecue handout PLAN.json -o FILE.pdf [--pain N] [--leg-symptoms] [--morning] [--goal N] [--lang CODE]
                                  (a progress page when sessions are recorded; --goal: sessions a week, default 3)
  corecue help                    this text (also corecue --help)
`

// Window is what the window commands ask for.
type Window struct {
	Mode    string        // "home", "practice", "calibrate" or "workout"
	Drill   *breath.Drill // set for practice
	Plan    string        // set for workout: the saved plan to start
	Pain    int           // workout: pain now 0-10, or -1 to ask in the window
	NoWarm  bool          // workout: leave out the vacuum warm-up
	NoAudio bool
}

func runWindow(mode string, args []string, s IO, w Windows) int {
	name := "corecue"
	if mode != "home" {
		name += " " + mode
	}
	fs := newFlags(name, Usage)
	preset := fs.String("preset", "vacuum", "drill preset: vacuum, drawing-in or taster")
	reps := fs.Int("reps", 0, "number of reps (1-100)")
	position := fs.String("position", "lying", "lying, kneeling, sitting or standing")
	planName := fs.String("plan", "", "the saved plan a guided workout follows")
	pain := fs.Int("pain", -1, "pain now, 0 (none) to 10 (worst), for a guided workout")
	noWarm := fs.Bool("no-warm-up", false, "a guided workout without the vacuum warm-up")
	noAudio := fs.Bool("no-audio", false, "no sound: captions only, on a silent clock")
	if _, code, ok := parse(fs, args, 0, s.Stdout, s.Stderr); !ok {
		return code
	}
	win, err := window(mode, fs, *preset, *reps, *position, *planName)
	if err == nil {
		win.Pain, win.NoWarm, err = workoutStart(mode, fs, *pain, *noWarm)
	}
	if err != nil {
		return fail(s.Stderr, name+": "+err.Error())
	}
	win.NoAudio = *noAudio
	if code := CheckDisplay(s.Stderr); code != 0 {
		return code
	}
	return openWindow(s.Stderr, func() int { return w.Home(win) })
}

// window checks the window flags against the mode they go with.
func window(mode string, fs *flag.FlagSet, preset string, reps int, position, planName string) (Window, error) {
	win := Window{Mode: mode}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if mode == "workout" {
		if strings.TrimSpace(planName) == "" {
			return win, errors.New("--plan NAME is needed: the saved plan to start")
		}
		win.Plan = strings.TrimSpace(planName)
	} else if set["plan"] {
		return win, errors.New("--plan goes with corecue workout")
	}
	if mode != "practice" {
		if set["preset"] || set["reps"] || set["position"] {
			return win, errors.New("--preset, --reps and --position go with corecue practice")
		}
		return win, nil
	}
	if set["reps"] && (reps < breath.MinReps || reps > breath.MaxReps) {
		return win, fmt.Errorf("--reps must be %d–%d, got %d", breath.MinReps, breath.MaxReps, reps)
	}
	pos, err := breath.ParsePosition(position)
	if err != nil {
		return win, fmt.Errorf("--position: %v", err)
	}
	d, err := breath.Preset(preset, reps)
	if err != nil {
		return win, err
	}
	d.Position = pos
	win.Drill = &d
	return win, nil
}

// workoutStart checks the flags that start a guided workout straight away.
func workoutStart(mode string, fs *flag.FlagSet, pain int, noWarm bool) (int, bool, error) {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if mode != "workout" {
		if set["pain"] || set["no-warm-up"] {
			return -1, false, errors.New("--pain and --no-warm-up go with corecue workout")
		}
		return -1, false, nil
	}
	if set["pain"] && (pain < 0 || pain > 10) {
		return -1, false, fmt.Errorf("--pain must be 0 (none) to 10 (worst), got %d", pain)
	}
	return pain, noWarm, nil
}

// loadTranslations adds the clinic's translation files in the storage
// folder to the built-in ones; a refused file is said in one line and its
// built-in text kept.
func loadTranslations(stderr io.Writer) {
	dir, err := appdir.Dir()
	if err != nil {
		return // the commands that need the folder say so themselves
	}
	for _, p := range i18n.LoadDir(dir) {
		fmt.Fprintln(stderr, "corecue: warning: "+p)
	}
}

func fail(stderr io.Writer, msg string) int {
	fmt.Fprintln(stderr, msg)
	return 2
}
