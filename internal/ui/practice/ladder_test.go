package practice

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/store"
)

// A person climbs the ladder: four holds of a stopped drill, answered yes,
// count; kneeling stays locked until ten; a drill answered no does not
// count; the ladder is the same after a restart.
func TestLadderCountsTheHoldsThePersonBreathedThrough(t *testing.T) {
	s, p, r := newScreen(t)
	dir := t.TempDir()
	st, _, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	s.SetRecorder(st, nil)
	if s.Ladder.Text != "Ladder: 0 of 10 holds lying › kneeling" || s.Position.Options[1] != "On hands and knees · locked" {
		t.Fatalf("a new person's ladder %q, positions %v", s.Ladder.Text, s.Position.Options)
	}

	// Four reps, then stop: asked, answered yes, counted.
	test.Tap(s.Start)
	p.now = p.started.Segments[0].Len + 4*p.started.Drill.RepDuration() + time.Second
	s.Frame()
	s.StopDrill()
	if !s.Asking() || !s.Question.Visible() {
		t.Fatal("not asked about the holds after the drill")
	}
	test.Tap(s.Yes)
	if s.Asking() || s.Ladder.Text != "Ladder: 4 of 10 holds lying › kneeling" {
		t.Fatalf("after yes: asking %v, ladder %q", s.Asking(), s.Ladder.Text)
	}

	// Kneeling is still locked: the drill is not started, and the person is told why.
	s.Position.SetSelectedIndex(int(breath.Kneeling))
	if r.pos != breath.Kneeling || !strings.Contains(r.pose.Reminder, "6 to go") {
		t.Fatalf("preview of a locked position: %v %q", r.pos, r.pose.Reminder)
	}
	starts := p.starts
	test.Tap(s.Start)
	if s.State() != Idle || p.starts != starts || !strings.Contains(r.pose.Reminder, "On hands and knees opens after 10 holds") || s.Status.Text != "" {
		t.Fatalf("a locked position started: %v, reason %q, status %q", s.State(), r.pose.Reminder, s.Status.Text)
	}

	// A whole drill lying, answered no: not counted.
	s.Position.SetSelectedIndex(int(breath.Lying))
	test.Tap(s.Start)
	p.now = p.started.Total
	s.Frame()
	test.Tap(s.No)
	if s.Ladder.Text != "Ladder: 4 of 10 holds lying › kneeling" || !strings.Contains(s.Status.Text, "Not counted") {
		t.Fatalf("after no: %q %q", s.Ladder.Text, s.Status.Text)
	}

	// Another, answered yes: ten and more, and kneeling opens.
	test.Tap(s.Start)
	p.now = p.started.Total
	s.Frame()
	test.Tap(s.Yes)
	if s.Climb().Unlocked != breath.Kneeling || s.Ladder.Text != "Ladder: 0 of 10 holds kneeling › sitting" ||
		!strings.Contains(s.Status.Text, "On hands and knees is open now") || s.Position.Options[1] != "On hands and knees" {
		t.Fatalf("after ten holds: %+v %q %q %v", s.Climb(), s.Ladder.Text, s.Status.Text, s.Position.Options)
	}
	s.Position.SetSelectedIndex(int(breath.Kneeling))
	test.Tap(s.Start)
	if s.State() != Running || p.started.Drill.Position != breath.Kneeling || r.pos != breath.Kneeling {
		t.Fatalf("kneeling did not start: %v %+v", s.State(), p.started.Drill)
	}
	s.StopDrill() // before a rep is over: nothing recorded, nothing asked
	if s.Asking() {
		t.Fatal("asked about a drill that was not recorded")
	}
	st.Close()

	// Restart: the ladder is read back from the database.
	st2, _, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st2.Close() })
	s2 := New(&scripted{}, &recorder{obj: widget.NewLabel("")}, nil)
	test.NewTempWindow(t, s2.Content()).Resize(fyne.NewSize(1280, 800))
	s2.SetRecorder(st2, nil)
	if s2.Climb().Holds[breath.Lying] != 14 || s2.Ladder.Text != "Ladder: 0 of 10 holds kneeling › sitting" || s2.Position.Options[2] != "Sitting · locked" {
		t.Fatalf("after a restart: %+v %q %v", s2.Climb(), s2.Ladder.Text, s2.Position.Options)
	}
	list, _ := st2.Sessions()
	if len(list) != 3 || list[0].Position != breath.Lying || list[0].VacuumReps != 4 {
		t.Fatalf("sessions %+v", list)
	}
}

// The position is chosen for any preset, and a saved drill brings its own.
func TestPositionIsChosenForPresetsAndKeptBySavedDrills(t *testing.T) {
	test.NewTempApp(t)
	saved := breath.Vacuum(8)
	saved.Name, saved.Position = "Sitting holds", breath.Sitting
	p := &scripted{}
	r := &recorder{obj: widget.NewLabel("")}
	s := New(p, r, func() []breath.Drill { return append(breath.Presets(), saved) })
	s.Position.SetSelectedIndex(int(breath.Standing))
	s.Picker.SetSelectedIndex(3) // the drawing-in preset
	test.Tap(s.Start)
	if d := p.started.Drill; d.Position != breath.Standing || d.Method != breath.DrawingIn || r.pos != breath.Standing {
		t.Fatalf("preset started as %+v, figure %v", d, r.pos)
	}
	s.StopDrill()
	s.Picker.SetSelectedIndex(len(breath.Presets()))
	if s.Position.SelectedIndex() != int(breath.Sitting) || r.pos != breath.Sitting {
		t.Fatalf("saved drill's position not brought: %d %v", s.Position.SelectedIndex(), r.pos)
	}
	test.Tap(s.Start)
	if p.started.Drill != saved {
		t.Fatalf("saved drill started as %+v", p.started.Drill)
	}
}
