package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/corecue/corecue/internal/clinic"
	"github.com/corecue/corecue/internal/handout"
	"github.com/corecue/corecue/internal/risk"
	"github.com/corecue/corecue/internal/store"
)

const handoutUsage = "usage: corecue handout PLAN.json -o FILE.pdf [--pain N] [--leg-symptoms] [--morning]"

// HandoutDiagram draws the vacuum diagram stills for the handout. The app
// sets it to the practice screen's own diagram renderer; while it is nil the
// handout describes the drill in words only.
var HandoutDiagram handout.Renderer = VacuumStill

// storageDir is replaceable so tests never read a developer's clinic.json.
var storageDir = store.DefaultDir

// Handout implements `corecue handout`: a printable PDF of the plan, its
// flags with sources, the vacuum drill and the clinic's contact. Exit 0 when
// written, 2 for bad input (one line on stderr), 1 when the library or the
// PDF itself fails.
func Handout(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("handout", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	out := fs.String("o", "", "PDF file to write")
	pain := fs.Int("pain", 0, "current back pain 0-10")
	legs := fs.Bool("leg-symptoms", false, "pain, numbness or tingling below the knee")
	morning := fs.Bool("morning", false, "training within two hours of waking")
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "corecue handout: "+format+"\n", a...)
		return 2
	}
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(stdout, handoutUsage)
			return 0
		}
		return fail("%s (%s)", flagError(err), handoutUsage)
	}
	switch {
	case len(pos) == 0:
		return fail("no plan file given (%s)", handoutUsage)
	case len(pos) > 1:
		return fail("unexpected argument %q (%s)", pos[1], handoutUsage)
	case *out == "":
		return fail("no output file: add -o FILE.pdf")
	case samePath(pos[0], *out):
		return fail("-o %s would overwrite the plan file", *out)
	}
	ctx := risk.Context{Pain: *pain, LegSymptoms: *legs, Morning: *morning}
	if err := ctx.Validate(); err != nil {
		return fail("--%s", err)
	}
	if fi, err := os.Stat(*out); err == nil && fi.IsDir() {
		return fail("-o %s is a folder; give a file name", *out)
	}

	a, err := assessFile(pos[0], ctx)
	if err != nil {
		fmt.Fprintf(stderr, "corecue handout: %s\n", oneLine(err.Error()))
		if errors.Is(err, errLibrary) {
			return 1
		}
		return 2
	}
	if a.Warning != "" {
		fmt.Fprintf(stderr, "corecue handout: %s\n", a.Warning)
	}
	in := handout.Input{Assessed: a.Assessed, Diagram: HandoutDiagram}
	// The clinic's details are a nicety: a broken clinic.json costs the
	// handout its contact box, with a warning, not the whole handout.
	if dir, err := storageDir(); err == nil {
		c, ok, err := clinic.Load(dir)
		switch {
		case err != nil:
			fmt.Fprintf(stderr, "corecue handout: clinic contact left out: %s\n", oneLine(err.Error()))
		case ok:
			in.Clinic = &c
		}
	}
	info, err := handout.Write(*out, in)
	if err != nil {
		fmt.Fprintf(stderr, "corecue handout: %s\n", oneLine(err.Error()))
		return 2
	}
	for _, w := range info.Warnings {
		fmt.Fprintf(stderr, "corecue handout: %s\n", w)
	}
	fmt.Fprintf(stdout, "wrote %s: %d %s, %d diagram %s\n", *out,
		info.Pages, plural(info.Pages, "page", "pages"), info.Stills, plural(info.Stills, "still", "stills"))
	return 0
}

func samePath(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(fa, fb)
	}
	absA, _ := filepath.Abs(a)
	absB, _ := filepath.Abs(b)
	return absA == absB
}
