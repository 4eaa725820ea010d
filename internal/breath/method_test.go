package breath

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"
)

// Drawing in must never look like "breathe in to suck in": in the
// physiotherapy form the lungs do not fill while the belly draws in, and in
// both forms the breath keeps moving through the hold (the belly is held,
// not the breath).
func TestBreathingThroughTheDrawInAndTheHold(t *testing.T) {
	for _, d := range []Drill{Vacuum(2), DrawingInDrill(2)} {
		tl, err := New(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range tl.Segments {
			if s.Rep != 1 {
				continue
			}
			lo, hi := 1.0, 0.0
			for at := s.Start; at < s.End(); at += 10 * time.Millisecond {
				b := tl.Pose(at).Breath
				lo, hi = math.Min(lo, b), math.Max(hi, b)
			}
			switch s.Phase {
			case Inhale:
				start, end := tl.Pose(s.Start).Breath, tl.Pose(s.End()-time.Millisecond).Breath
				if d.Method == DrawingIn && end > start+0.01 {
					t.Errorf("drawing-in: the lungs fill while drawing in (%.2f→%.2f)", start, end)
				}
				if d.Method == Clinic && end < start+0.5 {
					t.Errorf("clinic: the breath in to the sides and back is missing (%.2f→%.2f)", start, end)
				}
			case Hold:
				// The last 5 s of the hold must hold at least one breath's rise and fall.
				var rises, falls int
				prev := tl.Pose(s.End() - 5*time.Second).Breath
				for at := s.End() - 5*time.Second; at < s.End(); at += 100 * time.Millisecond {
					b := tl.Pose(at).Breath
					if b > prev+1e-4 {
						rises++
					} else if b < prev-1e-4 {
						falls++
					}
					prev = b
				}
				if rises == 0 || falls == 0 {
					t.Errorf("%s: the breath stops in the hold (%d rises, %d falls)", d.Method, rises, falls)
				}
				if e := tl.Pose(s.Start + s.Len/2).Engagement; e != 1 {
					t.Errorf("%s: belly not held in mid-hold: %.2f", d.Method, e)
				}
			}
		}
	}
}

func TestDrawingInIsContinuousAndNamed(t *testing.T) {
	tl, err := New(DrawingInDrill(3))
	if err != nil {
		t.Fatal(err)
	}
	prev := tl.Pose(0)
	for at := time.Millisecond; at <= tl.Total+time.Second; at += time.Millisecond {
		p := tl.Pose(at)
		if math.Abs(p.Engagement-prev.Engagement) > 0.002 || math.Abs(p.Breath-prev.Breath) > 0.002 {
			t.Fatalf("jump at %v: %+v → %+v", at, prev, p)
		}
		prev = p
	}
	hold := tl.Pose(DefaultLeadIn + DefaultExhale + 3*time.Second + time.Second)
	if hold.Phase != Hold || hold.Caption != "Keep it drawn in, and breathe normally." {
		t.Errorf("drawing-in hold reads %q (%s)", hold.Caption, hold.Phase)
	}
	if in := tl.Pose(DefaultLeadIn + DefaultExhale + time.Second); in.Title != "Draw in gently" {
		t.Errorf("draw-in title %q", in.Title)
	}
	if d, err := Preset("Drawing-In", 0); err != nil || d.Method != DrawingIn || d.Reps != 10 {
		t.Errorf("preset drawing-in: %+v %v", d, err)
	}
	for _, m := range []Method{Clinic, DrawingIn} {
		if src := m.Source(); src == "" || strings.Contains(src, "\n") {
			t.Errorf("%s: source must be one line, got %q", m, src)
		}
	}
}

// The line under the caption: the position's set-up in the count-in, the
// hands-on-waist self-check in the first hold, the re-engage nudge as later
// reps start, and every common fault once in a set of ten.
func TestRemindersThroughASet(t *testing.T) {
	d := Vacuum(10)
	d.Position = Kneeling
	tl, _ := New(d)
	if p := tl.Pose(time.Second); p.Reminder != Kneeling.SetUp() || p.Position != Kneeling {
		t.Errorf("count-in reminder %q", p.Reminder)
	}
	seen := map[Fault]bool{}
	selfChecks := 0
	for _, s := range tl.Segments {
		p := tl.Pose(s.Start + s.Len/2)
		if p.SelfCheck {
			selfChecks++
			if p.Reminder != SelfCheck || s.Phase != Hold {
				t.Errorf("self-check in %s reads %q", s.Phase, p.Reminder)
			}
		}
		if p.Fault != FaultNone {
			seen[p.Fault] = true
			if p.Reminder != p.Fault.Reminder() {
				t.Errorf("fault %s with reminder %q", p.Fault.Title(), p.Reminder)
			}
		}
		if s.Rep > 1 && s.Phase == Inhale && p.Reminder != Reminder {
			t.Errorf("rep %d draws in without the nudge: %q", s.Rep, p.Reminder)
		}
	}
	if selfChecks != 1 {
		t.Errorf("%d self-checks in a set, want 1", selfChecks)
	}
	for _, f := range Faults {
		if !seen[f] {
			t.Errorf("fault %q never comes up in 10 reps", f.Title())
		}
	}
}

func TestDrillJSONKeepsMethodAndPosition(t *testing.T) {
	d := DrawingInDrill(12)
	d.Position = Standing
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var back Drill
	if err := json.Unmarshal(b, &back); err != nil || back != d {
		t.Fatalf("round trip: %s → %+v, %v", b, back, err)
	}
	// A drill saved before the fields existed is the clinic's, lying.
	old := `{"name":"Evening","lead_in_s":3,"exhale_s":4,"inhale_s":4,"hold_s":10,"release_s":4,"reps":10}`
	if err := json.Unmarshal([]byte(old), &back); err != nil || back.Method != Clinic || back.Position != Lying {
		t.Errorf("old drill: %+v, %v", back, err)
	}
	bad := strings.Replace(old, `"reps"`, `"position":"upside down","reps"`, 1)
	if err := json.Unmarshal([]byte(bad), &back); err == nil || !strings.Contains(err.Error(), "position") {
		t.Errorf("bad position accepted: %v", err)
	}
	if err := (Drill{Name: "x", Method: 7, Reps: 1, Exhale: Step * 2, Inhale: Step * 2, Hold: Step * 2, Release: Step * 2}).Validate(); err == nil {
		t.Error("unknown method validated")
	}
}

func TestReminderLinesAreShort(t *testing.T) {
	all := []string{Reminder, SelfCheck}
	for _, p := range Positions {
		all = append(all, p.SetUp())
	}
	for _, f := range Faults {
		all = append(all, f.Reminder())
	}
	for _, s := range all {
		if n := len([]rune(s)); n > 60 {
			t.Errorf("%d characters: %q", n, s)
		}
	}
}
