// Command corecue is the CoreCue desktop app and its command-line tools.
// This package only parses the command line, creates the Fyne app and window,
// and hands over to internal/ui/home; it is the one importer of fyne/v2/app.
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
	_ "github.com/corecue/corecue/internal/locale" // before Fyne reads the locale: see its doc
	"github.com/corecue/corecue/internal/ui/benchwin"
	"github.com/corecue/corecue/internal/ui/home"
	kioskui "github.com/corecue/corecue/internal/ui/kiosk"
)

func main() {
	log.SetOutput(cli.QuietLog(os.Stderr))
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		if cmd, ok := cli.Commands()[args[0]]; ok {
			return cmd(args[1:], stdout, stderr)
		}
		if args[0] == "kiosk" {
			return runKiosk(args[1:], stdout, stderr)
		}
		if args[0] == "bench-baseline" { // hidden: make bench's yardstick window
			return benchwin.Run(func() fyne.App { return app.NewWithID(appdir.AppID + ".bench") }, args[1:], stderr)
		}
	}
	opt, err := cli.ParseWindow(args)
	if err != nil {
		fmt.Fprintln(stderr, "corecue: "+err.Error())
		return 2
	}
	if opt.ShowUsage {
		fmt.Fprint(stdout, cli.Usage)
		return 0
	}
	if code := cli.CheckDisplay(stderr); code != 0 {
		return code
	}
	deps, notices, err := home.Load(opt.NoAudio)
	if err != nil {
		fmt.Fprintln(stderr, "corecue: "+err.Error())
		return 1
	}
	defer deps.Store.Close()

	a := app.NewWithID(appdir.AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.IconPNG))
	w := a.NewWindow("CoreCue")
	fitScreen(a, w)
	h := home.New(a, w, deps, home.Options{Drill: opt.Drill, Calibrate: opt.Mode == "calibrate"})
	for _, n := range notices {
		h.Notify(n.Title, n.Message)
	}
	w.SetOnClosed(h.Close)
	w.SetMaster()
	w.ShowAndRun()
	return 0
}

// runKiosk is corecue kiosk. set-pin needs no window; for the kiosk itself
// internal/ui/kiosk checks config and PIN before the app is created.
func runKiosk(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "set-pin" {
		return cli.KioskSetPIN(args[1:], os.Stdin, stdout, stderr)
	}
	s, code := kioskui.Prepare(args, stdout, stderr)
	if s == nil {
		return code
	}
	return kioskui.Run(app.NewWithID(appdir.AppID), s)
}
