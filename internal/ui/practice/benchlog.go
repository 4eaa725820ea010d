package practice

import (
	"fmt"
	"image/color"
	"os"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/corecue/corecue/internal/breath"
)

// benchLog is the measurement hook `make bench` uses (scripts/bench): with
// CORECUE_BENCH_LOG=FILE the screen appends one line per frame,
// "WALL_NS SESSION_NS" (wall clock as Unix nanoseconds, and the session time
// the frame shows), and once "first WALL_NS" at its first animation tick, the
// first frame the window draws. Unset, it is a nil pointer and each hook call
// is one comparison.
var benchLog = openBenchLog(os.Getenv("CORECUE_BENCH_LOG"))

type frameLog struct {
	f      *os.File
	ticked bool
	buf    []byte
}

func openBenchLog(path string) *frameLog {
	if path == "" {
		return nil
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		fmt.Fprintln(os.Stderr, "corecue: CORECUE_BENCH_LOG: "+err.Error())
		return nil
	}
	return &frameLog{f: f}
}

// frame logs one frame. Each line is written at once, unbuffered: the
// benchmark ends the app with a signal, and a buffer would lose the tail.
func (l *frameLog) frame(session time.Duration) {
	if l == nil {
		return
	}
	b := strconv.AppendInt(l.buf[:0], time.Now().UnixNano(), 10)
	b = append(b, ' ')
	b = strconv.AppendInt(b, int64(session), 10)
	l.buf = append(b, '\n')
	_, _ = l.f.Write(l.buf)
}

// tick marks the first animation tick: the window's first drawn frame.
func (l *frameLog) tick() {
	if l == nil || l.ticked {
		return
	}
	l.ticked = true
	_, _ = fmt.Fprintf(l.f, "first %d\n", time.Now().UnixNano())
}

// BenchFlash is make bench's second hook, for measuring picture and sound
// from outside the program (scripts/bench/outside.go): with
// CORECUE_BENCH_FLASH=1 a white square at the screen's top-left corner lights
// on the first frame of every step of the drill and stays lit for
// flashLength, so a screen recording can pair each step's first frame with
// the onset of its cue. The home window then plays the cue layer alone
// (see home's mixOf), since the recording finds a cue by the silence before it.
var BenchFlash = os.Getenv("CORECUE_BENCH_FLASH") == "1"

const flashLength = 100 * time.Millisecond

// newFlash returns the square, or nil when the hook is off.
func newFlash() *canvas.Rectangle {
	if !BenchFlash {
		return nil
	}
	r := canvas.NewRectangle(color.Black)
	r.Resize(fyne.NewSize(120, 40))
	return r
}

// showFlash lights the square while p is within flashLength of its step's
// start. A step's start is T less the part of it done: Progress of the
// whole, whose rest is Left.
func showFlash(r *canvas.Rectangle, p breath.Pose) {
	if r == nil {
		return
	}
	in := time.Duration(0)
	if p.Progress > 0 && p.Progress < 1 {
		in = time.Duration(float64(p.Left) * p.Progress / (1 - p.Progress))
	}
	var c color.Color = color.Black
	if in < flashLength && p.Phase != breath.Done {
		c = color.White
	}
	if r.FillColor != c {
		r.FillColor = c
		r.Refresh()
	}
}
