package handout

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/risk"
)

func progressSessions(n int) []hist.Session {
	start := time.Date(2026, 10, 1, 18, 0, 0, 0, time.UTC)
	var out []hist.Session
	for i := 0; i < n; i++ {
		out = append(out, hist.Session{Kind: hist.Workout, Started: start.AddDate(0, 0, 2*i), Name: "Gym habit", State: hist.Finished,
			PainBefore: 5 - i%4, PainAfter: 4 - i%4, VacuumPlanned: 10, VacuumReps: 10, VacuumHold: 10,
			Items: []hist.Item{{Name: "Dead bug", SetsPlanned: 2, SetsDone: 2, RepsPlanned: 8, RepsDone: 16}}})
	}
	return out
}

func TestProgressPageOnlyWithHistory(t *testing.T) {
	in := Input{Assessed: assessed(t, habit, risk.Context{Pain: 2}), Date: time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)}
	var plain bytes.Buffer
	base, err := Render(&plain, in)
	if err != nil {
		t.Fatal(err)
	}
	in.Progress = &Progress{}
	if info, err := Render(&bytes.Buffer{}, in); err != nil || info.Pages != base.Pages {
		t.Fatalf("empty history changed the handout: %d pages, want %d (%v)", info.Pages, base.Pages, err)
	}
	in.Progress = &Progress{Sessions: progressSessions(25), Goal: 3}
	var withProgress bytes.Buffer
	info, err := Render(&withProgress, in)
	if err != nil {
		t.Fatal(err)
	}
	if info.Pages <= base.Pages || len(info.Warnings) != 0 {
		t.Fatalf("pages %d (plain %d), warnings %v", info.Pages, base.Pages, info.Warnings)
	}
	if withProgress.Len() < plain.Len()+20000 {
		t.Fatalf("progress page adds only %d bytes: charts missing?", withProgress.Len()-plain.Len())
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return
	}
	dir := t.TempDir()
	pdf := filepath.Join(dir, "p.pdf")
	os.WriteFile(pdf, withProgress.Bytes(), 0o644)
	out, err := exec.Command("pdftotext", "-layout", pdf, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := string(out)
	for _, want := range []string{"Your progress", "25 sessions recorded", "The latest 20 of 25 sessions", "Sets done", "2 of 2"} {
		if !strings.Contains(text, want) {
			t.Errorf("progress page lacks %q", want)
		}
	}
	if d := os.Getenv("HANDOUT_PROGRESS_PDF"); d != "" {
		os.WriteFile(d, withProgress.Bytes(), 0o644)
	}
}
