// Package cli holds CoreCue's sub-commands and the parsing of the window
// commands' flags. Each command is a plain function of its arguments and
// output streams, so it can be tested without a display and app/ stays small.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/corecue/corecue/internal/breath"
)

// Command runs a sub-command and returns the process exit code:
// 0 done, 2 bad input (with one line on stderr naming the problem).
type Command func(args []string, stdout, stderr io.Writer) int

// Commands are the sub-commands that need no window.
func Commands() map[string]Command {
	return map[string]Command{
		"render":    Render,
		"frame":     Frame,
		"check":     Check,
		"exercises": Exercises,
		"handout":   Handout,
	}
}

// Usage is printed for -h and for an unknown command.
const Usage = `Usage: corecue [command] [flags]

Window commands:
  corecue                         open CoreCue
  corecue practice [--preset vacuum|taster] [--reps N] [--no-audio]
                                  open straight into a running drill
  corecue calibrate [--no-audio]  open the click-and-flash A/V calibration
  corecue kiosk [--config FILE]   the clinic waiting-room kiosk (see docs/kiosk.md)
  corecue kiosk set-pin [--config FILE]   set the kiosk's admin PIN

Commands without a window:
  corecue render [--preset vacuum] [--reps N] [--sounds tones|voice|both] [--bed on|off] -o FILE.wav [--cues FILE.json]
  corecue frame [--preset vacuum] [--reps N] --at SECONDS [--size WxH] [--theme light|dark] -o FILE.png
  corecue check PLAN.json [--json] [--pain N] [--leg-symptoms] [--morning]
  corecue exercises [--json]
  corecue handout PLAN.json -o FILE.pdf [--pain N] [--leg-symptoms] [--morning] [--goal N]
                                  (a progress page when sessions are recorded; --goal: sessions a week, default 3)
`

// Window is what the window commands ask for.
type Window struct {
	Mode      string        // "home", "practice" or "calibrate"
	Drill     *breath.Drill // set for practice
	NoAudio   bool
	ShowUsage bool
}

// ParseWindow reads the arguments of the window commands.
func ParseWindow(args []string) (Window, error) {
	w := Window{Mode: "home"}
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		switch args[0] {
		case "practice", "calibrate":
			w.Mode = args[0]
			args = args[1:]
		default:
			return w, fmt.Errorf("unknown command %q (try corecue --help)", args[0])
		}
	}
	fs := flag.NewFlagSet("corecue", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	preset := fs.String("preset", "vacuum", "drill preset: vacuum or taster")
	reps := fs.Int("reps", 0, "number of reps (1-100)")
	fs.BoolVar(&w.NoAudio, "no-audio", false, "no sound: captions only, on a silent clock")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			w.ShowUsage = true
			return w, nil
		}
		return w, errors.New(strings.TrimPrefix(err.Error(), "flag provided but not defined: "))
	}
	if fs.NArg() > 0 {
		return w, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if w.Mode != "practice" && (set["preset"] || set["reps"]) {
		return w, errors.New("--preset and --reps go with corecue practice")
	}
	if w.Mode == "practice" {
		if set["reps"] && (*reps < breath.MinReps || *reps > breath.MaxReps) {
			return w, fmt.Errorf("--reps must be %d–%d, got %d", breath.MinReps, breath.MaxReps, *reps)
		}
		d, err := breath.Preset(*preset, *reps)
		if err != nil {
			return w, err
		}
		w.Drill = &d
	}
	return w, nil
}
