package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runExercises(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Exercises(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestExercisesText(t *testing.T) {
	t.Setenv("CORECUE_HOME", t.TempDir())
	code, out, errs := runExercises(t)
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	lines := strings.Split(out, "\n")
	if !strings.HasPrefix(lines[0], "BASE LEVEL") {
		t.Errorf("header %q", lines[0])
	}
	for _, want := range [][]string{
		{"high", "leg-raise", "Lying leg raise  weighted, decline, bench, single-leg, straight-leg"},
		{"low", "dead-bug", "Dead bug  weighted, ball, straight-leg"},
		{"low", "stomach-vacuum", "Stomach vacuum"},
		{"high", "sit-up", "Sit-up  weighted, decline, ball, straight-leg, bent-knee"},
	} {
		found := false
		for _, l := range lines {
			if f := strings.Fields(l); len(f) >= 3 && f[0] == want[0] && f[1] == want[1] && strings.Join(f[2:], " ") == strings.Join(strings.Fields(want[2]), " ") {
				found = true
			}
		}
		if !found {
			t.Errorf("no line %v in:\n%s", want, out)
		}
	}
	if !strings.Contains(out, "not a diagnosis") {
		t.Error("text output lacks the disclaimer")
	}
}

func TestExercisesJSON(t *testing.T) {
	t.Setenv("CORECUE_HOME", t.TempDir())
	code, out, errs := runExercises(t, "--json")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var doc struct {
		Exercises []struct {
			ID         string                            `json:"id"`
			Name       string                            `json:"name"`
			BaseLevel  string                            `json:"base_level"`
			Origin     string                            `json:"origin"`
			Aliases    []string                          `json:"aliases"`
			Attributes map[string]string                 `json:"attributes"`
			Variations []string                          `json:"variations"`
			Position   string                            `json:"position"`
			Tempo      *struct{ Up, Hold, Down float64 } `json:"tempo"`
		} `json:"exercises"`
		Disclaimer string `json:"disclaimer"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if len(doc.Exercises) < 30 || doc.Disclaimer == "" {
		t.Fatalf("%d exercises, disclaimer %q", len(doc.Exercises), doc.Disclaimer)
	}
	levels := map[string]string{}
	for _, e := range doc.Exercises {
		levels[e.ID] = e.BaseLevel
		if e.Origin != "built-in" || len(e.Attributes) != 9 || e.Name == "" || e.Variations == nil || e.Position == "" || e.Tempo == nil {
			t.Errorf("%s: %+v", e.ID, e)
		}
	}
	if levels["leg-raise"] != "high" || levels["dead-bug"] != "low" || levels["ab-wheel-rollout"] != "moderate" {
		t.Errorf("levels: %v", levels)
	}
}

func TestExercisesBadFlags(t *testing.T) {
	for _, args := range [][]string{{"--jsn"}, {"extra"}, {"--json=maybe"}} {
		code, out, errs := runExercises(t, args...)
		if code != 2 || out != "" || strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "corecue exercises: ") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q", args, code, out, errs)
		}
	}
	if code, out, _ := runExercises(t, "-h"); code != 0 || !strings.Contains(out, "usage") {
		t.Errorf("-h: exit %d %q", code, out)
	}
}

func TestExercisesWithOverride(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("CORECUE_HOME", dir)
	good := `{"version": 1, "exercises": [{"id": "wall-brace", "name": "Wall brace", "aliases": [],
	  "description": "Press into a wall and brace.",
	  "attributes": {"lumbar_flexion": "none", "hip_flexor_load": "low", "compression_band": "low", "lumbar_extension": "neutral", "rotation": "none", "neural_tension": "none", "lever_length": "short", "momentum": "controlled", "mode": "isometric"},
	  "form_cues": ["Breathe"], "alternatives": [], "evidence": ["grenier-mcgill-2007"]}]}`
	if err := os.WriteFile(filepath.Join(dir, "exercises.json"), []byte(good), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runExercises(t)
	if code != 0 || errs != "" || !strings.Contains(out, "Wall brace (clinic)") {
		t.Errorf("good override: exit %d stderr %q\n%s", code, errs, out)
	}

	bad := strings.Replace(good, `"mode": "isometric"`, `"mode": "sometimes"`, 1)
	if err := os.WriteFile(filepath.Join(dir, "exercises.json"), []byte(bad), 0o600); err != nil {
		t.Fatal(err)
	}
	code, out, errs = runExercises(t)
	if code != 0 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, `exercise 1 ("wall-brace")`) || !strings.Contains(errs, "attributes.mode") {
		t.Errorf("bad override: exit %d stderr %q", code, errs)
	}
	if strings.Contains(out, "Wall brace") || !strings.Contains(out, "dead-bug") {
		t.Errorf("bad override: built-in library should be listed alone:\n%s", out)
	}
}
