// Command corecue is the CoreCue desktop app and its command-line tools.
// The command line (every command, its flags and its errors) lives in
// internal/cli; this package only gives it the windows, which need Fyne's
// app package, of which it is the one importer.
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"runtime/debug"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/corecue/corecue/assets"
	"github.com/corecue/corecue/internal/appdir"
	"github.com/corecue/corecue/internal/cli"
	"github.com/corecue/corecue/internal/kiosk"
	_ "github.com/corecue/corecue/internal/locale" // before Fyne reads the locale: see its doc
	"github.com/corecue/corecue/internal/shutdown"
	"github.com/corecue/corecue/internal/ui/benchwin"
	"github.com/corecue/corecue/internal/ui/home"
	kioskui "github.com/corecue/corecue/internal/ui/kiosk"
)

// closeWindow is how a stop signal ends a window command, set once its app
// exists; until then (and for commands without a window) the signal ends
// the program as soon as no save is in progress.
var closeWindow atomic.Pointer[func()]

func main() {
	log.SetOutput(cli.QuietLog(os.Stderr))
	shutdown.Notify(func(sig os.Signal) {
		if stop := closeWindow.Load(); stop != nil {
			// As if the person closed the window, and as quietly (a
			// desktop's logout sends SIGTERM): what it does on closing
			// (stopping the sound and the drill) runs, then the window
			// command returns and the store is closed.
			shutdown.Wait()
			fyne.Do(*stop)
			return
		}
		shutdown.Exit(sig, os.Stderr)
	})
	code := cli.Main(os.Args[1:], cli.IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}, cli.Windows{
		Home: runHome,
		Kiosk: func(s *kiosk.Setup) int {
			lessHeap()
			a, _, ok := newApp(appdir.AppID)
			if !ok {
				return 1
			}
			return kioskui.Run(a, s)
		},
		Bench: func(args []string, stderr io.Writer) int {
			return benchwin.Run(func() fyne.App {
				a, _, ok := newApp(appdir.AppID + ".bench")
				if !ok {
					os.Exit(1) // newApp said why
				}
				return a
			}, args, stderr)
		},
	})
	// A save a goroutine began as the window closed ends before the process.
	shutdown.Wait()
	os.Exit(code)
}

// runHome opens the main window, straight into a drill or the calibration
// when the command line asked for one.
func runHome(opt cli.Window) int {
	lessHeap()
	deps, notices, err := home.Load(opt.NoAudio)
	if err != nil {
		fmt.Fprintln(os.Stderr, "corecue: "+err.Error())
		return 1
	}
	defer deps.Store.Close()
	deps.Stills = cli.HandoutDiagram

	a, notice, ok := newApp(appdir.AppID)
	if !ok {
		return 1
	}
	if notice != "" {
		notices = append(notices, home.Notice{Title: "Settings reset", Message: notice})
	}
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG))
	w := a.NewWindow("CoreCue")
	fitScreen(a, w)
	h := home.New(a, w, deps, home.Options{Drill: opt.Drill, Calibrate: opt.Mode == "calibrate", Plan: opt.Plan, Pain: opt.Pain, NoWarmUp: opt.NoWarm})
	for _, n := range notices {
		h.Notify(n.Title, n.Message)
	}
	w.SetOnClosed(h.Close)
	stop := func() {
		w.Close() // runs h.Close
		a.Quit()  // a tray icon would keep the app running
	}
	closeWindow.Store(&stop)
	w.SetMaster()
	w.ShowAndRun()
	return 0
}

// lessHeap lets CoreCue's windows grow the Go heap by half its live size
// between collections instead of by all of it: the live heap is about 25 MB
// (mostly Fyne's parsed fonts) and a running drill allocates steadily, so
// the heap spent most of its time near twice that, the largest part of the
// peak memory above the baseline window's (docs/benchmarks.md, 2026-12-07).
// No memory limit is set: a history that grows the live heap only makes
// the collections proportionally rarer, never continuous.
func lessHeap() { debug.SetGCPercent(50) }

// newApp creates Fyne's app once appdir.PrepareFyne has put its settings
// where CORECUE_HOME says and set aside a preferences file Fyne would fail
// to load. That notice is printed as one line and returned for the window
// to show; ok is false when the folder cannot be prepared, which is said
// in one line too.
func newApp(id string) (a fyne.App, notice string, ok bool) {
	notice, err := appdir.PrepareFyne(id)
	if err != nil {
		fmt.Fprintln(os.Stderr, "corecue: "+err.Error())
		return nil, "", false
	}
	if notice != "" {
		fmt.Fprintln(os.Stderr, "corecue: "+notice)
	}
	a = app.NewWithID(id)
	quit := a.Quit
	closeWindow.Store(&quit)
	return a, notice, true
}
