package practice

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"github.com/corecue/corecue/internal/breath"
	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/store"
	uihistory "github.com/corecue/corecue/internal/ui/history"
)

// Two drills played to the end and one stopped at rep 3: each is a session
// of the history, which counts them in the week, the streak and the list
// (it used to say "No sessions yet").
func TestFinishedAndStoppedDrillsAreRecordedAndCounted(t *testing.T) {
	s, p, _ := newScreen(t)
	st, _, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	day := time.Date(2026, 12, 1, 8, 0, 0, 0, time.Local)
	wall := day
	s.SetRecorder(st, func() time.Time { return wall })

	for i := 0; i < 2; i++ {
		wall = day.Add(time.Duration(i) * time.Hour)
		s.StartDrill()
		p.now = p.started.Total + time.Second
		s.Frame()
		if s.State() != Idle || !strings.Contains(s.Status.Text, "Recorded in History") {
			t.Fatalf("drill %d: %v %q", i+1, s.State(), s.Status.Text)
		}
	}
	wall = day.Add(3 * time.Hour)
	s.StartDrill()
	tl := p.started
	p.now = tl.Segments[0].Len + 3*tl.Drill.RepDuration() + time.Second // rep 4 under way
	s.Frame()
	s.StopDrill()
	if !strings.HasPrefix(s.Status.Text, "Stopped") || strings.Contains(s.Status.Text, "Paused") || !strings.Contains(s.Status.Text, "3 reps recorded") {
		t.Fatalf("after stopping: %q", s.Status.Text)
	}
	// Stopped before the first rep is over: nothing was practised.
	s.StartDrill()
	p.now = 5 * time.Second
	s.StopDrill()

	list, err := st.Sessions()
	if err != nil || len(list) != 3 {
		t.Fatalf("sessions %+v %v", list, err)
	}
	d := list[0]
	if d.Kind != hist.Drill || d.Name != "Vacuum 10" || d.Position != breath.Lying || d.VacuumReps != 10 || d.VacuumPlanned != 10 ||
		d.State != hist.Finished || d.Seconds != int(tl.Total/time.Second) || d.VacuumHold != 10 {
		t.Fatalf("finished drill %+v", d)
	}
	if stopped := list[2]; stopped.State != hist.Partial || stopped.VacuumReps != 3 || !stopped.Started.Equal(day.Add(3*time.Hour)) {
		t.Fatalf("stopped drill %+v", stopped)
	}

	h := uihistory.New(uihistory.Deps{Store: st, Prefs: fyne.CurrentApp().Preferences(),
		Now: func() time.Time { return day.Add(10 * time.Hour) }})
	if !strings.Contains(h.Summary.Text, "This week: 3 of 3 sessions") || !strings.Contains(h.Summary.Text, "streak: 1 day") ||
		!strings.Contains(h.Summary.Text, "3 sessions in all") {
		t.Fatalf("summary %q", h.Summary.Text)
	}
	if len(h.Rows) != 3 || !strings.Contains(h.Rows[0].Text.Text, "Practice: Vacuum 10, lying (stopped) · 3 of 10 vacuum reps") {
		t.Fatalf("rows %d, first %q", len(h.Rows), h.Rows[0].Text.Text)
	}
}
