package practice

import (
	"image/color"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/canvas"

	"github.com/corecue/corecue/internal/breath"
)

// With the hook on, every frame leaves "wall session" with the session time
// the picture was given, and the first tick is marked once.
func TestBenchLogRecordsEveryFrameAndTheFirstTick(t *testing.T) {
	path := filepath.Join(t.TempDir(), "frames.log")
	saved := benchLog
	benchLog = openBenchLog(path)
	t.Cleanup(func() { benchLog.f.Close(); benchLog = saved })

	s, p, _ := newScreen(t)
	before := time.Now().UnixNano()
	s.StartDrill()
	s.ticker.Tick() // what the window's animation does every frame
	p.now = 1500 * time.Millisecond
	s.ticker.Tick()
	after := time.Now().UnixNano()

	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	var firsts, sessions []string
	for _, ln := range lines {
		f := strings.Fields(ln)
		if len(f) != 2 {
			t.Fatalf("line %q: want two fields", ln)
		}
		wall, werr := strconv.ParseInt(f[len(f)-1], 10, 64)
		if f[0] == "first" {
			firsts = append(firsts, ln)
		} else {
			wall, werr = strconv.ParseInt(f[0], 10, 64)
			sessions = append(sessions, f[1])
		}
		if werr != nil || wall < before || wall > after {
			t.Fatalf("line %q: wall time outside the test's run", ln)
		}
	}
	if len(firsts) != 1 {
		t.Fatalf("first-frame lines %v, want exactly one", firsts)
	}
	// StartDrill's own frame and the test driver's one tick on Start (both at
	// 0), then our two ticks.
	if got := strings.Join(sessions, ","); got != "0,0,0,1500000000" {
		t.Fatalf("session times %s, want 0,0,0,1500000000", got)
	}
}

// Unset, the hook is nil and its calls do nothing.
func TestBenchLogOffIsNil(t *testing.T) {
	l := openBenchLog("")
	if l != nil {
		t.Fatal("hook on without CORECUE_BENCH_LOG")
	}
	l.frame(time.Second)
	l.tick()
}

// The outside measure pairs each lit edge of the flash with a cue's onset,
// so the square must light on a step's first frame and be dark again well
// before the next step, and stay dark when the drill is over.
func TestBenchFlashLightsForTheFirstMomentsOfEachStep(t *testing.T) {
	tl, err := breath.New(breath.Vacuum(2))
	if err != nil {
		t.Fatal(err)
	}
	r := canvas.NewRectangle(color.Black)
	for _, s := range tl.Segments {
		for _, c := range []struct {
			after time.Duration
			lit   bool
		}{{0, true}, {60 * time.Millisecond, true}, {150 * time.Millisecond, false}, {s.Len - 20*time.Millisecond, false}} {
			showFlash(r, tl.Pose(s.Start+c.after))
			if got := r.FillColor == color.White; got != c.lit {
				t.Errorf("%s of rep %d, %s in: lit %v, want %v", s.Phase, s.Rep, c.after, got, c.lit)
			}
		}
	}
	showFlash(r, tl.Pose(tl.Total+time.Second))
	if r.FillColor != color.Black {
		t.Error("the flash lit after the drill ended")
	}
	showFlash(nil, tl.Pose(0)) // the hook off: nothing to light, no panic
}
