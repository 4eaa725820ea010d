package cli

import (
	"github.com/corecue/corecue/internal/jsonfile"

	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/corecue/corecue/internal/clinic"
	"github.com/corecue/corecue/internal/handout"
	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/risk"
	"github.com/corecue/corecue/internal/store"
)

const handoutUsage = "usage: corecue handout PLAN.json -o FILE.pdf [--pain N] [--leg-symptoms] [--morning] [--goal N]"

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
	fs := newFlags("corecue handout", handoutUsage)
	out := fs.String("o", "", "PDF file to write")
	pain := fs.Int("pain", 0, "current back pain 0-10")
	legs := fs.Bool("leg-symptoms", false, "pain, numbness or tingling below the knee")
	morning := fs.Bool("morning", false, "training within two hours of waking")
	// The app keeps the person's weekly goal in its window preferences,
	// which a command cannot read; the progress page says which goal it used.
	goal := fs.Int("goal", hist.DefaultGoal, "sessions a week, for the progress page")
	fail := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "corecue handout: "+format+"\n", a...)
		return 2
	}
	pos, code, ok := parse(fs, args, 1, stdout, stderr)
	if !ok {
		return code
	}
	switch {
	case len(pos) == 0:
		return usageError(fs, "no plan file given", stderr)
	case *out == "":
		return fail("no output file: add -o FILE.pdf")
	case samePath(pos[0], *out):
		return fail("-o %s would overwrite the plan file", *out)
	}
	if *goal < hist.MinGoal || *goal > hist.MaxGoal {
		return fail("--goal %d: give sessions a week from %d to %d", *goal, hist.MinGoal, hist.MaxGoal)
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
		fmt.Fprintf(stderr, "corecue handout: %s\n", jsonfile.OneLine(err.Error()))
		if errors.Is(err, errLibrary) {
			return 1
		}
		return 2
	}
	if a.Warning != "" {
		fmt.Fprintf(stderr, "corecue handout: %s\n", a.Warning)
	}
	in := handout.Input{Assessed: a.Assessed, Diagram: HandoutDiagram}
	// The clinic's details and the progress page are niceties: a broken
	// clinic.json or database costs the handout that part, with a warning,
	// not the whole handout.
	if dir, err := storageDir(); err == nil {
		c, ok, err := clinic.Load(dir)
		switch {
		case err != nil:
			fmt.Fprintf(stderr, "corecue handout: clinic contact left out: %s\n", jsonfile.OneLine(err.Error()))
		case ok:
			in.Clinic = &c
		}
		p, err := progressIn(dir, *goal)
		if err != nil {
			fmt.Fprintf(stderr, "corecue handout: progress page left out: %s\n", jsonfile.OneLine(err.Error()))
		}
		in.Progress = p
	}
	info, err := handout.Write(*out, in)
	if err != nil {
		fmt.Fprintf(stderr, "corecue handout: %s\n", jsonfile.OneLine(err.Error()))
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

// progressIn reads the recorded sessions in dir's database, read-only, for
// the progress page: nil, and no error, when there is no database or no
// session yet.
func progressIn(dir string, goal int) (*handout.Progress, error) {
	st, err := store.OpenReadOnly(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer st.Close()
	list, err := st.Sessions()
	if err != nil || len(list) == 0 {
		return nil, err
	}
	return &handout.Progress{Sessions: list, Goal: goal}, nil
}
