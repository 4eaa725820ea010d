package workout

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/corecue/corecue/internal/breath"
)

const sec = time.Second

func items() []Item {
	return []Item{
		{ExerciseID: "dead-bug", Name: "Dead bug", Sets: 2, Reps: 10, RestSeconds: 30},
		{ExerciseID: "side-bridge-knees", Name: "Side bridge", Sets: 2, HoldSeconds: 20, RestSeconds: 15},
	}
}

func build(t *testing.T, opt Options) *Timeline {
	t.Helper()
	tl, err := New(items(), opt)
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

func kinds(tl *Timeline) string {
	var out []string
	for _, s := range tl.Steps {
		out = append(out, s.Kind.String())
	}
	return strings.Join(out, ",")
}

func TestTimelineLaysOutWarmUpSetsAndRests(t *testing.T) {
	tl := build(t, DefaultOptions())
	want := "warm-up,get ready,set,rest,set,get ready,set,rest,set,end"
	if got := kinds(tl); got != want {
		t.Fatalf("steps %s\nwant  %s", got, want)
	}
	wu := breath.Vacuum(10).Duration()
	if tl.Steps[0].Len != wu {
		t.Errorf("warm-up lasts %s, want the 10-rep drill's %s", tl.Steps[0].Len, wu)
	}
	// 10 reps at 3 s, 30 s rest, 20 s holds, 15 s rest.
	lens := map[int]time.Duration{2: 30 * sec, 3: 30 * sec, 6: 20 * sec, 7: 15 * sec}
	for i, l := range lens {
		if tl.Steps[i].Len != l {
			t.Errorf("step %d (%s) lasts %s, want %s", i, tl.Steps[i].Kind, tl.Steps[i].Len, l)
		}
	}
	for i := 1; i < len(tl.Steps); i++ {
		if tl.Steps[i].Start != tl.Steps[i-1].End() {
			t.Fatalf("gap before step %d", i)
		}
	}
	if tl.Total != tl.Steps[len(tl.Steps)-1].End() {
		t.Fatal("total is not the end of the last step")
	}
	noWarm := DefaultOptions()
	noWarm.WarmUp = false
	if got := kinds(build(t, noWarm)); got != strings.TrimPrefix(want, "warm-up,") {
		t.Fatalf("without warm-up: %s", got)
	}
}

func TestCuesEngageEverySetReengageAndCountDown(t *testing.T) {
	opt := DefaultOptions()
	opt.WarmUp = false
	opt.Tempo = true
	opt.ReengageEvery = 4
	tl := build(t, opt)
	at := map[time.Duration][]breath.Cue{}
	for _, c := range tl.Cues {
		at[c.At] = append(at[c.At], c)
		if c.Caption == "" {
			t.Errorf("cue %s at %s has no caption", c.Kind, c.At)
		}
		if c.Voice != "" && c.Caption != breath.Line(c.Voice) {
			t.Errorf("caption %q is not the spoken line %q", c.Caption, breath.Line(c.Voice))
		}
	}
	has := func(t0 time.Duration, k breath.CueKind) bool {
		for _, c := range at[t0] {
			if c.Kind == k {
				return true
			}
		}
		return false
	}
	for _, s := range tl.Steps {
		switch s.Kind {
		case Set:
			if !has(s.Start, breath.CueEngage) {
				t.Errorf("set %d of item %d has no engage cue at its start", s.Set, s.Item)
			}
			if tl.Items[s.Item].IsHold() {
				for k := sec; k < s.Len; k += sec {
					if !has(s.Start+k, breath.CueTick) {
						t.Errorf("hold has no countdown tick at %s", k)
					}
				}
				continue
			}
			// Reps 5 and 9 start with re-engage (every 4 reps), the others with a tempo tick.
			for r := 2; r <= 10; r++ {
				k := breath.CueRep
				if r == 5 || r == 9 {
					k = breath.CueReengage
				}
				if !has(s.Start+time.Duration(r-1)*3*sec, k) {
					t.Errorf("rep %d: no %s cue", r, k)
				}
			}
		case Rest:
			if !has(s.Start, breath.CueSetEnd) || !has(s.End()-sec, breath.CueRestEnd) {
				t.Errorf("rest at %s lacks its set-end or rest-end sound", s.Start)
			}
		}
	}
	// Without tempo, only the re-engage cues mark reps.
	opt.Tempo = false
	for _, c := range build(t, opt).Cues {
		if c.Kind == breath.CueRep {
			t.Fatal("tempo tick without tempo")
		}
	}
}

func TestStateIsAPureFunctionOfTime(t *testing.T) {
	opt := DefaultOptions()
	opt.WarmUp = false
	tl := build(t, opt)
	set := tl.Steps[1] // first set of the dead bug
	mid := tl.State(set.Start + 7*sec)
	if mid.Kind != Set || mid.Rep != 3 || mid.Reps != 10 || mid.Set != 1 || mid.Sets != 2 {
		t.Fatalf("mid-set: %+v", mid)
	}
	if mid.Engagement != 1 || mid.Pose.Engagement != 1 || mid.Pose.Phase != breath.Hold {
		t.Errorf("mid-set engagement %g pose %g", mid.Engagement, mid.Pose.Engagement)
	}
	if mid.Caption != breath.Line(breath.VoiceEngage) {
		t.Errorf("caption %q", mid.Caption)
	}
	if again := tl.State(set.Start + 7*sec); again != mid {
		t.Fatal("same time, different state")
	}
	rest := tl.State(tl.Steps[2].Start + 10*sec)
	if rest.Kind != Rest || rest.Engagement != 0 || rest.Left != 20*sec || !strings.Contains(rest.Next, "set 2 of 2") {
		t.Fatalf("rest: %+v", rest)
	}
	hold := tl.State(tl.Steps[5].Start + 5500*time.Millisecond)
	if hold.Kind != Set || hold.HoldLeft != 14500*time.Millisecond || hold.Rep != 0 {
		t.Fatalf("hold: %+v", hold)
	}
	// Engagement rises and falls smoothly: no step bigger than the ramp allows.
	prev := tl.State(0).Engagement
	for tt := time.Duration(0); tt < tl.Total; tt += 50 * time.Millisecond {
		e := tl.State(tt).Engagement
		if d := e - prev; d > 0.06 || d < -0.06 {
			t.Fatalf("engagement jumps %g at %s", d, tt)
		}
		prev = e
	}
	its := items()
	its[0].RestSeconds = 0
	noRest, err := New(its, opt)
	if err != nil {
		t.Fatal(err)
	}
	if e := noRest.State(noRest.Steps[2].Start); noRest.Steps[2].Kind != Set || e.Engagement != 1 {
		t.Fatalf("back-to-back sets let go: %s %g", noRest.Steps[2].Kind, e.Engagement)
	}
	if end := tl.State(tl.Total + time.Hour); end.Kind != Done {
		t.Fatalf("after the end: %s", end.Kind)
	}
	if w := build(t, DefaultOptions()).State(5 * sec); w.Kind != WarmUp || w.Pose.Phase != breath.Exhale {
		t.Fatalf("warm-up state %s / %s", w.Kind, w.Pose.Phase)
	}
}

func TestFinishedRecordsEachSetOnceAsTheClockPassesIt(t *testing.T) {
	opt := DefaultOptions()
	opt.WarmUp = false
	tl := build(t, opt)
	var got []SetDone
	prev := time.Duration(0)
	for tt := time.Duration(0); tt <= tl.Total; tt += 700 * time.Millisecond {
		got = append(got, tl.Finished(prev, tt)...)
		prev = tt
	}
	got = append(got, tl.Finished(prev, tl.Total)...)
	if len(got) != 4 {
		t.Fatalf("%d sets recorded, want 4: %+v", len(got), got)
	}
	if got[0] != (SetDone{Item: 0, Set: 1, Reps: 10, Whole: true}) || got[3] != (SetDone{Item: 1, Set: 2, HoldSeconds: 20, Whole: true}) {
		t.Fatalf("recorded %+v", got)
	}
	part, ok := tl.InProgress(tl.Steps[1].Start + 10*sec)
	if !ok || part.Reps != 3 || part.Whole {
		t.Fatalf("in progress %+v %v", part, ok)
	}
	if _, ok := tl.InProgress(tl.Steps[2].Start + sec); ok {
		t.Fatal("a rest is not a set in progress")
	}
	wu := build(t, DefaultOptions())
	if n := wu.WarmUpReps(wu.WarmUp.Drill.LeadIn + 2*wu.WarmUp.Drill.RepDuration()); n != 2 {
		t.Fatalf("warm-up reps %d, want 2", n)
	}
}

func TestSkipAndSwapCarryOnFromTheCurrentPoint(t *testing.T) {
	tl := build(t, DefaultOptions())
	next, err := tl.Skip(30 * sec) // in the warm-up
	if err != nil || next.From != (Position{Item: 0, Set: 1, Ready: true}) || next.WarmUp != nil {
		t.Fatalf("skip warm-up: %+v %v", next.From, err)
	}
	// Skipping the first rest goes straight into set 2.
	rest := next.Steps[2]
	after, err := next.Skip(rest.Start + sec)
	if err != nil || after.Steps[0].Kind != Set || after.Steps[0].Set != 2 {
		t.Fatalf("skip rest: %s %v", kinds(after), err)
	}
	// Skipping a set moves to the next exercise.
	skipped, _ := next.Skip(next.Steps[1].Start + sec)
	if skipped.From.Item != 1 {
		t.Fatalf("skip set: from %+v", skipped.From)
	}
	// Skipping the last exercise is the end.
	last := skipped.Steps[len(skipped.Steps)-2].Start
	if _, err := skipped.Skip(last); !errors.Is(err, ErrNothingLeft) {
		t.Fatalf("skip last: %v", err)
	}
	// Swap in the rest after set 1: the alternative takes over at set 2.
	sw, err := next.Swap(rest.Start+sec, Item{ExerciseID: "bird-dog", Name: "Bird dog"})
	if err != nil {
		t.Fatal(err)
	}
	if sw.Items[0].Name != "Bird dog" || sw.Items[0].Sets != 2 || sw.Items[0].Reps != 10 || sw.From != (Position{Item: 0, Set: 2, Ready: true}) {
		t.Fatalf("swap: %+v from %+v", sw.Items[0], sw.From)
	}
	if next.Items[0].Name != "Dead bug" {
		t.Fatal("swap changed the old timeline")
	}
}

func TestResumeAtTheFirstSetNotDone(t *testing.T) {
	its := items()
	pos, ok := ResumeAt(its, []int{2, 1}, nil)
	if !ok || pos != (Position{Item: 1, Set: 2, Ready: true}) {
		t.Fatalf("resume %+v %v", pos, ok)
	}
	pos, ok = ResumeAt(its, []int{1, 0}, []bool{true, false})
	if !ok || pos.Item != 1 || pos.Set != 1 {
		t.Fatalf("resume past a skipped item %+v", pos)
	}
	if _, ok := ResumeAt(its, []int{2, 2}, nil); ok {
		t.Fatal("a finished session has nowhere to resume")
	}
	tl, err := Build(its, DefaultOptions(), Position{Item: 1, Set: 2, Ready: true})
	if err != nil || kinds(tl) != "get ready,set,end" {
		t.Fatalf("resumed timeline %s %v", kinds(tl), err)
	}
}

func TestBadInputIsRefusedWithTheFieldNamed(t *testing.T) {
	opt := DefaultOptions()
	cases := []struct {
		items []Item
		opt   func(*Options)
		want  string
	}{
		{[]Item{{Name: "A", Sets: 0, Reps: 5}}, nil, "sets 0"},
		{[]Item{{Name: "A", Sets: 1, Reps: -1}}, nil, "reps"},
		{[]Item{{Name: "A", Sets: 1, Reps: 5, HoldSeconds: 5}}, nil, "has both reps and hold"},
		{[]Item{{Name: "A", Sets: 1, Reps: 5, RestSeconds: -3}}, nil, "rest -3 s"},
		{[]Item{{Name: "A", Sets: 1, Reps: 5}}, func(o *Options) { o.RepSeconds = 0 }, "rep pace"},
		{[]Item{{Name: "A", Sets: 1, Reps: 5}}, func(o *Options) { o.ReengageEvery = -1 }, "re-engage"},
		{nil, nil, "no exercises"},
	}
	for _, c := range cases {
		o := opt
		if c.opt != nil {
			c.opt(&o)
		}
		if _, err := New(c.items, o); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("want error with %q, got %v", c.want, err)
		}
	}
	if _, err := Build(items(), opt, Position{Item: 0, Set: 3}); !errors.Is(err, ErrNothingLeft) {
		t.Errorf("set past the last: %v", err)
	}
}
