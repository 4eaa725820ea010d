package cli

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/store"
)

func noStorage(t *testing.T, dir string) {
	t.Helper()
	old := storageDir
	storageDir = func() (string, error) { return dir, nil }
	t.Cleanup(func() { storageDir = old })
}

func runHandout(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := Handout(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestHandoutWritesPDF(t *testing.T) {
	builtinOnly(t)
	noStorage(t, t.TempDir())
	path := writePlan(t, habitPlan)
	pdf := filepath.Join(t.TempDir(), "out.pdf")
	for _, args := range [][]string{{path, "-o", pdf}, {"-o", pdf, "--pain", "4", path, "--morning"}} {
		os.Remove(pdf)
		code, out, errs := runHandout(args...)
		if code != 0 || errs != "" {
			t.Fatalf("%v: exit %d, %q", args, code, errs)
		}
		if !strings.Contains(out, "wrote "+pdf) || !strings.Contains(out, "4 diagram stills") {
			t.Errorf("stdout %q", out)
		}
		data, err := os.ReadFile(pdf)
		if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
			t.Fatalf("no PDF: %v", err)
		}
	}
}

func TestHandoutUsesHookAndClinic(t *testing.T) {
	builtinOnly(t)
	dir := t.TempDir()
	noStorage(t, dir)
	os.WriteFile(filepath.Join(dir, "clinic.json"), []byte(`{"name":"Hook Clinic","phone":"0123 456"}`), 0o644)
	calls := 0
	HandoutDiagram = func(at float64, w, h int, _ string) (image.Image, error) {
		calls++
		return image.NewGray(image.Rect(0, 0, w, h)), nil
	}
	t.Cleanup(func() { HandoutDiagram = VacuumStill })
	pdf := filepath.Join(t.TempDir(), "out.pdf")
	code, out, errs := runHandout(writePlan(t, habitPlan), "-o", pdf)
	if code != 0 || errs != "" || calls != 4 || !strings.Contains(out, "4 diagram stills") {
		t.Fatalf("exit %d, calls %d, out %q, err %q", code, calls, out, errs)
	}
}

func TestHandoutBadClinicFileWarnsOnly(t *testing.T) {
	builtinOnly(t)
	dir := t.TempDir()
	noStorage(t, dir)
	os.WriteFile(filepath.Join(dir, "clinic.json"), []byte(`{"name":"C","phone":"call us"}`), 0o644)
	pdf := filepath.Join(t.TempDir(), "out.pdf")
	code, _, errs := runHandout(writePlan(t, habitPlan), "-o", pdf)
	if code != 0 || !strings.Contains(errs, `"phone"`) || strings.Count(errs, "\n") != 1 {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
}

func TestHandoutFailingRendererWarns(t *testing.T) {
	builtinOnly(t)
	noStorage(t, t.TempDir())
	HandoutDiagram = func(float64, int, int, string) (image.Image, error) { return nil, errors.New("no display") }
	t.Cleanup(func() { HandoutDiagram = VacuumStill })
	code, out, errs := runHandout(writePlan(t, habitPlan), "-o", filepath.Join(t.TempDir(), "x.pdf"))
	if code != 0 || !strings.Contains(errs, "no display") || !strings.Contains(out, "0 diagram stills") {
		t.Fatalf("exit %d, out %q, err %q", code, out, errs)
	}
}

func TestHandoutRefusesBadInput(t *testing.T) {
	builtinOnly(t)
	noStorage(t, t.TempDir())
	good := writePlan(t, habitPlan)
	outDir := t.TempDir()
	pdf := filepath.Join(outDir, "x.pdf")
	cases := []struct {
		args    []string
		mention string
	}{
		{[]string{"-o", pdf}, "no plan file"},
		{[]string{good}, "-o FILE.pdf"},
		{[]string{good, "-o", good}, "overwrite the plan"},
		{[]string{good, "-o", outDir}, "is a folder"},
		{[]string{good, "-o", filepath.Join(outDir, "missing", "x.pdf")}, "cannot write"},
		{[]string{good, "-o", pdf, "--pain", "12"}, "pain 12"},
		{[]string{good, "-o", pdf, "extra"}, "unexpected argument"},
		{[]string{good, "-o", pdf, "--goal", "0"}, "--goal 0"},
		{[]string{writePlan(t, `{"version":1,"name":"p","items":[{"exercise":"x","sets":0,"reps":1}]}`), "-o", pdf}, "sets 0"},
	}
	for _, c := range cases {
		code, out, errs := runHandout(c.args...)
		if code != 2 || out != "" {
			t.Errorf("%v: exit %d, stdout %q", c.args, code, out)
		}
		if strings.Count(errs, "\n") != 1 || !strings.Contains(errs, c.mention) {
			t.Errorf("%v: stderr %q should be one line mentioning %q", c.args, errs, c.mention)
		}
	}
	if _, err := os.Stat(pdf); err == nil {
		t.Error("a refused command wrote the PDF")
	}
	if data, _ := os.ReadFile(good); !strings.Contains(string(data), `"version": 1`) {
		t.Error("plan file damaged")
	}
	entries, _ := os.ReadDir(outDir)
	if len(entries) != 0 {
		t.Errorf("left %d files in the output folder", len(entries))
	}
}

// With recorded sessions in the storage folder the handout gains its
// progress page, read without touching the database.
func TestHandoutAddsProgressPageFromHistory(t *testing.T) {
	builtinOnly(t)
	dir := t.TempDir()
	noStorage(t, dir)
	plan := writePlan(t, habitPlan)
	pdf := filepath.Join(t.TempDir(), "out.pdf")
	pages := func() int {
		t.Helper()
		code, out, errs := runHandout(plan, "-o", pdf, "--goal", "5")
		if code != 0 || errs != "" {
			t.Fatalf("exit %d, %q", code, errs)
		}
		var n int
		if _, err := fmt.Sscanf(out[strings.Index(out, ": ")+2:], "%d", &n); err != nil {
			t.Fatalf("stdout %q", out)
		}
		return n
	}
	without := pages()
	if _, err := os.Stat(filepath.Join(dir, store.FileName)); err == nil {
		t.Fatal("the handout created a database")
	}
	st, _, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	id, err := st.BeginSession(hist.Session{Kind: hist.Workout, Started: time.Now().Add(-time.Hour), Name: "Core basics",
		PainBefore: 2, PainAfter: hist.NoPain, VacuumPlanned: 10, VacuumHold: 10,
		Items: []hist.Item{{Exercise: "dead-bug", Name: "Dead bug", SetsPlanned: 2, RepsPlanned: 10}}})
	if err == nil {
		err = st.EndSession(id, hist.Finished, 1, true)
	}
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if got := pages(); got != without+1 {
		t.Fatalf("with one session: %d pages, want %d", got, without+1)
	}
	text, err := exec.Command("pdftotext", pdf, "-").Output()
	if err != nil {
		t.Skipf("pdftotext (poppler-utils) not available to read the page: %v", err)
	}
	if !strings.Contains(string(text), "Goal: 5 sessions a week") {
		t.Errorf("progress page does not show the goal given:\n%s", text)
	}
}
