package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestHandoutInPolishAndBengali writes the handout with --lang and reads
// the PDF back with pdftotext: the safety page and the body (the title, the
// vacuum drill's heading, the table's columns) are in the language asked
// for. Bengali, whose letters the PDF cannot shape, gets the English
// handout and one line saying why.
func TestHandoutInPolishAndBengali(t *testing.T) {
	builtinOnly(t)
	noStorage(t, t.TempDir())
	path := writePlan(t, habitPlan)
	for lang, wants := range map[string][]string{
		// With the library's names and the risk reasons (the sit-up's
		// first reason, and what 20 reps a set raises).
		"pl": {"Najpierw zatrzymaj się i daj się zbadać", "Twój plan na brzuch", "Najpierw napnij brzuch", "Bezpieczniejsza zamiana",
			"Siad z leżenia (sit-up)", "Zgina dolny odcinek pleców do końca", "20 powtórzeń w serii"},
		"es": {"Para y hazte revisar primero", "Tu plan de core", "Primero activa el core",
			"Abdominal completo (sit-up)", "Dobla la zona lumbar hasta el final", "20 repeticiones por serie"},
		"bn": {"Stop and get checked first", "Your core plan"},
	} {
		pdf := filepath.Join(t.TempDir(), lang+".pdf")
		code, _, errs := runHandout(path, "-o", pdf, "--lang", lang)
		wantErr := ""
		if lang == "bn" {
			wantErr = "corecue handout: the PDF cannot set Bengali text correctly (its letters join and reorder), so the handout is in English\n"
		}
		if code != 0 || errs != wantErr {
			t.Fatalf("--lang %s: exit %d, %q", lang, code, errs)
		}
		text, err := exec.Command("pdftotext", pdf, "-").Output()
		if err != nil {
			t.Skipf("pdftotext (poppler-utils) not available to read the page: %v", err)
		}
		flat := strings.Join(strings.Fields(string(text)), " ")
		for _, want := range wants {
			if !strings.Contains(flat, want) {
				t.Errorf("--lang %s: the PDF's text lacks %q", lang, want)
			}
		}
		for _, en := range []string{"Stop and get checked first", "Your core plan", "Engage your core first", "Bends the lower back all the way", "reps a set"} {
			if lang != "bn" && strings.Contains(flat, en) {
				t.Errorf("--lang %s: %q is still English", lang, en)
			}
		}
	}
	code, out, errs := runHandout(path, "-o", filepath.Join(t.TempDir(), "x.pdf"), "--lang", "xx")
	if code != 2 || out != "" || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, `"xx"`) || !strings.Contains(errs, "pl") {
		t.Errorf("--lang xx: exit %d, stderr %q: want one line naming the codes", code, errs)
	}
}

// TestRenderCueListInRomanian writes the drill's cue list with --lang ro:
// every caption with a translation is in Romanian, word for word what the
// practice screen shows in Romanian.
func TestRenderCueListInRomanian(t *testing.T) {
	dir := t.TempDir()
	wav, cues := filepath.Join(dir, "d.wav"), filepath.Join(dir, "d.json")
	var out, errb bytes.Buffer
	if code := Render([]string{"--reps", "1", "-o", wav, "--cues", cues, "--lang", "ro"}, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	data, err := os.ReadFile(cues)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Expirați tot aerul.", "Inspirați spre lateral și trageți buricul înăuntru."} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the cue list lacks %q", want)
		}
	}
	if strings.Contains(string(data), "Breathe all the way out.") {
		t.Error("the cue list still has the English caption")
	}
	errb.Reset()
	if code := Render([]string{"-o", filepath.Join(dir, "x.wav"), "--lang", "klingon"}, &out, &errb); code != 2 || strings.Count(errb.String(), "\n") != 1 || !strings.Contains(errb.String(), "ro") {
		t.Errorf("--lang klingon: exit %d, stderr %q", code, errb.String())
	}
}
