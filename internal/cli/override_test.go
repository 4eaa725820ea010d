package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corecue/corecue/assets"
	"github.com/corecue/corecue/internal/exercise"
)

// clinicOverride writes an exercises.json that replaces the built-in sit-up
// with the same entry made a still, unloaded hold, and returns its folder.
func clinicOverride(t *testing.T, extra int) string {
	t.Helper()
	var lib struct {
		Exercises []map[string]any `json:"exercises"`
	}
	if err := json.Unmarshal(assets.ExercisesJSON, &lib); err != nil {
		t.Fatal(err)
	}
	var situp map[string]any
	for _, e := range lib.Exercises {
		if e["id"] == "sit-up" {
			situp = e
		}
	}
	attrs := situp["attributes"].(map[string]any)
	for k := range attrs {
		attrs[k] = "none"
	}
	attrs["hip_flexor_load"], attrs["compression_band"], attrs["lever_length"] = "low", "low", "short"
	attrs["momentum"], attrs["mode"] = "controlled", "isometric"
	situp["tempo"] = map[string]any{"up": 2, "hold": 10, "down": 2} // a hold needs a hold time
	list := []map[string]any{situp}
	for i := range extra {
		e := map[string]any{}
		for k, v := range situp {
			e[k] = v
		}
		e["id"], e["name"], e["aliases"] = "clinic-extra-"+itoa(i), "Clinic extra "+itoa(i), []string{}
		e["description"], e["form_cues"], e["alternatives"], e["figures"] = "d", []string{"c"}, []string{}, []any{}
		list = append(list, e)
	}
	data, _ := json.Marshal(map[string]any{"version": 1, "exercises": list})
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, exercise.OverrideFile), data, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

func withLibraryIn(t *testing.T, dir string) {
	t.Helper()
	old := loadLibrary
	loadLibrary = func() (*exercise.Library, error) { return exercise.Load(dir) }
	t.Cleanup(func() { loadLibrary = old })
}

// A clinic may re-rate an exercise; check says so, with CoreCue's own level,
// instead of presenting the clinic's level as the app's.
func TestCheckSaysTheClinicChangedALevel(t *testing.T) {
	withLibraryIn(t, clinicOverride(t, 0))
	code, out, stderr := run(writePlan(t, habitPlan))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "your clinic's own exercise list changed this exercise's level; CoreCue's own library rates it HIGH") {
		t.Fatalf("no word of the clinic's change:\n%s", out)
	}
	if strings.Count(out, "Clinic:") != 1 {
		t.Fatalf("only the sit-up was changed:\n%s", out)
	}
	code, out, _ = run("--json", writePlan(t, habitPlan))
	if code != 0 || !strings.Contains(out, `"builtin_level": "high"`) {
		t.Fatalf("JSON lacks builtin_level:\n%s", out)
	}
}

// A clinic file of 1,733 exercises made check take ten seconds: it is
// refused before any entry is checked, naming the limit, and the built-in
// library is used. (How fast that is is for make bench, not a timed test.)
func TestAHugeClinicFileIsRefusedQuickly(t *testing.T) {
	withLibraryIn(t, clinicOverride(t, 1732))
	code, _, stderr := run(writePlan(t, habitPlan))
	if code != 0 || !strings.Contains(stderr, "the limit is 300") || strings.Count(stderr, "\n") != 1 {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}
