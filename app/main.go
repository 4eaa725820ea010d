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

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/corecue/corecue/assets"
	"github.com/corecue/corecue/internal/appdir"
	"github.com/corecue/corecue/internal/cli"
	"github.com/corecue/corecue/internal/kiosk"
	_ "github.com/corecue/corecue/internal/locale" // before Fyne reads the locale: see its doc
	"github.com/corecue/corecue/internal/ui/benchwin"
	"github.com/corecue/corecue/internal/ui/home"
	kioskui "github.com/corecue/corecue/internal/ui/kiosk"
)

func main() {
	log.SetOutput(cli.QuietLog(os.Stderr))
	os.Exit(cli.Main(os.Args[1:], cli.IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}, cli.Windows{
		Home: runHome,
		Kiosk: func(s *kiosk.Setup) int {
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
	}))
}

// runHome opens the main window, straight into a drill or the calibration
// when the command line asked for one.
func runHome(opt cli.Window) int {
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
	w.SetMaster()
	w.ShowAndRun()
	return 0
}

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
	return app.NewWithID(id), notice, true
}
