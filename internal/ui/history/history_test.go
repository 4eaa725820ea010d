package history

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/store"
	"github.com/corecue/corecue/internal/ui/settings"
)

var now = time.Date(2026, 11, 25, 18, 0, 0, 0, time.Local)

func seed(t *testing.T, st *store.Store) {
	t.Helper()
	for i, d := range []int{20, 12, 9, 8, 3, 1, 0} {
		ses := hist.Session{Kind: hist.Workout, Started: now.AddDate(0, 0, -d).Add(-time.Hour), Name: "Core basics", PainBefore: 4 - i/2, PainAfter: hist.NoPain,
			VacuumPlanned: 10 + 5*(i/3), VacuumHold: 10,
			Items: []hist.Item{
				{Exercise: "dead-bug", Name: "Dead bug", SetsPlanned: 2, RepsPlanned: 10},
				{Slot: 1, Exercise: "bird-dog", Name: "Bird dog", SetsPlanned: 3, HoldPlanned: 8},
			}}
		id, err := st.BeginSession(ses)
		if err != nil {
			t.Fatal(err)
		}
		st.RecordWarmUp(id, ses.VacuumPlanned-(i%2))
		st.RecordSet(id, 0, 10, 0, true)
		st.RecordSet(id, 0, 9, 0, true)
		st.RecordSet(id, 1, 0, 8, true)
		st.EndSession(id, hist.Finished, 3-i/3, i%2 == 0)
	}
}

type rig struct {
	s  *Screen
	st *store.Store
	w  fyne.Window
}

func newRig(t *testing.T, withData bool) *rig {
	t.Helper()
	a := test.NewTempApp(t)
	st, _, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if withData {
		seed(t, st)
	}
	r := &rig{st: st}
	r.w = test.NewTempWindow(t, nil)
	r.s = New(Deps{Store: st, Prefs: a.Preferences(), Now: func() time.Time { return now }})
	r.w.SetContent(r.s.Content())
	r.w.Resize(fyne.NewSize(1280, 900))
	return r
}

func TestSummaryCalendarChartsAndList(t *testing.T) {
	r := newRig(t, true)
	s := r.s
	if !strings.Contains(s.Summary.Text, "This week: 2 of 3") || !strings.Contains(s.Summary.Text, "streak: 2 days") || !strings.Contains(s.Summary.Text, "7 sessions") {
		t.Fatalf("summary %q", s.Summary.Text)
	}
	if s.Weeks.Image == nil || s.Pain.Image == nil || s.Vacuum.Image == nil {
		t.Fatal("a chart is missing")
	}
	if len(s.Calendar.Objects) != 7+35 {
		t.Fatalf("calendar cells %d", len(s.Calendar.Objects))
	}
	ticks := 0
	for _, o := range s.Calendar.Objects {
		if c, ok := o.(*fyne.Container); ok { // today, ringed
			o = c.Objects[1]
		}
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, "✓") {
			ticks++
		}
	}
	if ticks != 7 { // the five weeks run from Mon 26 Oct, so all seven days are in
		t.Fatalf("%d practice days marked, want 7", ticks)
	}
	if len(s.Rows) != 7 || !strings.Contains(s.Rows[0].Text.Text, "Wed 25 Nov 2026") || !strings.Contains(s.Rows[0].Text.Text, "3 of 5 sets") {
		t.Fatalf("rows %d, first %q", len(s.Rows), s.Rows[0].Text.Text)
	}
}

func TestGoalOutOfRangeIsRefused(t *testing.T) {
	r := newRig(t, true)
	for _, bad := range []string{"0", "15", "-1", "two"} {
		r.s.Goal.SetText(bad)
		r.s.SetGoal()
		if !strings.Contains(r.s.Message.Text, "from 1 to 14") || r.s.goal() != 3 {
			t.Fatalf("goal %q: %q %d", bad, r.s.Message.Text, r.s.goal())
		}
	}
	r.s.Goal.SetText("2")
	r.s.SetGoal()
	if r.s.goal() != 2 || !strings.Contains(r.s.Summary.Text, "2 of 2") {
		t.Fatalf("goal 2: %q", r.s.Summary.Text)
	}
}

func TestEditRefusesOutOfRangeAndSavesTheRest(t *testing.T) {
	r := newRig(t, true)
	row := r.s.Rows[0]
	test.Tap(row.Edit)
	e := r.s.Editing()
	if e == nil {
		t.Fatal("no editor")
	}
	e.PainAfter.SetText("11")
	if e.Save() || !strings.Contains(e.Message.Text, "Pain after") {
		t.Fatalf("pain 11: %q", e.Message.Text)
	}
	e.PainAfter.SetText("0")
	e.Reps[0].SetText("-4")
	if e.Save() || !strings.Contains(e.Message.Text, "Dead bug reps") {
		t.Fatalf("negative reps: %q", e.Message.Text)
	}
	if got, _ := r.st.Session(row.Session.ID); got.PainAfter != row.Session.PainAfter || got.PainAfter == 0 {
		t.Fatal("a refused edit was stored in part")
	}
	e.Reps[0].SetText("20")
	e.PainBefore.SetText("")
	if !e.Save() {
		t.Fatalf("valid edit refused: %q", e.Message.Text)
	}
	got, _ := r.st.Session(row.Session.ID)
	if got.PainAfter != 0 || got.PainBefore != hist.NoPain || got.Items[0].RepsDone != 20 {
		t.Fatalf("stored %+v", got)
	}
	if !strings.Contains(r.s.Rows[0].Text.Text, "pain not rated") {
		t.Fatalf("list not refreshed: %q", r.s.Rows[0].Text.Text)
	}
}

func TestDeleteAndExport(t *testing.T) {
	r := newRig(t, true)
	test.Tap(r.s.Rows[0].Delete) // no window: the confirmation is skipped
	if len(r.s.Rows) != 6 {
		t.Fatalf("rows after delete %d", len(r.s.Rows))
	}
	path := filepath.Join(t.TempDir(), "h.csv")
	r.s.ExportTo(path)
	b, err := os.ReadFile(path)
	if err != nil || strings.Count(string(b), "\n") != 1+6*2 {
		t.Fatalf("csv %v lines %d", err, strings.Count(string(b), "\n"))
	}
	r.s.ExportTo(filepath.Join(t.TempDir(), "missing", "h.csv"))
	if !strings.Contains(r.s.Message.Text, "cannot write") {
		t.Fatalf("message %q", r.s.Message.Text)
	}
}

func TestEmptyHistory(t *testing.T) {
	r := newRig(t, false)
	if r.s.Pain.Image != nil || len(r.s.Rows) != 0 || !strings.HasPrefix(r.s.Summary.Text, "No sessions yet") {
		t.Fatalf("empty: %q", r.s.Summary.Text)
	}
}

// TestScreenshots renders the history screen in both themes when
// HISTORY_UI_SHOTS names a folder.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("HISTORY_UI_SHOTS")
	if dir == "" {
		t.Skip("set HISTORY_UI_SHOTS to a folder to render the history screen")
	}
	for _, v := range []string{"light", "dark"} {
		r := newRig(t, true)
		fyne.CurrentApp().Settings().SetTheme(settings.Theme(v))
		r.s.Reload()
		img := r.w.Canvas().Capture()
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("history-%s.png", v)))
		if err != nil {
			t.Fatal(err)
		}
		err = png.Encode(f, img)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

// Markup snapshots of the screen with no sessions and with a month of them,
// in the test theme at a fixed size and a fixed "now".
func TestScreenRendersAsBefore(t *testing.T) {
	for _, c := range []struct {
		name string
		data bool
	}{{"empty", false}, {"sessions", true}} {
		t.Run(c.name, func(t *testing.T) {
			r := newRig(t, c.data)
			test.AssertRendersToMarkup(t, "history/"+c.name+".xml", r.w.Canvas())
		})
	}
}
