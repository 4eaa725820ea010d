package practice

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/breath"
)

// scripted is a session clock the test sets by hand.
type scripted struct {
	now              time.Duration
	started          *breath.Timeline
	paused, stopped  bool
	silent, starting bool
	starts, stopsCnt int
}

func (p *scripted) Starting() bool { return p.starting }

func (p *scripted) Start(tl *breath.Timeline) { p.started, p.now, p.paused = tl, 0, false; p.starts++ }
func (p *scripted) Pause()                    { p.paused = true }
func (p *scripted) Resume()                   { p.paused = false }
func (p *scripted) Stop()                     { p.stopped = true; p.stopsCnt++ }
func (p *scripted) Paused() bool              { return p.paused }
func (p *scripted) Now() time.Duration        { return p.now }
func (p *scripted) Silent() (bool, string) {
	if p.silent {
		return true, "Sound is off: CoreCue was started without sound"
	}
	return false, ""
}

// recorder is a picture that remembers what it was shown.
type recorder struct {
	obj     *widget.Label
	pose    breath.Pose
	reduced bool
	note    string
	pos     breath.Position
}

func (r *recorder) Object() fyne.CanvasObject     { return r.obj }
func (r *recorder) SetPose(p breath.Pose)         { r.pose = p }
func (r *recorder) SetReducedMotion(b bool)       { r.reduced = b }
func (r *recorder) SetSoundNote(s string)         { r.note = s }
func (r *recorder) SetPosition(p breath.Position) { r.pos = p }

func newScreen(t *testing.T) (*Screen, *scripted, *recorder) {
	test.NewTempApp(t)
	p := &scripted{}
	r := &recorder{obj: widget.NewLabel("picture")}
	s := New(p, r, nil)
	w := test.NewTempWindow(t, s.Content())
	w.Resize(fyne.NewSize(1280, 800))
	return s, p, r
}

func TestStartPlaysTheChosenDrillOnTheSessionClock(t *testing.T) {
	s, p, r := newScreen(t)
	if len(s.Picker.Options) != len(breath.Presets()) || s.Picker.Selected != "Vacuum 10 (10 reps)" {
		t.Fatalf("picker %v, selected %q", s.Picker.Options, s.Picker.Selected)
	}
	s.Picker.SetSelectedIndex(1)
	test.Tap(s.Start)
	if s.State() != Running || p.started == nil || p.started.Drill.Reps != 15 {
		t.Fatalf("state %v, started %+v", s.State(), p.started)
	}
	if !s.Picker.Disabled() || !s.Start.Disabled() || s.Stop.Disabled() {
		t.Error("controls not set for a running drill")
	}
	p.now = 36 * time.Second
	s.Frame()
	if r.pose.Phase != breath.Hold || r.pose.Rep != 2 || r.pose.Reps != 15 {
		t.Fatalf("shown %+v", r.pose)
	}
	if want := p.started.Pose(36 * time.Second); r.pose != want {
		t.Fatalf("picture is not Pose(now): %+v vs %+v", r.pose, want)
	}
}

func TestSpacePausesAndEscapeStops(t *testing.T) {
	s, p, r := newScreen(t)
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace}) // idle: starts
	if s.State() != Running {
		t.Fatalf("space did not start: %v", s.State())
	}
	p.now = 5 * time.Second
	s.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if s.State() != Paused || !p.paused || s.Pause.Text != "Resume" {
		t.Fatalf("space did not pause: %v %v %q", s.State(), p.paused, s.Pause.Text)
	}
	if !strings.Contains(r.pose.Reminder, "Paused") {
		t.Errorf("paused picture says %q", r.pose.Reminder)
	}
	test.Tap(s.Pause)
	if s.State() != Running || p.paused {
		t.Fatal("Resume did not resume")
	}
	if !s.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape}) || s.State() != Idle || !p.stopped {
		t.Fatalf("escape did not stop: %v", s.State())
	}
	if !s.Pause.Disabled() || s.Start.Disabled() {
		t.Error("controls not reset after stop")
	}
}

func TestDrillEndsByItselfAtTheEndOfTheTimeline(t *testing.T) {
	s, p, r := newScreen(t)
	s.StartDrill()
	p.now = p.started.Total
	s.Frame()
	if s.State() != Idle || !p.stopped || r.pose.Phase != breath.Done {
		t.Fatalf("state %v stopped %v pose %v", s.State(), p.stopped, r.pose.Phase)
	}
	if !strings.Contains(s.Status.Text, "Finished") {
		t.Errorf("status %q", s.Status.Text)
	}
}

func TestChooseAddsAnUnlistedDrill(t *testing.T) {
	s, p, _ := newScreen(t)
	d := breath.Vacuum(12)
	s.Choose(d)
	s.StartDrill()
	if p.started.Drill != d {
		t.Fatalf("started %+v", p.started.Drill)
	}
	s.StopDrill()
	s.Choose(breath.Vacuum(15)) // already listed: no duplicate
	if len(s.Picker.Options) != len(breath.Presets())+1 {
		t.Fatalf("options %v", s.Picker.Options)
	}
}

func TestSoundOffIsSaid(t *testing.T) {
	test.NewTempApp(t)
	p := &scripted{silent: true}
	r := &recorder{obj: widget.NewLabel("")}
	New(p, r, nil)
	if !strings.Contains(r.note, "Sound is off") {
		t.Fatalf("note %q", r.note)
	}
}

func TestIdlePreviewDescribesTheDrill(t *testing.T) {
	s, _, r := newScreen(t)
	s.Picker.SetSelectedIndex(2)
	if !strings.Contains(r.pose.Caption, "Vacuum 20: 20 reps") {
		t.Fatalf("preview caption %q", r.pose.Caption)
	}
}

func TestDeviceFailingMidDrillIsSaidOnTheNextFrame(t *testing.T) {
	s, p, r := newScreen(t)
	s.StartDrill()
	p.now = 10 * time.Second
	s.Frame()
	if r.note != "" {
		t.Fatalf("note before failure %q", r.note)
	}
	p.silent = true // the audio engine fell back to its silent sink
	p.now = 10*time.Second + 16*time.Millisecond
	s.Frame()
	if !strings.Contains(r.note, "Sound is off") || s.State() != Running {
		t.Fatalf("note %q state %v", r.note, s.State())
	}
}

func TestFirstDrillSaysSoundIsStartingThenClears(t *testing.T) {
	s, p, r := newScreen(t)
	p.starting = true // the device is being opened; the clock waits at zero
	s.StartDrill()
	s.Frame()
	if !strings.Contains(r.note, "Starting the sound") || r.pose.Phase != breath.LeadIn {
		t.Fatalf("while the device opens: note %q, phase %v", r.note, r.pose.Phase)
	}
	p.starting = false
	p.now = 16 * time.Millisecond
	s.Frame()
	if r.note != "" {
		t.Fatalf("note once sound plays %q", r.note)
	}
}
