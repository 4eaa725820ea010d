package cli

import (
	"bytes"
	"io"
	"sync"
)

// QuietLog wraps stderr for the standard logger, through which Fyne reports
// its errors, and drops the reports that are no error. Every file dialog
// logs "Getting favorite locations" with a cause such as "this computer does
// not define a VIDEOS folder" when one of the home folders it lists in its
// side bar (Documents, Music, Videos…) does not exist, as on most kiosks and
// servers. The dialog shows the rest and works.
//
// It drops one more: "Preferences load error" with a cause such as "EOF".
// The app (see appdir.PrepareFyne) reads the preferences file before Fyne
// does and sets aside one Fyne could not load, so this report only comes
// later, from Fyne's watch on that file: it reloads the file each time
// another CoreCue process (a second window, a kiosk) writes it, and Fyne
// writes in place, so a reload can find it empty or cut short for a moment.
// Fyne then keeps the settings it holds and writes them back; the next
// write gives the whole file again. Everything else passes.
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
	droppedReasons = [][]byte{
		[]byte("Fyne error:  Getting favorite locations"),
		[]byte("Fyne error:  Preferences load error"),
		// GLFW's own line when the display went between CheckDisplay and
		// the window: openWindow says it in CoreCue's one line.
		[]byte("PlatformError: X11: Failed to open display"),
	}
	reportTail = [][]byte{[]byte("  Cause: "), []byte("  At: ")}
)

func (q *quietLog) Write(p []byte) (int, error) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for _, r := range droppedReasons {
		if bytes.Contains(p, r) {
			q.in = true
			return len(p), nil
		}
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
