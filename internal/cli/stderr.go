package cli

import (
	"bytes"
	"io"
	"sync"
)

// QuietLog wraps stderr for the standard logger, through which Fyne reports
// its errors, and drops the one report that is no error: every file dialog
// logs "Getting favorite locations" with a cause such as "this computer does
// not define a VIDEOS folder" when one of the home folders it lists in its
// side bar (Documents, Music, Videos…) does not exist, as on most kiosks and
// servers. The dialog shows the rest and works; everything else passes.
func QuietLog(stderr io.Writer) io.Writer { return &quietLog{w: stderr} }

type quietLog struct {
	w  io.Writer
	mu sync.Mutex
	in bool // inside a dropped report: its Cause and At lines follow
}

// Fyne's fyne.LogError writes its report as up to three log lines: the
// reason, "  Cause: …" and "  At: file:line". The log package calls Write
// once per line.
var (
	droppedReason = []byte("Fyne error:  Getting favorite locations")
	reportTail    = [][]byte{[]byte("  Cause: "), []byte("  At: ")}
)

func (q *quietLog) Write(p []byte) (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if bytes.Contains(p, droppedReason) {
		q.in = true
		return len(p), nil
	}
	if q.in {
		for _, t := range reportTail {
			if bytes.Contains(p, t) {
				return len(p), nil
			}
		}
		q.in = false
	}
	return q.w.Write(p)
}
