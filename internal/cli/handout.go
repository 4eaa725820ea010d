package cli

import (
	"github.com/corecue/corecue/internal/jsonfile"

	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/corecue/corecue/internal/clinic"
	"github.com/corecue/corecue/internal/handout"
	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/risk"
	"github.com/corecue/corecue/internal/store"
)

const handoutUsage = "usage: corecue handout PLAN.json -o FILE.pdf [--pain N] [--leg-symptoms] [--morning] [--goal N] [--lang CODE]"

// HandoutDiagram draws the figure's stills for the handout, with the same
// geometry as the live screen; app hands it to the main window too. Tests
// replace it.
var HandoutDiagram handout.Renderer = VacuumStill

// storageDir is replaceable so tests never read a developer's clinic.json.
var storageDir = store.DefaultDir

// handoutOpts are the arguments of `corecue handout` as given.
type handoutOpts struct {
	plan, out string
	lang      string
	goal      int
	ctx       risk.Context
}

// Handout implements `corecue handout`: a printable PDF of the plan, its
// flags with sources, the vacuum drill and the clinic's contact. Exit 0 when
// written, 2 for bad input (one line on stderr), 1 when the library or the
// PDF itself fails.
func Handout(args []string, stdout, stderr io.Writer) int {
	o, code, ok := parseHandout(args, stdout, stderr)
	if !ok {
		return code
	}
	say := func(msg string) { fmt.Fprintf(stderr, "corecue handout: %s\n", msg) }
	if err := o.check(); err != nil {
		say(err.Error())
		return 2
	}
	a, err := assessFile(o.plan, o.ctx)
	if err != nil {
		say(jsonfile.OneLine(err.Error()))
		if errors.Is(err, errLibrary) {
			return 1
		}
		return 2
	}
	if a.Warning != "" {
		say(a.Warning)
	}
	in := handout.Input{Assessed: a.Assessed, Diagram: HandoutDiagram, Lang: o.lang}
	addNiceties(&in, o.goal, say)
	info, err := handout.Write(o.out, in)
	if err != nil {
		say(jsonfile.OneLine(err.Error()))
		return 2
	}
	for _, w := range info.Warnings {
		say(w)
	}
	fmt.Fprintf(stdout, "wrote %s: %d %s, %d diagram %s\n", o.out,
		info.Pages, plural(info.Pages, "page", "pages"), info.Stills, plural(info.Stills, "still", "stills"))
	return 0
}

// parseHandout reads handout's flags and its one plan file; when ok is
// false Handout returns code.
func parseHandout(args []string, stdout, stderr io.Writer) (o handoutOpts, code int, ok bool) {
	fs := newFlags("corecue handout", handoutUsage)
	fs.StringVar(&o.out, "o", "", "PDF file to write")
	fs.IntVar(&o.ctx.Pain, "pain", 0, "current back pain 0-10")
	fs.BoolVar(&o.ctx.LegSymptoms, "leg-symptoms", false, "pain, numbness or tingling below the knee")
	fs.BoolVar(&o.ctx.Morning, "morning", false, "training within two hours of waking")
	// The app keeps the person's weekly goal in its window preferences,
	// which a command cannot read; the progress page says which goal it used.
	fs.IntVar(&o.goal, "goal", hist.DefaultGoal, "sessions a week, for the progress page")
	fs.StringVar(&o.lang, "lang", i18n.Source, "language of the handout (Bengali, Panjabi and Gujarati print in English: the PDF cannot join their letters): "+strings.Join(i18n.Default().Codes(), ", "))
	pos, code, ok := parse(fs, args, 1, stdout, stderr)
	if !ok {
		return o, code, false
	}
	if len(pos) == 0 {
		return o, usageError(fs, "no plan file given", stderr), false
	}
	o.plan = pos[0]
	return o, 0, true
}

// check refuses, before the plan is read, what would make the handout
// impossible or overwrite something it should not.
func (o handoutOpts) check() error {
	switch {
	case o.out == "":
		return errors.New("no output file: add -o FILE.pdf")
	case samePath(o.plan, o.out):
		return fmt.Errorf("-o %s would overwrite the plan file", o.out)
	}
	if err := checkLang(o.lang); err != nil {
		return err
	}
	if o.goal < hist.MinGoal || o.goal > hist.MaxGoal {
		return fmt.Errorf("--goal %d: give sessions a week from %d to %d", o.goal, hist.MinGoal, hist.MaxGoal)
	}
	if err := o.ctx.Validate(); err != nil {
		return fmt.Errorf("--%s", err)
	}
	if fi, err := os.Stat(o.out); err == nil && fi.IsDir() {
		return fmt.Errorf("-o %s is a folder; give a file name", o.out)
	}
	return nil
}

// addNiceties adds the clinic's details and the progress page to in. They
// are niceties: a broken clinic.json or database costs the handout that
// part, with a warning, not the whole handout.
func addNiceties(in *handout.Input, goal int, say func(string)) {
	dir, err := storageDir()
	if err != nil {
		return
	}
	c, ok, err := clinic.Load(dir)
	switch {
	case err != nil:
		say("clinic contact left out: " + jsonfile.OneLine(err.Error()))
	case ok:
		in.Clinic = &c
	}
	p, err := progressIn(dir, goal)
	if err != nil {
		say("progress page left out: " + jsonfile.OneLine(err.Error()))
	}
	in.Progress = p
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
