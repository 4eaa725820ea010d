package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/jsonfile"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/risk"
)

// assessed is a plan file read, resolved and assessed, plus a warning when
// the clinic's exercise file was refused and the built-ins are in use.
type assessed struct {
	plan.Assessed
	Warning string
	// Overridden holds, by item index, the level CoreCue's own library gives
	// an exercise whose entry the clinic's exercises.json replaced with one
	// of another level: the person is told whose judgement they are reading.
	Overridden map[int]risk.Level
}

// loadLibrary is replaceable so tests do not depend on the storage folder.
var loadLibrary = exercise.LoadDefault

// assessFile reads path and assesses it. A bad plan gives a one-line error
// starting with the file name; errLibrary marks the one failure that is not
// the caller's input.
func assessFile(path string, c risk.Context) (assessed, error) {
	p, err := plan.ReadFile(path)
	if err != nil {
		return assessed{}, fmt.Errorf("%s: %w", path, err)
	}
	lib, lerr := loadLibrary()
	if lib == nil {
		return assessed{}, fmt.Errorf("%w: %v", errLibrary, lerr)
	}
	pa, err := plan.Assess(p, lib, c)
	if err != nil {
		return assessed{}, fmt.Errorf("%s: %w", path, err)
	}
	a := assessed{Assessed: pa, Overridden: overridden(pa)}
	if lerr != nil {
		a.Warning = "clinic exercises not used: " + jsonfile.OneLine(lerr.Error())
	}
	return a, nil
}

// overridden finds the items whose base level the clinic's file changed.
func overridden(pa plan.Assessed) map[int]risk.Level {
	own, err := exercise.Builtin()
	if err != nil {
		return nil
	}
	mine, theirs := risk.New(own), risk.New(pa.Library)
	out := map[int]risk.Level{}
	for i, r := range pa.Resolved {
		ex, ok := pa.Library.Get(r.Resolution.ID)
		if !ok || ex.Origin != exercise.OriginClinic {
			continue
		}
		if _, ok := own.Get(ex.ID); !ok {
			continue
		}
		if was := mine.BaseLevel(ex.ID); was != theirs.BaseLevel(ex.ID) {
			out[i] = was
		}
	}
	return out
}

var errLibrary = errors.New("the exercise library cannot be loaded")

// sources numbers evidence ids in order of first use, so text and PDF
// output can cite [1], [2] and list the references once.
type sources struct {
	lib *exercise.Library
	exercise.Citations
}

func newSources(lib *exercise.Library) *sources {
	return &sources{lib: lib}
}

func (s *sources) write(w io.Writer) {
	if len(s.Order) == 0 {
		return
	}
	fmt.Fprintln(w, "Sources:")
	for i, id := range s.Order {
		if ev, ok := s.lib.Evidence(id); ok {
			fmt.Fprintf(w, "  [%d] %s\n", i+1, ev.Citation)
		} else {
			fmt.Fprintf(w, "  [%d] %s\n", i+1, id)
		}
	}
}
