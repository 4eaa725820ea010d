package stage

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/ui/uitest"
)

func vacuum(t *testing.T) *breath.Timeline {
	t.Helper()
	tl, err := breath.New(breath.Vacuum(10))
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

func secs(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

func TestSetPoseShowsEveryLine(t *testing.T) {
	test.NewTempApp(t)
	tl := vacuum(t)
	s := New()
	for _, tc := range []struct {
		at                     float64
		title, rep, count, rem string
	}{
		{1, "Get ready", "10 reps", "", breath.Lying.SetUp()},
		{5, "Breathe out", "Rep 1 of 10", "", ""},
		{11, "Keep it in · keep breathing", "Rep 1 of 10", "10", breath.SelfCheck},
		{15.8, "Keep it in · keep breathing", "Rep 1 of 10", "6", breath.SelfCheck},
		{20.5, "Keep it in · keep breathing", "Rep 1 of 10", "1", breath.SelfCheck},
		{23, "Release", "Rep 1 of 10", "", ""},
		{27, "Breathe out", "Rep 2 of 10", "", breath.Reminder},
		{31, "Breathe in · draw in", "Rep 2 of 10", "", breath.Reminder},
	} {
		p := tl.Pose(secs(tc.at))
		s.SetPose(p)
		got := [...]string{s.Title.Text, s.Rep.Text, s.Count.Text, s.Reminder.Text}
		want := [...]string{tc.title, tc.rep, tc.count, tc.rem}
		if got != want {
			t.Errorf("at %v s: shows %q, want %q", tc.at, got, want)
		}
		if p.Caption == "" || s.Caption.Text != p.Caption {
			t.Errorf("at %v s: caption %q, want the cue's words %q", tc.at, s.Caption.Text, p.Caption)
		}
		if s.Diagram.Pose() != p {
			t.Errorf("at %v s: the figure shows another pose", tc.at)
		}
	}
}

func TestCountLineRoundsUp(t *testing.T) {
	for _, tc := range []struct {
		left time.Duration
		want string
	}{
		{10 * time.Second, "10"}, {9001 * time.Millisecond, "10"}, {9 * time.Second, "9"},
		{time.Millisecond, "1"}, {0, ""},
	} {
		if got := CountLine(breath.Pose{Phase: breath.Hold, HoldLeft: tc.left}); got != tc.want {
			t.Errorf("%v left: %q, want %q", tc.left, got, tc.want)
		}
	}
	if got := CountLine(breath.Pose{Phase: breath.Release, HoldLeft: time.Second}); got != "" {
		t.Errorf("outside the hold: %q", got)
	}
}

func TestStageMarkup(t *testing.T) {
	test.NewTempApp(t)
	test.ApplyTheme(t, test.NewTheme())
	tl := vacuum(t)
	s := New()
	s.SetSoundNote("Sound is off: CoreCue was started without sound")
	w := test.NewTempWindow(t, s.Object())
	w.Resize(fyne.NewSize(800, 600))
	s.SetPose(tl.Pose(secs(15.5)))
	uitest.Relayout(w)
	test.AssertRendersToMarkup(t, "stage/hold_800x600.xml", w.Canvas())
	s.SetPose(tl.Pose(secs(27)))
	uitest.Relayout(w)
	test.AssertRendersToMarkup(t, "stage/rep2_exhale_800x600.xml", w.Canvas())
}

func TestNothingCrampedAtSmallSize(t *testing.T) {
	test.NewTempApp(t)
	s := New()
	s.SetPose(vacuum(t).Pose(secs(9)))
	min := s.Object().MinSize()
	if min.Width > 800 || min.Height > 600 {
		t.Errorf("stage needs %v, more than 800x600", min)
	}
	w := test.NewTempWindow(t, s.Object())
	w.Resize(fyne.NewSize(800, 600))
	if sz := s.Diagram.Size(); sz.Height < 250 || sz.Width < 500 {
		t.Errorf("at 800x600 the figure gets only %v", sz)
	}
	if s.Caption.Size().Width < 600 {
		t.Errorf("at 800x600 the caption gets only %v", s.Caption.Size())
	}
}

// At the kiosk taster's end (1280x800) the caption went from two lines to
// three, "Well done! Ask us how…", and was drawn over the set-up line under
// it: the words' column kept the layout of the shorter caption. A caption
// that grows must push what is under it down.
func TestBesideCaptionThatGrowsPushesTheLineUnder(t *testing.T) {
	test.NewTempApp(t)
	s := NewBeside()
	p := vacuum(t).Pose(secs(1))
	p.Caption = "Get ready."
	s.SetPose(p)
	w := test.NewTempWindow(t, s.Object())
	w.Resize(fyne.NewSize(900, 500))
	p.Caption = "Well done! Ask us how the vacuum fits your plan, or press Start to go again. " +
		"Well done! Ask us how the vacuum fits your plan, or press Start to go again."
	s.SetPose(p)
	if over := uitest.Overprints(s.Object(), w.Canvas().Size()); len(over) > 0 {
		t.Errorf("a longer caption overprints: %v", over)
	}
}
