package practice

import (
	"fmt"
	"os"
	"strconv"
	"time"
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
