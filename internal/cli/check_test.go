package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/risk"
)

// builtinOnly keeps a developer's own storage folder out of the tests.
func builtinOnly(t *testing.T) {
	t.Helper()
	old := loadLibrary
	loadLibrary = exercise.Builtin
	t.Cleanup(func() { loadLibrary = old })
}

func writePlan(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "plan.json")
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const habitPlan = `{"version": 1, "name": "Gym habit", "items": [
  {"exercise": "situps", "sets": 3, "reps": 20, "rest_seconds": 60},
  {"exercise": "dead bug", "sets": 2, "reps": 8},
  {"exercise": "mcgil curl-up", "sets": 3, "hold_seconds": 8},
  {"exercise": "underwater basket weaving", "sets": 1, "reps": 5}
]}`

func run(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := Check(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestCheckText(t *testing.T) {
	builtinOnly(t)
	path := writePlan(t, habitPlan)
	code, out, errs := run(path, "--pain", "5")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{
		"Plan: Gym habit (4 items)",
		"back pain 5/10",
		`1. "situps" → Sit-up (name)  3 × 20, rest 60 s`,
		"   Level: HIGH",
		`(close match to`,
		`"underwater basket weaving" is not in the library`,
		"Level: NOT ASSESSED",
		"Plan level: HIGH",
		"Sources:\n  [1] ",
		risk.Disclaimer,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q\n%s", want, out)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if lvl, ok := strings.CutPrefix(line, "   Level: "); ok {
			word := strings.SplitN(lvl, " (", 2)[0]
			if word != "LOW" && word != "MODERATE" && word != "HIGH" && word != "NOT ASSESSED" {
				t.Errorf("unexpected level %q", word)
			}
		}
	}
}

func TestCheckFlagsAfterOrBeforeFile(t *testing.T) {
	builtinOnly(t)
	path := writePlan(t, habitPlan)
	var outs []string
	for _, args := range [][]string{
		{path, "--json", "--pain", "7", "--leg-symptoms", "--morning"},
		{"--json", "--pain=7", "--leg-symptoms", path, "--morning"},
		{"--morning", "--leg-symptoms", "--pain", "7", "--json", path},
	} {
		code, out, errs := run(args...)
		if code != 0 || errs != "" {
			t.Fatalf("%v: exit %d, %q", args, code, errs)
		}
		outs = append(outs, out)
	}
	if outs[0] != outs[1] || outs[1] != outs[2] {
		t.Fatal("flag position changed the output")
	}
	var got struct {
		Plan    string       `json:"plan"`
		Context risk.Context `json:"context"`
		Level   string       `json:"level"`
		Items   []struct {
			Exercise   string              `json:"exercise"`
			Resolution exercise.Resolution `json:"resolution"`
			Assessment risk.Assessment     `json:"assessment"`
		} `json:"items"`
		Sources []struct{ ID, Citation string } `json:"sources"`
	}
	if err := json.Unmarshal([]byte(outs[0]), &got); err != nil {
		t.Fatal(err)
	}
	if c := got.Context; c.Pain != 7 || !c.LegSymptoms || !c.Morning {
		t.Errorf("context %+v", got.Context)
	}
	if len(got.Items) != 4 || got.Level != "high" {
		t.Fatalf("%d items, level %s", len(got.Items), got.Level)
	}
	if it := got.Items[0]; it.Resolution.ID != "sit-up" || it.Assessment.Level != risk.High {
		t.Errorf("sit-up: %+v", it)
	}
	if it := got.Items[3]; it.Assessment.Level != risk.NotAssessed || it.Resolution.How != exercise.MatchNone {
		t.Errorf("unknown: %+v", it)
	}
	// Every evidence id the assessment cites is listed with its citation.
	listed := map[string]bool{}
	for _, s := range got.Sources {
		if s.Citation == "" {
			t.Errorf("source %s has no citation", s.ID)
		}
		listed[s.ID] = true
	}
	for _, it := range got.Items {
		for _, r := range it.Assessment.Reasons {
			for _, id := range r.Evidence {
				if !listed[id] {
					t.Errorf("reason cites %s, not in sources", id)
				}
			}
		}
	}
}

func TestCheckPainChangesTheAnswer(t *testing.T) {
	builtinOnly(t)
	path := writePlan(t, `{"version":1,"name":"p","items":[{"exercise":"dead-bug","sets":2,"reps":8}]}`)
	_, calm, _ := run(path)
	_, sore, _ := run(path, "--pain", "8")
	if calm == sore {
		t.Fatal("pain 8 made no difference")
	}
}

func TestCheckRefusesBadInput(t *testing.T) {
	builtinOnly(t)
	good := writePlan(t, habitPlan)
	big := writePlan(t, `{"version":1,"name":"`+strings.Repeat("x", 1<<20)+`"}`)
	cases := []struct {
		args    []string
		mention string
	}{
		{[]string{}, "no plan file"},
		{[]string{good, good}, "unexpected argument"},
		{[]string{good, "--pain", "11"}, "pain 11 is outside 0-10"},
		{[]string{good, "--pain", "-1"}, "pain -1"},
		{[]string{good, "--pain", "lots"}, `"lots"`},
		{[]string{good, "--pain"}, "pain"},
		{[]string{good, "--colour"}, "unknown option --colour"},
		{[]string{filepath.Join(t.TempDir(), "missing.json")}, "missing.json"},
		{[]string{big}, "1 MiB"},
		{[]string{writePlan(t, "not json")}, "not JSON"},
		{[]string{writePlan(t, `{"version":3,"name":"p"}`)}, "unknown version"},
		{[]string{writePlan(t, `{"version":1,"name":"p","items":[{"exercise":"plank","sets":21,"hold_seconds":5}]}`)}, "sets 21 is outside 1-20"},
		{[]string{writePlan(t, `{"version":1,"name":"p","items":[{"exercise":"crunch","sets":1,"reps":500}]}`)}, "reps 500"},
		{[]string{writePlan(t, `{"version":1,"name":"p","items":[{"exercise":"plank","sets":1,"hold_seconds":301}]}`)}, "hold 301 s"},
		{[]string{writePlan(t, "{\"version\":1,\"name\":\"\xff\"}")}, "UTF-8"},
	}
	for _, c := range cases {
		code, out, errs := run(c.args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", c.args, code)
		}
		if out != "" {
			t.Errorf("%v: stdout %q", c.args, out)
		}
		if strings.Count(errs, "\n") != 1 || !strings.HasSuffix(errs, "\n") {
			t.Errorf("%v: stderr is not one line: %q", c.args, errs)
		}
		if !strings.Contains(errs, c.mention) || !strings.HasPrefix(errs, "corecue check: ") {
			t.Errorf("%v: stderr %q does not mention %q", c.args, errs, c.mention)
		}
	}
}

func TestCheckHelp(t *testing.T) {
	code, out, _ := run("--help")
	if code != 0 || !strings.Contains(out, "usage: corecue check") {
		t.Fatalf("%d %q", code, out)
	}
}
