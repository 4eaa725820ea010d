package handout

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/risk"
)

// Names in the handout printed as dots outside the core fonts' code page:
// every script a plan name or an exercise's text can hold must come out of
// the PDF as the same text.
func TestHandoutPrintsEveryScript(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed; scripts/install-deps.sh test installs it")
	}
	names := []string{
		"Ćwiczenia źółż",     // Polish
		"Exerciții șțăîâ",    // Romanian
		"Çalışma ğüşıöİ",     // Turkish
		"Ασκήσεις κορμού",    // Greek
		"Упражнения кора",    // Cyrillic
		"ব্যায়াম পরিকল্পনা", // Bengali
	}
	p := plan.Plan{Name: names[0] + " " + names[3]}
	for _, n := range names {
		p.Items = append(p.Items, plan.Item{Exercise: n, Sets: 1, Reps: 5})
	}
	out := filepath.Join(t.TempDir(), "plan.pdf")
	if _, err := Write(out, Input{Assessed: assessed(t, p, risk.Context{})}); err != nil {
		t.Fatal(err)
	}
	text, err := exec.Command("pdftotext", "-enc", "UTF-8", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(strings.Fields(string(text)), " ")
	for _, n := range append(names, p.Name) {
		if !strings.Contains(got, n) {
			t.Errorf("the PDF's text lacks %q", n)
		}
	}
	if t.Failed() {
		t.Logf("PDF text:\n%s", got)
	}
}

// Every character of those names has a glyph in one of the embedded fonts,
// so none prints as an empty box either.
func TestEveryScriptHasAGlyph(t *testing.T) {
	f, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	if len(f.fallback) == 0 {
		t.Skip("no fallback font for Bengali (fonts-noto-core) on this machine")
	}
	c := newCoverage(f)
	for _, r := range "Ćwiczenia źółż șțăîâ ğüşıöİ Ασκήσεις Упражнения ব্যায়াম পরিকল্পনা" {
		if !c.has(c.of(r), r) {
			t.Errorf("no embedded font has %q (%U)", r, r)
		}
	}
}

func TestNoFontIsOneLine(t *testing.T) {
	_, err := findFonts([]string{t.TempDir()})
	if err != ErrNoFont || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), "fonts-noto-core") {
		t.Fatalf("err %v", err)
	}
}
