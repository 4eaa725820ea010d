package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/figure/moves"
	"github.com/corecue/corecue/internal/risk"
)

// exerciseRow is one exercise in `corecue exercises --json`.
type exerciseRow struct {
	ID             string              `json:"id"`
	Name           string              `json:"name"`
	BaseLevel      risk.Level          `json:"base_level"`
	Origin         string              `json:"origin"`
	Aliases        []string            `json:"aliases"`
	CoreEngagement bool                `json:"core_engagement"`
	Attributes     exercise.Attributes `json:"attributes"`
	Alternatives   []string            `json:"alternatives"`
	Evidence       []string            `json:"evidence"`
	// Variations are the ways of doing it the library reads from a name
	// ("weighted", "decline"); VariantOf marks an entry that is another done one way.
	Variations []string            `json:"variations"`
	VariantOf  *exercise.VariantOf `json:"variant_of,omitempty"`
	Position   exercise.Position   `json:"position,omitempty"`
	Tempo      *exercise.Tempo     `json:"tempo,omitempty"`
	// Motion is how the figure poses it: start and end joint angles in
	// degrees, the view, whether it is held, and what the lower back does
	// under load.
	Motion moves.Motion `json:"motion"`
}

// Exercises implements `corecue exercises [--json]`: the library with each
// exercise's base level (from its attributes alone, before the person's
// context). Exit 0 on success, 2 on bad arguments, 1 when no library loads.
func Exercises(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("corecue exercises", "usage: corecue exercises [--json]")
	asJSON := fs.Bool("json", false, "print JSON")
	if _, code, ok := parse(fs, args, 0, stdout, stderr); !ok {
		return code
	}

	lib, err := exercise.LoadDefault()
	if lib == nil {
		fmt.Fprintf(stderr, "corecue exercises: %v\n", err)
		return 1
	}
	if err != nil {
		// The built-in library is still in force; say why the clinic's is not.
		fmt.Fprintf(stderr, "corecue exercises: clinic exercises not used: %v\n", err)
	}
	return writeExercises(lib, *asJSON, stdout, stderr)
}

func writeExercises(lib *exercise.Library, asJSON bool, stdout, stderr io.Writer) int {
	eng := risk.New(lib)
	exs := lib.Exercises()
	if asJSON {
		rows := make([]exerciseRow, 0, len(exs))
		for _, e := range exs {
			rows = append(rows, exerciseRow{
				ID: e.ID, Name: e.Name, BaseLevel: eng.BaseLevel(e.ID), Origin: e.Origin,
				Aliases: nonNil(e.Aliases), CoreEngagement: e.CoreEngagement, Attributes: e.Attributes,
				Alternatives: nonNil(e.Alternatives), Evidence: nonNil(e.Evidence),
				Variations: nonNil(e.Variations), VariantOf: e.VariantOf, Position: e.Position, Tempo: e.Tempo,
				Motion: moves.ForExercise(e),
			})
		}
		out := struct {
			Exercises  []exerciseRow `json:"exercises"`
			Disclaimer string        `json:"disclaimer"`
		}{rows, risk.Disclaimer}
		data, err := json.MarshalIndent(out, "", "  ")
		if err != nil {
			fmt.Fprintf(stderr, "corecue exercises: %v\n", err)
			return 1
		}
		if _, err := stdout.Write(append(data, '\n')); err != nil {
			return 1
		}
		return 0
	}
	tw := tabwriter.NewWriter(stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "BASE LEVEL\tID\tNAME\tVARIATIONS")
	for _, e := range exs {
		name := e.Name
		if e.Origin == exercise.OriginClinic {
			name += " (clinic)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", eng.BaseLevel(e.ID), e.ID, name, strings.Join(e.Variations, ", "))
	}
	if err := tw.Flush(); err != nil {
		return 1
	}
	fmt.Fprintf(stdout, "\n%d exercises. Base level is before your pain, leg symptoms or time of day are taken into account.\n%s\n",
		len(exs), strings.TrimSpace(risk.Disclaimer))
	return 0
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
