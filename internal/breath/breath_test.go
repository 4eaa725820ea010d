package breath

import (
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"
)

func TestValidateNamesTheField(t *testing.T) {
	ok := Vacuum(10)
	cases := []struct {
		field string
		edit  func(*Drill)
	}{
		{"name", func(d *Drill) { d.Name = "  " }},
		{"name", func(d *Drill) { d.Name = string(make([]rune, 41)) }},
		{"reps", func(d *Drill) { d.Reps = 0 }},
		{"reps", func(d *Drill) { d.Reps = 101 }},
		{"exhale", func(d *Drill) { d.Exhale = -time.Second }},
		{"exhale", func(d *Drill) { d.Exhale = 0 }},
		{"inhale", func(d *Drill) { d.Inhale = 1300 * time.Millisecond }},
		{"hold", func(d *Drill) { d.Hold = 121 * time.Second }},
		{"release", func(d *Drill) { d.Release = 0 }},
		{"lead-in", func(d *Drill) { d.LeadIn = 11 * time.Second }},
	}
	for _, c := range cases {
		d := ok
		c.edit(&d)
		err := d.Validate()
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != c.field {
			t.Errorf("%s: got %v, want a FieldError on %q", c.field, err, c.field)
		}
		if _, err := New(d); err == nil {
			t.Errorf("%s: New accepted an invalid drill", c.field)
		}
	}
	if err := ok.Validate(); err != nil {
		t.Fatalf("vacuum preset invalid: %v", err)
	}
	for _, p := range append(Presets(), Taster()) {
		if err := p.Validate(); err != nil {
			t.Errorf("preset %s invalid: %v", p.Name, err)
		}
	}
}

func TestSecondsRefusesBadNumbers(t *testing.T) {
	for _, s := range []float64{math.NaN(), math.Inf(1), -1, 2.3, 1e9} {
		if _, err := Seconds("hold", s); err == nil {
			t.Errorf("Seconds(%v) accepted", s)
		}
	}
	got, err := Seconds("hold", 7.5)
	if err != nil || got != 7500*time.Millisecond {
		t.Fatalf("Seconds(7.5) = %v, %v", got, err)
	}
}

func TestPresetLookup(t *testing.T) {
	d, err := Preset("Vacuum", 15)
	if err != nil || d.Reps != 15 {
		t.Fatalf("Preset vacuum 15: %+v %v", d, err)
	}
	if _, err := Preset("vacuum", 500); err == nil {
		t.Fatal("500 reps accepted")
	}
	if _, err := Preset("plank", 0); err == nil {
		t.Fatal("unknown preset accepted")
	}
}

func TestTimelineLayout(t *testing.T) {
	tl, err := New(Vacuum(10))
	if err != nil {
		t.Fatal(err)
	}
	if want := 3*time.Second + 10*22*time.Second + EndDuration; tl.Total != want {
		t.Fatalf("total %v, want %v", tl.Total, want)
	}
	if len(tl.Segments) != 1+4*10+1 {
		t.Fatalf("%d segments", len(tl.Segments))
	}
	for i := 1; i < len(tl.Segments); i++ {
		if tl.Segments[i].Start != tl.Segments[i-1].End() {
			t.Fatalf("gap before segment %d", i)
		}
	}
	count := map[CueKind]int{}
	for i, c := range tl.Cues {
		count[c.Kind]++
		if i > 0 && c.At < tl.Cues[i-1].At {
			t.Fatalf("cues out of order at %d", i)
		}
	}
	want := map[CueKind]int{CueCount: 3, CueExhale: 10, CueInhale: 10, CueHold: 10, CueTick: 90, CueRelease: 10, CueEnd: 1}
	for k, n := range want {
		if count[k] != n {
			t.Errorf("%s cues: %d, want %d", k, count[k], n)
		}
	}
	// The lead-in counts down on whole seconds and the first breath starts at 3 s.
	if c := tl.Cues[0]; c.Kind != CueCount || c.At != 0 || c.Caption != "Three." {
		t.Errorf("first cue %+v", c)
	}
	if c := tl.Cues[3]; c.Kind != CueExhale || c.At != 3*time.Second || c.Rep != 1 {
		t.Errorf("fourth cue %+v", c)
	}
}

func TestCueSamplesAreExact(t *testing.T) {
	d := Vacuum(3)
	d.Hold = 7500 * time.Millisecond
	tl, _ := New(d)
	for _, rate := range []int{44100, 48000} {
		for _, c := range tl.Cues {
			exact := c.At.Seconds() * float64(rate)
			if float64(c.Sample(rate)) != exact {
				t.Fatalf("cue at %v: sample %d, exact %v at %d Hz", c.At, c.Sample(rate), exact, rate)
			}
		}
	}
}

func TestCaptionsAreTheSpokenWords(t *testing.T) {
	tl, _ := New(Vacuum(2))
	voice := VoiceLines()
	for _, c := range tl.Cues {
		if c.Voice == "" {
			continue
		}
		if c.Caption == "" || voice[c.Voice] != c.Caption {
			t.Errorf("cue %s: caption %q, voice line %q", c.Kind, c.Caption, voice[c.Voice])
		}
	}
}

func TestPoseAtKnownTimes(t *testing.T) {
	tl, _ := New(Vacuum(10))
	p := tl.Pose(1500 * time.Millisecond)
	if p.Phase != LeadIn || p.Rep != 0 || p.Caption != "Two." {
		t.Errorf("lead-in pose %+v", p)
	}
	// Rep 2's hold starts at 3 + 22 + 4 + 4 = 33 s.
	p = tl.Pose(36 * time.Second)
	if p.Phase != Hold || p.Rep != 2 || p.Engagement != 1 || p.HoldLeft != 7*time.Second {
		t.Errorf("hold pose %+v", p)
	}
	if p.Caption != lines["hold"] {
		t.Errorf("hold caption %q", p.Caption)
	}
	p = tl.Pose(31 * time.Second) // rep 2 starts at 25 s: inhale half way
	if p.Phase != Inhale || math.Abs(p.Engagement-0.5) > 1e-9 || p.Reminder == "" {
		t.Errorf("inhale pose %+v", p)
	}
	if p := tl.Pose(5 * time.Second); p.Reminder != "" {
		t.Errorf("rep 1 shows a reminder: %+v", p)
	}
	if p := tl.Pose(tl.Total + time.Hour); p.Phase != Done || p.Rep != 10 {
		t.Errorf("after end %+v", p)
	}
	if p := tl.Pose(-time.Second); p.Phase != LeadIn {
		t.Errorf("before start %+v", p)
	}
}

// The picture must never jump: at 1 ms steps neither level moves by more
// than a smooth curve can, and both stay in 0..1.
func TestPoseIsContinuous(t *testing.T) {
	d := Vacuum(3)
	d.Hold = 1500 * time.Millisecond // shortest hold exercises the hold/release seam hardest
	for _, drill := range []Drill{Vacuum(3), d} {
		tl, _ := New(drill)
		prev := tl.Pose(0)
		for t0 := time.Millisecond; t0 <= tl.Total+time.Second; t0 += time.Millisecond {
			p := tl.Pose(t0)
			if math.Abs(p.Engagement-prev.Engagement) > 0.002 || math.Abs(p.Breath-prev.Breath) > 0.002 {
				t.Fatalf("jump at %v: engagement %.4f→%.4f breath %.4f→%.4f (%s→%s)",
					t0, prev.Engagement, p.Engagement, prev.Breath, p.Breath, prev.Phase, p.Phase)
			}
			if p.Engagement < 0 || p.Engagement > 1 || p.Breath < 0 || p.Breath > 1 {
				t.Fatalf("out of range at %v: %+v", t0, p)
			}
			prev = p
		}
	}
}

func TestStillPoseIsConstantWithinAPhase(t *testing.T) {
	tl, _ := New(Vacuum(2))
	for _, s := range tl.Segments {
		a := tl.Pose(s.Start).Still()
		b := tl.Pose(s.End() - time.Millisecond).Still()
		if a.Engagement != b.Engagement || a.Breath != b.Breath {
			t.Errorf("%s moves in reduced motion: %+v vs %+v", s.Phase, a, b)
		}
	}
}

func BenchmarkPose(b *testing.B) {
	tl, _ := New(Vacuum(20))
	step := tl.Total / 10000
	for i := 0; b.Loop(); i++ {
		tl.Pose(time.Duration(i%10000) * step)
	}
}

func TestDrillJSONRoundTripAndRefusal(t *testing.T) {
	d := Vacuum(12)
	d.Name, d.Hold = "Long hold", 15500*time.Millisecond
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"hold_s":15.5`) {
		t.Fatalf("stored form %s", b)
	}
	var back Drill
	if err := json.Unmarshal(b, &back); err != nil || back != d {
		t.Fatalf("round trip %+v %v", back, err)
	}
	for _, bad := range []string{
		`{"name":"x","lead_in_s":3,"exhale_s":4,"inhale_s":4,"hold_s":-2,"release_s":4,"reps":10}`,
		`{"name":"x","lead_in_s":3,"exhale_s":4,"inhale_s":4.2,"hold_s":10,"release_s":4,"reps":10}`,
		`{"name":"x","lead_in_s":3,"exhale_s":4,"inhale_s":4,"hold_s":10,"release_s":4,"reps":0}`,
		`{"name":"x"`,
	} {
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}

// A stored drill means what it says: a repeated or mis-cased key is refused
// rather than read as something else.
func TestDrillJSONIsStrict(t *testing.T) {
	good := `{"name":"E","lead_in_s":3,"exhale_s":4,"inhale_s":4,"hold_s":10,"release_s":3,"reps":5}`
	var d Drill
	if err := json.Unmarshal([]byte(good), &d); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{
		`{"name":"E","lead_in_s":3,"exhale_s":4,"inhale_s":4,"hold_s":10,"release_s":3,"reps":5,"reps":50}`,
		`{"name":"E","lead_in_s":3,"exhale_s":4,"inhale_s":4,"HOLD_S":10,"release_s":3,"reps":5}`,
	} {
		if err := json.Unmarshal([]byte(bad), &d); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}
