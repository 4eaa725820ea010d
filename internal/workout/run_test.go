package workout

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/store"
)

func openStore(t *testing.T, dir string) *store.Store {
	t.Helper()
	st, n, err := store.Open(dir)
	if err != nil || !n.Empty() {
		t.Fatalf("store: %v %v", err, n)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

var when = time.Date(2026, 11, 24, 8, 0, 0, 0, time.Local)

// play advances the run from 0 to end in uneven clock steps, as frames do.
func play(t *testing.T, r *Run, end time.Duration) {
	t.Helper()
	for tt := time.Duration(0); tt < end; tt += 333 * time.Millisecond {
		if _, err := r.Advance(tt); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := r.Advance(end); err != nil {
		t.Fatal(err)
	}
}

func TestRunRecordsTheWholeSession(t *testing.T) {
	st := openStore(t, t.TempDir())
	opt := DefaultOptions()
	opt.WarmUpReps = 2
	r, err := Begin(st, 7, "Core basics", items(), opt, 3, when)
	if err != nil {
		t.Fatal(err)
	}
	play(t, r, r.TL.Total)
	if err := r.Finish(r.TL.Total, 2, true); err != nil {
		t.Fatal(err)
	}
	ses, err := st.Session(r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if ses.State != history.Finished || ses.PainBefore != 3 || ses.PainAfter != 2 || !ses.HeldThroughout ||
		ses.VacuumPlanned != 2 || ses.VacuumReps != 2 || ses.VacuumHold != 10 || ses.PlanID != 7 {
		t.Fatalf("session %+v", ses)
	}
	a, b := ses.Items[0], ses.Items[1]
	if a.SetsDone != 2 || a.RepsDone != 20 || b.SetsDone != 2 || b.HoldDone != 40 || a.Skipped || b.Skipped {
		t.Fatalf("items %+v", ses.Items)
	}
	if _, err := Begin(st, 0, "x", items(), opt, 11, when); err == nil {
		t.Fatal("pain before 11 accepted")
	}
}

// The process dies during the second set of the first exercise: the first
// set is kept, and the next start resumes at the second set.
func TestResumeAfterAnInterruptedSession(t *testing.T) {
	dir := t.TempDir()
	st := openStore(t, dir)
	opt := DefaultOptions()
	opt.WarmUp = false
	opt.Tempo, opt.ReengageEvery = true, 4
	r, err := Begin(st, 0, "Core basics", items(), opt, 2, when)
	if err != nil {
		t.Fatal(err)
	}
	set2 := r.TL.Steps[3]
	if set2.Kind != Set || set2.Set != 2 {
		t.Fatalf("step 3 is %s %d", set2.Kind, set2.Set)
	}
	play(t, r, set2.Start+12*time.Second) // 4 reps into set 2
	st.Close()                            // crash: no Finish

	st2 := openStore(t, dir)
	ses, ok, err := st2.Unfinished()
	if err != nil || !ok {
		t.Fatalf("no unfinished session: %v", err)
	}
	if ses.Items[0].SetsDone != 1 || ses.Items[0].RepsDone != 10 {
		t.Fatalf("lost more than the set in progress: %+v", ses.Items[0])
	}
	decorated := 0
	r2, err := Resume(st2, ses, func(it *Item) { it.FormCues = []string{"Keep breathing"}; decorated++ })
	if err != nil {
		t.Fatal(err)
	}
	if r2.ID != ses.ID || r2.TL.From != (Position{Item: 0, Set: 2, Ready: true}) || r2.TL.WarmUp != nil || decorated != 2 {
		t.Fatalf("resumed at %+v (warm-up %v)", r2.TL.From, r2.TL.WarmUp != nil)
	}
	if !r2.TL.Opt.Tempo || r2.TL.Opt.ReengageEvery != 4 {
		t.Fatalf("options not kept: %+v", r2.TL.Opt)
	}
	play(t, r2, r2.TL.Total)
	if err := r2.Finish(r2.TL.Total, 1, false); err != nil {
		t.Fatal(err)
	}
	got, _ := st2.Session(ses.ID)
	if got.State != history.Finished || got.Items[0].SetsDone != 2 || got.Items[1].SetsDone != 2 || got.Items[1].HoldDone != 40 {
		t.Fatalf("after resuming: %+v", got)
	}
	if _, err := Resume(st2, got, nil); err == nil {
		t.Fatal("a finished session resumed")
	}
}

func TestSaveInterruptedSessionAsPartial(t *testing.T) {
	dir := t.TempDir()
	st := openStore(t, dir)
	opt := DefaultOptions()
	opt.WarmUp = false
	r, _ := Begin(st, 0, "Core basics", items(), opt, 2, when)
	play(t, r, r.TL.Steps[2].End())
	ses, ok, _ := st.Unfinished()
	if !ok {
		t.Fatal("not offered")
	}
	if err := st.EndSession(ses.ID, history.Partial, history.NoPain, false); err != nil {
		t.Fatal(err)
	}
	list, _ := st.Sessions()
	if len(list) != 1 || list[0].State != history.Partial || list[0].Items[0].SetsDone != 1 {
		t.Fatalf("history %+v", list)
	}
}

func TestRunSkipSwapAndFeltItAreRecorded(t *testing.T) {
	st := openStore(t, t.TempDir())
	opt := DefaultOptions()
	opt.WarmUp = false
	r, _ := Begin(st, 0, "Core basics", items(), opt, 2, when)
	set1 := r.TL.Steps[1]
	play(t, r, set1.Start+7*time.Second) // rep 3 under way, 2 done
	if err := r.Swap(set1.Start+7*time.Second, Item{ExerciseID: "bird-dog", Name: "Bird dog"}); err != nil {
		t.Fatal(err)
	}
	if r.TL.Items[0].Name != "Bird dog" || r.TL.From.Set != 1 {
		t.Fatalf("swapped timeline %+v from %+v", r.TL.Items[0], r.TL.From)
	}
	if err := r.FeltIt(0); err != nil {
		t.Fatal(err)
	}
	// Skip straight on to the side bridge, then skip that too: nothing is left.
	if err := r.Skip(time.Second); err != nil {
		t.Fatal(err)
	}
	if err := r.Skip(time.Second); !errors.Is(err, ErrNothingLeft) {
		t.Fatalf("skipping the last: %v", err)
	}
	if err := r.Finish(time.Second, 3, false); err != nil {
		t.Fatal(err)
	}
	ses, _ := st.Session(r.ID)
	if len(ses.Items) != 3 {
		t.Fatalf("items %+v", ses.Items)
	}
	// The dead bug keeps the two reps done of it, not as a set done (its
	// set was cut short), and names what took its place; the bird dog carries the report and the skip; the side bridge,
	// skipped last, is recorded as skipped too.
	out, in, last := ses.Items[0], ses.Items[1], ses.Items[2]
	if out.Name != "Dead bug" || out.SetsDone != 0 || out.RepsDone != 2 || out.FeltIt || out.Skipped || ses.SwappedFor(0) != "Bird dog" {
		t.Fatalf("swapped out %+v", out)
	}
	if in.Name != "Bird dog" || in.Exercise != "bird-dog" || in.Slot != 0 || in.SetsDone != 0 || !in.FeltIt || !in.Skipped || ses.SwappedIn(1) != "Dead bug" {
		t.Fatalf("swapped in %+v", in)
	}
	if last.Name != "Side bridge" || !last.Skipped || last.SetsDone != 0 || last.Slot != 1 {
		t.Fatalf("last %+v", last)
	}
	if done, planned := ses.Sets(); done != 0 || planned != 4 {
		t.Fatalf("sets %d of %d", done, planned)
	}
	if ses.State != history.Partial {
		t.Fatalf("state %s", ses.State)
	}
	if felt, _ := st.FeltIt(); len(felt) != 1 || felt[0] != "bird-dog" {
		t.Fatalf("felt list %v", felt)
	}
}

// A workout with a one-rep, 5 s vacuum warm-up, where pain rose from 3 to 6
// after the lying leg raise was felt in the back: the advice names the
// stomach vacuum and the leg raise, in correct words, and does not offer a
// "step back" to the dose already done (it said "step back to 1 reps of a
// 5 s hold").
func TestAdviceAfterAPainRiseNamesWhatItIsAbout(t *testing.T) {
	st := openStore(t, t.TempDir())
	opt := DefaultOptions()
	opt.WarmUpReps, opt.WarmUpHold = 1, 5
	its := []Item{{ExerciseID: "leg-raise", Name: "Lying leg raise", Sets: 2, Reps: 10, RestSeconds: 30}}
	r, err := Begin(st, 0, "Leg day", its, opt, 3, when)
	if err != nil {
		t.Fatal(err)
	}
	set1 := r.TL.Steps[2]
	play(t, r, set1.Start+5*time.Second)
	if err := r.FeltIt(0); err != nil {
		t.Fatal(err)
	}
	if err := r.Finish(set1.Start+5*time.Second, 6, true); err != nil {
		t.Fatal(err)
	}
	list, _ := st.Sessions()
	s := Suggest(VacuumHistory(list))
	for _, want := range []string{"from 3 to 6", "Leg day", "Lying leg raise", "stomach vacuum", "1 rep of a 5 s hold"} {
		if !strings.Contains(s.Text, want) {
			t.Errorf("advice lacks %q: %q", want, s.Text)
		}
	}
	if strings.Contains(s.Text, "1 reps") || strings.Contains(s.Text, "back to 1 rep") || s.Move != Stay {
		t.Errorf("advice %v %q", s.Move, s.Text)
	}
}
