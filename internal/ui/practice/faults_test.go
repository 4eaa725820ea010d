package practice

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/breath"
)

// The common faults open from the practice screen at any time, each as a
// right-and-wrong pair on the chosen position's body; while the reminder
// names a fault, the button stands out and opens at that one.
func TestCommonFaultsOpenAtAnyTimeAsPicturePairs(t *testing.T) {
	s, p, r := newScreen(t)
	s.Position.SetSelectedIndex(int(breath.Sitting))
	test.Tap(s.Faults)
	v := s.Open()
	if v == nil || v.Choices.Selected != breath.FaultBreathHold.Title() {
		t.Fatalf("faults view %+v", v)
	}
	o := v.Wrong.Options(800, 500)
	if o.Fault != breath.FaultBreathHold || o.Position != breath.Sitting || v.Right.Options(800, 500).Fault != breath.FaultNone {
		t.Fatalf("pair: wrong %+v", o)
	}
	for _, f := range breath.Faults {
		v.Choices.SetSelected(f.Title())
		if v.Wrong.Options(800, 500).Fault != f || v.WrongTitle.Text != "Wrong: "+f.Title() || v.Fix.Text != "Instead: "+f.Reminder() {
			t.Fatalf("%v: %q %q", f, v.WrongTitle.Text, v.Fix.Text)
		}
	}
	test.Tap(v.Close)
	if s.Open() != nil {
		t.Fatal("not closed")
	}

	// Rep 2's hold names a fault: the button stands out and opens there.
	test.Tap(s.Start)
	tl := p.started
	hold := tl.Segments[0].Len + tl.Drill.RepDuration() + tl.Drill.Exhale + tl.Drill.Inhale + time.Second
	p.now = hold
	s.Frame()
	if r.pose.Fault == breath.FaultNone || s.Faults.Importance != widget.WarningImportance {
		t.Fatalf("reminder %q fault %v, button %v", r.pose.Reminder, r.pose.Fault, s.Faults.Importance)
	}
	test.Tap(s.Faults)
	if v := s.Open(); v == nil || v.Wrong.Options(800, 500).Fault != r.pose.Fault || s.State() != Running {
		t.Fatalf("opened at %+v while %v", v, s.State())
	}
	test.Tap(s.Open().Close)
	p.now = hold + tl.Drill.Hold
	s.Frame()
	if s.Faults.Importance != widget.MediumImportance {
		t.Fatal("the button still stands out after the reminder")
	}
}
