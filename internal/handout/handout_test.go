package handout

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/corecue/corecue/internal/clinic"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/risk"
)

func assessed(t *testing.T, p plan.Plan, c risk.Context) plan.Assessed {
	t.Helper()
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	a, err := plan.Assess(p, lib, c)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

var habit = plan.Plan{Name: "Gym habit", Items: []plan.Item{
	{Exercise: "situps", Sets: 3, Reps: 20, RestSeconds: 60},
	{Exercise: "leg raises", Sets: 3, Reps: 15, RestSeconds: 60},
	{Exercise: "dead bug", Sets: 2, Reps: 8},
	{Exercise: "mcgil curl-up", Sets: 3, HoldSeconds: 8},
	{Exercise: "underwater basket weaving", Sets: 1, Reps: 5},
}}

// stripes is a stand-in diagram: a different picture for each moment, so a
// test can tell the renderer was asked for distinct stills.
func stripes(calls *[]float64) Renderer {
	return func(at float64, w, h int, _ string) (image.Image, error) {
		*calls = append(*calls, at)
		img := image.NewRGBA(image.Rect(0, 0, w, h))
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				img.Set(x, y, color.RGBA{uint8(x + int(at*10)), uint8(y), 160, 255})
			}
		}
		return img, nil
	}
}

func TestWriteHandout(t *testing.T) {
	var calls []float64
	out := filepath.Join(t.TempDir(), "plan.pdf")
	in := Input{
		Assessed: assessed(t, habit, risk.Context{Pain: 5}),
		Clinic:   &clinic.Contact{Name: "Example Back Clinic", Phone: "020 7946 0000", Address: "1 Example St\nLondon"},
		Diagram:  stripes(&calls),
		Date:     time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC),
	}
	info, err := Write(out, in)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(out)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) || !bytes.Contains(data, []byte("%%EOF")) {
		t.Fatalf("not a complete PDF (%d bytes, %v)", len(data), err)
	}
	if info.Stills != 4 || len(calls) != 4 || len(info.Warnings) != 0 {
		t.Fatalf("stills %d, renderer calls %v, warnings %v", info.Stills, calls, info.Warnings)
	}
	for i := 1; i < len(calls); i++ {
		if calls[i] <= calls[i-1] {
			t.Fatalf("stills not in drill order: %v", calls)
		}
	}
	if info.Pages < 2 {
		t.Errorf("only %d page(s) for a five-item plan with flags", info.Pages)
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	if len(entries) != 1 {
		t.Errorf("temporary files left: %d entries", len(entries))
	}
}

func TestStillsFollowTheDrill(t *testing.T) {
	s := Stills()
	if len(s) != 4 {
		t.Fatalf("%d stills", len(s))
	}
	// Default vacuum: 3 s lead-in, 4 s out, 4 s in, 10 s hold, 4 s release.
	want := []time.Duration{6600 * time.Millisecond, 10600 * time.Millisecond, 16 * time.Second, 24600 * time.Millisecond}
	for i := range s {
		if s[i].At != want[i] {
			t.Errorf("still %d at %v, want %v", i+1, s[i].At, want[i])
		}
	}
}

func TestNoRendererNoStills(t *testing.T) {
	var buf bytes.Buffer
	info, err := Render(&buf, Input{Assessed: assessed(t, habit, risk.Context{})})
	if err != nil {
		t.Fatal(err)
	}
	if info.Stills != 0 || len(info.Warnings) != 0 || buf.Len() == 0 {
		t.Fatalf("%+v", info)
	}
}

func TestFailingRendererCostsOnlyThePictures(t *testing.T) {
	for name, r := range map[string]Renderer{
		"error": func(float64, int, int, string) (image.Image, error) { return nil, errors.New("no theme") },
		"panic": func(float64, int, int, string) (image.Image, error) { panic("boom") },
		"nil":   func(float64, int, int, string) (image.Image, error) { return nil, nil },
	} {
		var buf bytes.Buffer
		info, err := Render(&buf, Input{Assessed: assessed(t, habit, risk.Context{}), Diagram: r})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if info.Stills != 0 || len(info.Warnings) != 1 || strings.Contains(info.Warnings[0], "\n") {
			t.Errorf("%s: %+v", name, info)
		}
	}
}

func TestEmptyPlanAndLongNames(t *testing.T) {
	long := strings.Repeat("Ünïcödé → ≥ ", 8)[:100]
	p := plan.Plan{Name: long, Items: []plan.Item{{Exercise: strings.Repeat("w", 100), Sets: 20, Reps: 200, RestSeconds: 600}}}
	for _, pl := range []plan.Plan{{Name: "Nothing yet"}, p} {
		var buf bytes.Buffer
		if _, err := Render(&buf, Input{Assessed: assessed(t, pl, risk.Context{Pain: 10, LegSymptoms: true, Morning: true})}); err != nil {
			t.Fatalf("%q: %v", pl.Name, err)
		}
	}
}

func TestLongPlanSpansPages(t *testing.T) {
	p := plan.Plan{Name: "Everything"}
	lib, _ := exercise.Builtin()
	for _, e := range lib.Exercises() {
		p.Items = append(p.Items, plan.Item{Exercise: e.ID, Sets: 3, Reps: 15})
	}
	var buf bytes.Buffer
	info, err := Render(&buf, Input{Assessed: assessed(t, p, risk.Context{Pain: 6})})
	if err != nil {
		t.Fatal(err)
	}
	if info.Pages < 4 {
		t.Errorf("%d exercises fit on %d pages?", len(p.Items), info.Pages)
	}
}

func TestWriteRefusesUnassessed(t *testing.T) {
	if _, err := Write(filepath.Join(t.TempDir(), "x.pdf"), Input{}); err == nil {
		t.Fatal("wrote a handout for nothing")
	}
}

func TestWriteToMissingFolder(t *testing.T) {
	_, err := Write(filepath.Join(t.TempDir(), "no", "such", "x.pdf"), Input{Assessed: assessed(t, habit, risk.Context{})})
	if err == nil || strings.Contains(err.Error(), "\n") {
		t.Fatalf("got %v", err)
	}
}
