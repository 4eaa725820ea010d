package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestPosterWritesAnA3PDFWithItsPictures(t *testing.T) {
	path := filepath.Join(t.TempDir(), "poster.pdf")
	var out, errb bytes.Buffer
	if code := Poster([]string{"-o", path}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Fatal("not a PDF")
	}
	// A3 landscape is 1190.55 × 841.89 points.
	if !bytes.Contains(data, []byte("/MediaBox [0 0 1190.55 841.89]")) {
		t.Error("the page is not A3 landscape")
	}
	// Four steps and four positions. Lying in the hold is the third step's
	// picture, which a PDF writer may store once.
	if n := bytes.Count(data, []byte("/Subtype /Image")); n < 7 || n > 8 {
		t.Errorf("%d pictures in the poster, want 8 (or 7)", n)
	}
}

func TestPosterRefusesBadInput(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "-o"},
		{[]string{"-o", filepath.Join(dir, "missing", "p.pdf")}, "does not exist"},
		{[]string{"-o", dir}, "folder"},
		{[]string{"--size", "A4", "-o", filepath.Join(dir, "p.pdf")}, "size"},
		{[]string{"-o", filepath.Join(dir, "p.pdf"), "extra"}, "extra"},
	} {
		var out, errb bytes.Buffer
		code := Poster(tc.args, &out, &errb)
		if code != 2 || !strings.Contains(errb.String(), tc.want) || strings.Count(errb.String(), "\n") != 1 {
			t.Errorf("%v: exit %d, %q; want 2 and one line naming %q", tc.args, code, errb.String(), tc.want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("refused posters left %v", entries)
	}
}

func TestFramePositionAndView(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.png"), filepath.Join(dir, "b.png")
	if code, stdout, stderr := runFrame(t, "--at", "14", "--position", "standing", "--view", "section", "--size", "800x600", "-o", a); code != 0 || !strings.Contains(stdout, "standing, section view") {
		t.Fatalf("exit %d, %q %q", code, stdout, stderr)
	}
	if code, _, stderr := runFrame(t, "--at", "14", "--position", "kneeling", "--view", "side", "--size", "800x600", "-o", b); code != 0 {
		t.Fatalf("exit %d, %q", code, stderr)
	}
	if differing(readPNG(t, a), readPNG(t, b)) < 5000 {
		t.Error("a section and a kneeling side view look the same")
	}
	for _, bad := range [][]string{{"--position", "prone"}, {"--view", "top"}} {
		code, _, stderr := runFrame(t, append([]string{"--at", "5", "-o", a}, bad...)...)
		if code != 2 || !strings.Contains(stderr, bad[0]) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: exit %d, %q", bad, code, stderr)
		}
	}
}

// TestPosterInPolish writes the poster with --lang pl and reads its words
// back: Polish, in the embedded Unicode font (Helvetica's code page has no
// ł or ę); Bengali, which the PDF cannot shape, gets the English poster and
// one line saying why.
func TestPosterInPolish(t *testing.T) {
	for lang, want := range map[string]string{"pl": "Cztery pozycje, od najłatwiejszej", "bn": "Four positions, easiest first"} {
		path := filepath.Join(t.TempDir(), lang+".pdf")
		var out, errb bytes.Buffer
		if code := Poster([]string{"-o", path, "--lang", lang}, &out, &errb); code != 0 {
			t.Fatalf("--lang %s: exit %d: %s", lang, code, errb.String())
		}
		if lang == "bn" && errb.String() != "corecue poster: the PDF cannot set Bengali text correctly (its letters join and reorder), so the poster is in English\n" {
			t.Errorf("--lang bn said %q", errb.String())
		}
		text, err := exec.Command("pdftotext", path, "-").Output()
		if err != nil {
			t.Skipf("pdftotext (poppler-utils) not available to read the page: %v", err)
		}
		flat := strings.Join(strings.Fields(string(text)), " ")
		if !strings.Contains(flat, want) {
			t.Errorf("--lang %s: the poster lacks %q", lang, want)
		}
		if lang == "pl" && (strings.Contains(flat, "Common faults") || !strings.Contains(flat, "Hides et al. 2006")) {
			t.Errorf("--lang pl: English left, or the sources' titles lost:\n%s", flat)
		}
	}
}
