package cli

import (
	"github.com/corecue/corecue/internal/jsonfile"

	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/risk"
)

const checkUsage = "usage: corecue check PLAN.json [--json] [--pain N] [--leg-symptoms] [--morning]"

// Check implements `corecue check`: it assesses every item of a plan file
// and the plan as a whole in the person's context. Exit 0 when assessed,
// whatever the levels; 2 for bad input with one line on stderr; 1 when the
// exercise library itself cannot load.
func Check(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("corecue check", checkUsage)
	asJSON := fs.Bool("json", false, "print JSON")
	pain := fs.Int("pain", 0, "current back pain 0-10")
	legs := fs.Bool("leg-symptoms", false, "pain, numbness or tingling below the knee")
	morning := fs.Bool("morning", false, "training within two hours of waking")
	pos, code, ok := parse(fs, args, 1, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		return usageError(fs, "no plan file given", stderr)
	}
	ctx := risk.Context{Pain: *pain, LegSymptoms: *legs, Morning: *morning}
	if err := ctx.Validate(); err != nil {
		fmt.Fprintf(stderr, "corecue check: --%s\n", err)
		return 2
	}
	a, err := assessFile(pos[0], ctx)
	if err != nil {
		fmt.Fprintf(stderr, "corecue check: %s\n", jsonfile.OneLine(err.Error()))
		if errors.Is(err, errLibrary) {
			return 1
		}
		return 2
	}
	if a.Warning != "" {
		fmt.Fprintf(stderr, "corecue check: %s\n", a.Warning)
	}
	if *asJSON {
		return writeCheckJSON(a, stdout, stderr)
	}
	writeCheckText(a, stdout)
	return 0
}

// checkItem is one plan item in `corecue check --json`.
type checkItem struct {
	Exercise    string              `json:"exercise"` // as written in the file
	Resolution  exercise.Resolution `json:"resolution"`
	Resolved    string              `json:"resolved"` // the resolution in words
	Sets        int                 `json:"sets"`
	Reps        int                 `json:"reps,omitempty"`
	HoldSeconds int                 `json:"hold_seconds,omitempty"`
	RestSeconds int                 `json:"rest_seconds"`
	Assessment  risk.Assessment     `json:"assessment"`
	// BuiltinLevel is set when the clinic's exercises.json changed the
	// exercise's level: the level CoreCue's own library gives it.
	BuiltinLevel *risk.Level `json:"builtin_level,omitempty"`
}

type checkSource struct {
	ID       string `json:"id"`
	Citation string `json:"citation"`
	Finding  string `json:"finding"`
}

func writeCheckJSON(a assessed, stdout, stderr io.Writer) int {
	out := struct {
		Plan        string        `json:"plan"`
		Context     risk.Context  `json:"context"`
		Level       risk.Level    `json:"level"`
		Items       []checkItem   `json:"items"`
		Notes       []risk.Note   `json:"notes"`
		FlexionReps int           `json:"flexion_reps"`
		Sources     []checkSource `json:"sources"`
		Disclaimer  string        `json:"disclaimer"`
	}{
		Plan: a.Plan.Name, Context: a.Context, Level: a.Result.Level,
		Items: make([]checkItem, len(a.Resolved)), Notes: a.Result.Notes,
		FlexionReps: a.Result.FlexionReps, Sources: []checkSource{}, Disclaimer: risk.Disclaimer,
	}
	src := newSources(a.Library)
	for i, r := range a.Resolved {
		as := a.Result.Items[i]
		out.Items[i] = checkItem{
			Exercise: r.Item.Exercise, Resolution: r.Resolution, Resolved: r.Describe(),
			Sets: r.Item.Sets, Reps: r.Item.Reps, HoldSeconds: r.Item.HoldSeconds, RestSeconds: r.Item.RestSeconds,
			Assessment: as,
		}
		if was, ok := a.Overridden[i]; ok {
			out.Items[i].BuiltinLevel = &was
		}
		citeAll(src, as)
	}
	for _, n := range a.Result.Notes {
		src.Cite(n.Evidence)
	}
	for _, id := range src.Order {
		ev, _ := a.Library.Evidence(id)
		out.Sources = append(out.Sources, checkSource{ID: id, Citation: ev.Citation, Finding: ev.Finding})
	}
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		fmt.Fprintf(stderr, "corecue check: %v\n", err)
		return 1
	}
	if _, err := stdout.Write(append(data, '\n')); err != nil {
		return 1
	}
	return 0
}

func citeAll(src *sources, as risk.Assessment) {
	for _, r := range as.Reasons {
		src.Cite(r.Evidence)
	}
	for _, m := range as.Modifiers {
		src.Cite(m.Evidence)
	}
	for _, n := range as.Notes {
		src.Cite(n.Evidence)
	}
}

func writeCheckText(a assessed, w io.Writer) {
	src := newSources(a.Library)
	fmt.Fprintf(w, "Plan: %s (%d %s)\n", a.Plan.Name, len(a.Plan.Items), plural(len(a.Plan.Items), "item", "items"))
	fmt.Fprintf(w, "Your context: %s\n", describeContext(a.Context))
	for i, r := range a.Resolved {
		as := a.Result.Items[i]
		it := r.Item
		fmt.Fprintf(w, "\n%d. %s  %s", i+1, r.Describe(), it.Dose())
		if it.RestSeconds > 0 {
			fmt.Fprintf(w, ", rest %d s", it.RestSeconds)
		}
		fmt.Fprintln(w)
		fmt.Fprintf(w, "   Level: %s\n", levelLine(as))
		if was, ok := a.Overridden[i]; ok {
			fmt.Fprintf(w, "   Clinic: your clinic's own exercise list changed this exercise's level; CoreCue's own library rates it %s\n", strings.ToUpper(was.String()))
		}
		for _, re := range as.Reasons {
			fmt.Fprintf(w, "   Why: %s%s\n", re.Text, src.Cite(re.Evidence))
		}
		for _, m := range as.Modifiers {
			fmt.Fprintf(w, "   Raised: %s%s\n", m.Text, src.Cite(m.Evidence))
		}
		for _, n := range as.Notes {
			fmt.Fprintf(w, "   Note: %s%s\n", n.Text, src.Cite(n.Evidence))
		}
		if len(as.Alternatives) > 0 {
			alts := make([]string, len(as.Alternatives))
			for j, alt := range as.Alternatives {
				alts[j] = fmt.Sprintf("%s (%s)", alt.Name, alt.Level)
			}
			fmt.Fprintf(w, "   Safer: %s\n", strings.Join(alts, ", "))
		}
	}
	fmt.Fprintf(w, "\nPlan level: %s", strings.ToUpper(a.Result.Level.String()))
	if len(a.Plan.Items) == 0 {
		fmt.Fprint(w, " (the plan is empty)")
	}
	fmt.Fprintln(w)
	for _, n := range a.Result.Notes {
		fmt.Fprintf(w, "Plan note: %s%s\n", n.Text, src.Cite(n.Evidence))
	}
	fmt.Fprintln(w)
	src.write(w)
	fmt.Fprintf(w, "\n%s\n", risk.Disclaimer)
}

func levelLine(as risk.Assessment) string {
	s := strings.ToUpper(as.Level.String())
	if as.Level != as.BaseLevel {
		s += fmt.Sprintf(" (%s for the exercise alone; raised as shown below)", as.BaseLevel)
	}
	return s
}

func describeContext(c risk.Context) string {
	parts := []string{fmt.Sprintf("back pain %d/10", c.Pain)}
	if c.LegSymptoms {
		parts = append(parts, "leg symptoms below the knee")
	}
	if c.Morning {
		parts = append(parts, "within two hours of waking")
	}
	return strings.Join(parts, ", ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
