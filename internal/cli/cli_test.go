package cli

import (
	"bytes"
	"io"
	"net"
	"strings"
	"testing"

	"github.com/corecue/corecue/internal/kiosk"
)

// mainRun runs Main with windows that record what they were asked to open.
func mainRun(t *testing.T, args ...string) (code int, stdout, stderr string, opened *Window) {
	t.Helper()
	// Something listening where X server 4798 would: the display check
	// passes, and the window functions below never touch it.
	if l, err := net.Listen("unix", "@/tmp/.X11-unix/X4798"); err == nil {
		t.Cleanup(func() { l.Close() })
	}
	t.Setenv("DISPLAY", ":4798")
	var out, errb bytes.Buffer
	w := Windows{
		Home:  func(win Window) int { opened = &win; return 0 },
		Kiosk: func(*kiosk.Setup) int { t.Fatal("kiosk opened"); return 0 },
		Bench: func([]string, io.Writer) int { return 7 },
	}
	code = Main(args, IO{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}, w)
	return code, out.String(), errb.String(), opened
}

func TestMainOpensTheRightWindow(t *testing.T) {
	if code, _, _, w := mainRun(t); code != 0 || w == nil || w.Mode != "home" || w.Drill != nil {
		t.Fatalf("no args: %d %+v", code, w)
	}
	code, _, _, w := mainRun(t, "practice", "--reps", "15", "--no-audio")
	if code != 0 || w.Mode != "practice" || w.Drill == nil || w.Drill.Reps != 15 || !w.NoAudio {
		t.Fatalf("practice: %+v", w)
	}
	if _, _, _, w := mainRun(t, "practice", "--preset", "taster"); w.Drill.Name != "Taster" {
		t.Fatalf("taster: %+v", w)
	}
	if _, _, _, w := mainRun(t, "calibrate", "--no-audio"); w.Mode != "calibrate" || !w.NoAudio {
		t.Fatalf("calibrate: %+v", w)
	}
	for _, p := range []string{"lying", "kneeling", "sitting", "Standing"} {
		code, _, errb, w := mainRun(t, "practice", "--position", p)
		if code != 0 || w == nil || w.Drill == nil || !strings.EqualFold(w.Drill.Position.String(), p) {
			t.Fatalf("practice --position %s: %d %q %+v", p, code, errb, w)
		}
	}
	if _, _, _, w := mainRun(t, "practice"); w.Drill.Position.String() != "lying" {
		t.Fatalf("practice without --position is not lying: %+v", w.Drill)
	}
	if _, _, _, w := mainRun(t, "workout", "--plan", " Gentle start "); w == nil || w.Mode != "workout" || w.Plan != "Gentle start" {
		t.Fatalf("workout --plan: %+v", w)
	}
	if _, _, _, w := mainRun(t, "workout", "--plan", "A"); w.Pain != -1 || w.NoWarm {
		t.Fatalf("workout without --pain must ask for it: %+v", w)
	}
	if _, _, _, w := mainRun(t, "workout", "--plan", "A", "--pain", "0", "--no-warm-up"); w.Pain != 0 || !w.NoWarm {
		t.Fatalf("workout --pain 0 --no-warm-up: %+v", w)
	}
	if code, _, _, _ := mainRun(t, "bench-baseline"); code != 7 {
		t.Fatal("bench-baseline not dispatched")
	}
}

func TestHelpPrintsTheUsage(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}, {"practice", "--help"}} {
		code, out, errb, w := mainRun(t, args...)
		if code != 0 || !strings.Contains(out, "Usage: corecue") || errb != "" || w != nil {
			t.Errorf("%v: %d %q %q", args, code, out, errb)
		}
	}
}

// corecue --frob said only "corecue: -frob".
func TestBadCommandLinesAreOneLineWithAWayToHelp(t *testing.T) {
	for _, bad := range []struct {
		args []string
		want string
	}{
		{[]string{"--frob"}, "corecue: unknown option --frob (corecue --help shows the usage)"},
		{[]string{"-frob"}, "unknown option -frob"},
		{[]string{"practice", "--reps", "0"}, "--reps"},
		{[]string{"practice", "--reps", "x"}, `-reps: "x" is not a valid value`},
		{[]string{"practice", "--preset", "plank"}, "plank"},
		{[]string{"dance"}, `unknown command "dance" (corecue help lists the commands)`},
		{[]string{"--reps", "10"}, "practice"},
		{[]string{"calibrate", "extra"}, `unexpected argument "extra"`},
		{[]string{"practice", "--volume", "3"}, "unknown option --volume"},
		{[]string{"practice", "--position", "hanging"}, `corecue practice: --position: unknown position "hanging": use lying, kneeling, sitting or standing`},
		{[]string{"calibrate", "--position", "sitting"}, "--preset, --reps and --position go with corecue practice"},
		{[]string{"workout"}, "corecue workout: --plan NAME is needed"},
		{[]string{"workout", "--plan", "A", "--position", "sitting"}, "go with corecue practice"},
		{[]string{"practice", "--plan", "A"}, "--plan goes with corecue workout"},
		{[]string{"workout", "--plan", "A", "--pain", "11"}, "corecue workout: --pain must be 0 (none) to 10 (worst), got 11"},
		{[]string{"practice", "--pain", "2"}, "--pain and --no-warm-up go with corecue workout"},
		{[]string{"render", "--loud"}, "corecue render: unknown option --loud (corecue render --help shows the usage)"},
	} {
		code, _, errb, w := mainRun(t, bad.args...)
		if code != 2 || w != nil || !strings.Contains(errb, bad.want) || strings.Count(errb, "\n") != 1 {
			t.Errorf("%v: %d %q, want %q", bad.args, code, errb, bad.want)
		}
	}
}
