package handout

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/corecue/corecue/internal/risk"
)

// Every exercise of the plan the library knows is pictured: start and end,
// or one still for a hold, each at least 8 cm wide; an unknown one is not.
func TestHandoutPicturesEachExercise(t *testing.T) {
	var buf bytes.Buffer
	info, err := Render(&buf, Input{Assessed: assessed(t, habit, risk.Context{})})
	if err != nil {
		t.Fatal(err)
	}
	// Sit-up, leg raise and dead bug move (two each); the curl-up is held.
	if info.Poses != 7 || len(info.Warnings) != 0 {
		t.Fatalf("%d exercise pictures, warnings %v; want 7", info.Poses, info.Warnings)
	}
	for _, tool := range []string{"pdftotext", "pdfimages"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed: the PDF is not read back", tool)
		}
	}
	pdf := filepath.Join(t.TempDir(), "h.pdf")
	if err := os.WriteFile(pdf, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	for _, want := range []string{"How each exercise looks", "1. Sit-up: start", "1. Sit-up: end", "3. Dead bug: start", "3. Dead bug: end",
		"4. McGill curl-up: hold"} {
		if !strings.Contains(text, want) {
			t.Errorf("the handout lacks %q", want)
		}
	}
	if strings.Contains(text, "McGill curl-up: start") || strings.Contains(text, "basket weaving: start") {
		t.Error("a hold or an unknown exercise got a start picture")
	}
	// pdfimages -list: the pictures' size on the page, from their pixels and dpi.
	list, err := exec.Command("pdfimages", "-list", pdf).Output()
	if err != nil {
		t.Fatal(err)
	}
	wide := 0
	for _, l := range strings.Split(string(list), "\n") {
		f := strings.Fields(l)
		if len(f) < 14 || f[3] != "880" {
			continue
		}
		ppi, err := strconv.ParseFloat(f[12], 64)
		if err != nil {
			continue
		}
		if mm := 880 / ppi * 25.4; mm < 80 {
			t.Errorf("an exercise picture is %.0f mm wide, want at least 80", mm)
		}
		wide++
	}
	if wide < 7 {
		t.Errorf("found %d exercise pictures in the PDF, want 7:\n%s", wide, list)
	}
	if d := os.Getenv("HANDOUT_POSES_PDF"); d != "" {
		os.WriteFile(d, buf.Bytes(), 0o644)
	}
}
