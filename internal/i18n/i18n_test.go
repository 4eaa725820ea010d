package i18n

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func use(t *testing.T, code string) {
	t.Helper()
	if err := Use(code); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = Use(Source) })
}

func TestPolishCountsWithItsFourForms(t *testing.T) {
	use(t, "pl")
	for n, want := range map[int]string{1: "1 powtórzenie", 3: "3 powtórzenia", 5: "5 powtórzeń", 22: "22 powtórzenia", 12: "12 powtórzeń"} {
		if got := N("%d reps", n); got != want {
			t.Errorf("N(%d) = %q, want %q", n, got, want)
		}
	}
	if got := F("Rep %d of %d", 2, 10); got != "Powtórzenie 2 z 10" {
		t.Errorf("F = %q", got)
	}
	use(t, Source)
	if got := N("%d reps", 1); got != "1 rep" {
		t.Errorf("English one = %q", got)
	}
	if got := L("a text nobody translated"); got != "a text nobody translated" {
		t.Errorf("an unknown text became %q", got)
	}
}

func TestUseRefusesAnUnknownCodeNamingTheCodes(t *testing.T) {
	err := Use("xx")
	if err == nil || !strings.Contains(err.Error(), `"xx"`) || !strings.Contains(err.Error(), "pl") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("Use(xx) = %v", err)
	}
	if Current() != Source {
		t.Fatalf("a refused code changed the language to %q", Current())
	}
}

func TestEveryBuiltInTranslationKeepsItsValues(t *testing.T) {
	c, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Languages()) < 5 {
		t.Fatalf("%d languages", len(c.Languages()))
	}
}

// TestAClinicFileCorrectsOrIsRefused replays a clinic correcting one Polish
// line, then saving a broken file: the broken one is refused in one line and
// the built-in text comes back.
func TestAClinicFileCorrectsOrIsRefused(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() { LoadDir(t.TempDir()) })
	write("lang-pl.json", `{"Still there?": "Jesteś tam jeszcze?"}`)
	if p := LoadDir(dir); len(p) != 0 {
		t.Fatalf("problems: %v", p)
	}
	if got := In("pl", "Still there?"); got != "Jesteś tam jeszcze?" {
		t.Fatalf("the clinic's correction gave %q", got)
	}
	if got := In("pl", "Home"); got != "Strona główna" {
		t.Fatalf("an uncorrected line became %q", got)
	}
	if l, _ := Lookup("pl"); !l.Clinic || !strings.Contains(l.Status, "clinic") {
		t.Fatalf("status %+v does not say the clinic corrected it", l)
	}
	for _, bad := range []string{
		`{"Still there?": "Jesteś?", "Still there?": "Tak?"}`,
		`{"Still there?": 3}`,
		`{"Rep %d of %d": "Powtórzenie %d"}`,
		`{"No such line": "Nie"}`,
		`{"Still there?": "Jesteś?"`,
	} {
		write("lang-pl.json", bad)
		p := LoadDir(dir)
		if len(p) != 1 || strings.Contains(p[0], "\n") || !strings.Contains(p[0], "lang-pl.json") {
			t.Errorf("%s: problems %q, want one line naming the file", bad, p)
		}
		if got := In("pl", "Still there?"); got != "Nadal tu jesteś?" {
			t.Errorf("%s: the built-in line became %q", bad, got)
		}
	}
	write("lang-pl.json", `{}`)
	write("lang-fr.json", `{"@name": "Français", "Still there?": "Vous êtes toujours là ?"}`)
	if p := LoadDir(dir); len(p) != 0 {
		t.Fatalf("problems: %v", p)
	}
	use(t, "fr")
	if got := L("Still there?"); got != "Vous êtes toujours là ?" {
		t.Fatalf("the clinic's French gave %q", got)
	}
	if l, ok := Lookup("fr"); !ok || l.Name != "Français" {
		t.Fatalf("Lookup(fr) = %+v, %v", l, ok)
	}
	if got := L("Home"); got != "Home" {
		t.Fatalf("an untranslated French line gave %q, want the English", got)
	}
}

func TestMatchReadsLocaleNames(t *testing.T) {
	for in, want := range map[string]string{"pl_PL.UTF-8": "pl", "pt-BR": "pt", "ro": "ro", "fr_FR": "en", "C": "en", "": "en"} {
		if got := Match(in); got != want {
			t.Errorf("Match(%q) = %q, want %q", in, got, want)
		}
	}
}

// A date is written as Go writes it in English, and with the language's
// own day and month names (and order) in another.
func TestDateInTheLanguage(t *testing.T) {
	at := time.Date(2026, time.December, 7, 18, 5, 0, 0, time.UTC)
	use(t, Source)
	for format, layout := range map[string]string{DayYearTime: "Mon 2 Jan 2006 15:04", DayTime: "2 Jan 15:04", WeekdayTime: "Mon 2 Jan 15:04"} {
		if got, want := Date(at, format), at.Format(layout); got != want {
			t.Errorf("English %q: %q, want %q", format, got, want)
		}
	}
	use(t, "pl")
	if got := Date(at, DayYearTime); got != "pon 7 gru 2026, 18:05" {
		t.Errorf("Polish: %q", got)
	}
	use(t, "tr")
	if got := Date(at, WeekdayTime); got != "7 Ara Pzt 18:05" {
		t.Errorf("Turkish: %q", got)
	}
}

// The scripts whose letters join or reorder are Bengali's, Panjabi's and
// Gujarati's among the shipped languages; Latin-script ones need nothing.
func TestNeedsShaping(t *testing.T) {
	for code, want := range map[string]bool{"en": false, "pl": false, "ro": false, "tr": false, "bn": true, "pa": true, "gu": true, "xx": false} {
		if got := NeedsShaping(code); got != want {
			t.Errorf("%s: NeedsShaping %v, want %v", code, got, want)
		}
	}
}
