package cli

import (
	"encoding/json"
	"image"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/figure/moves"
	"github.com/corecue/corecue/internal/figure/raster"
)

func TestExerciseFrameRefusesBadInput(t *testing.T) {
	t.Setenv("CORECUE_HOME", t.TempDir())
	dir := t.TempDir()
	png := filepath.Join(dir, "f.png")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--exercise", "no-such-thing", "--at", "1", "-o", png}, `unknown exercise "no-such-thing"`},
		{[]string{"--exercise", "decline crunches", "--at", "1", "-o", png}, "did you mean crunch?"},
		{[]string{"--exercise", "crunch", "--at", "-1", "-o", png}, "negative"},
		{[]string{"--exercise", "crunch", "--at", "NaN", "-o", png}, "finite"},
		{[]string{"--exercise", "crunch", "--at", "soon", "-o", png}, "--at"},
		{[]string{"--exercise", "crunch", "-o", png}, "--at"},
		{[]string{"--exercise", "crunch", "--at", "1"}, "-o"},
		{[]string{"--exercise", "crunch", "--at", "1", "--position", "sitting", "-o", png}, "--position is for the drill"},
		{[]string{"--exercise", "crunch", "--at", "1", "--view", "front", "-o", png}, "--view is for the drill"},
		{[]string{"--exercise", "crunch", "--at", "1", "--reps", "3", "-o", png}, "--reps is for the drill"},
		{[]string{"--exercise", "crunch", "--at", "1", "--size", "10x10", "-o", png}, "out of range"},
		{[]string{"--exercise", "crunch", "--at", "1", "--theme", "sepia", "-o", png}, "--theme"},
		{[]string{"--exercise", "crunch", "--at", "1", "-o", filepath.Join(dir, "missing", "f.png")}, "does not exist"},
	} {
		code, _, stderr := runFrame(t, tc.args...)
		if code != 2 || !strings.Contains(stderr, tc.want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want 2 and one line naming %q", tc.args, code, stderr, tc.want)
		}
	}
	if _, err := os.Stat(png); !os.IsNotExist(err) {
		t.Errorf("a refused frame left %s behind", png)
	}
}

// The command line paints the exercise from the same motion and the same
// figure.Render a screen uses: the PNG is that picture, pixel for pixel.
func TestExerciseFrameIsTheScreensPicture(t *testing.T) {
	t.Setenv("CORECUE_HOME", t.TempDir())
	dir := t.TempDir()
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	e, _ := lib.Get("crunch")
	for _, c := range []struct {
		theme string
		at    string
		t     float64
	}{{"light", "0", 0}, {"dark", "1.5", 1.5}} {
		out := filepath.Join(dir, c.theme+".png")
		code, stdout, stderr := runFrame(t, "--exercise", "crunch", "--at", c.at, "--size", "800x500", "--theme", c.theme, "-o", out)
		if code != 0 || stderr != "" || !strings.Contains(stdout, "Crunch") || !strings.Contains(stdout, "lower back bends under load") {
			t.Fatalf("%s: exit %d, stdout %q, stderr %q", c.theme, code, stdout, stderr)
		}
		got := readPNG(t, out)
		if got.Bounds() != image.Rect(0, 0, 800, 500) || distinct(got) < 20 {
			t.Fatalf("%s: %v with %d colours", c.theme, got.Bounds(), distinct(got))
		}
		cols := raster.WindowColours(c.theme == "dark")
		want := raster.Image(figure.Render(moves.OptionsAt(e, c.t, 800, 500)), 800, 500, figure.For(cols.Background), cols.Background)
		if n := differing(got, want); n != 0 {
			t.Errorf("%s: %d pixels differ from the screen's picture", c.theme, n)
		}
	}
	start, end := readPNG(t, filepath.Join(dir, "light.png")), readPNG(t, filepath.Join(dir, "dark.png"))
	if differing(start, end) < 5000 {
		t.Error("the crunch's start and end look the same")
	}
}

func TestExercisesJSONHasMotions(t *testing.T) {
	t.Setenv("CORECUE_HOME", t.TempDir())
	code, out, errs := runExercises(t, "--json")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var doc struct {
		Exercises []struct {
			ID     string `json:"id"`
			Motion struct {
				Start, End map[string]float64
				View       string `json:"view"`
				Hold       *bool  `json:"hold"`
				Load       string `json:"load"`
				Note       string `json:"note"`
			} `json:"motion"`
		} `json:"exercises"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	lib, _ := exercise.Builtin()
	if len(doc.Exercises) != lib.Len() {
		t.Fatalf("%d exercises in the JSON, %d in the library", len(doc.Exercises), lib.Len())
	}
	loads := map[string]string{}
	for _, e := range doc.Exercises {
		m := e.Motion
		if len(m.Start) != 10 || len(m.End) != 10 || (m.View != "side" && m.View != "front") || m.Hold == nil || m.Note == "" {
			t.Errorf("%s: motion %+v", e.ID, m)
		}
		for _, j := range []string{"trunk", "lumbar", "neck", "shoulder", "elbow", "hip", "knee", "ankle", "arm_out", "leg_out"} {
			if _, ok := m.End[j]; !ok {
				t.Errorf("%s: no %s angle", e.ID, j)
			}
		}
		loads[e.ID] = m.Load
	}
	views := map[string]string{}
	for _, e := range doc.Exercises {
		views[e.ID] = e.Motion.View
	}
	if views["side-bridge-feet"] != "front" || views["front-plank"] != "side" {
		t.Errorf("side bridge seen from the %s, front plank from the %s", views["side-bridge-feet"], views["front-plank"])
	}
	for id, want := range map[string]string{"sit-up": "bends", "crunch": "bends", "russian-twist": "twists", "superman": "arches", "front-plank": "neutral"} {
		if loads[id] != want {
			t.Errorf("%s: load %q, want %q", id, loads[id], want)
		}
	}
	if doc.Exercises[0].Motion.Hold == nil {
		t.Error("hold missing")
	}
}
