package workout

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/exercise"
	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/store"
)

// tick lets d of real time pass: the session clock moves only while it
// plays, as the audio player's does.
func (c *clock) tick(d time.Duration) {
	if !c.paused {
		c.now += d
	}
}

var legDay = plan.Plan{Name: "Leg day", Items: []plan.Item{
	{Exercise: "leg-raise", Sets: 3, Reps: 10, RestSeconds: 30},
	{Exercise: "russian-twist", Sets: 2, Reps: 10, RestSeconds: 20},
}}

// newLegDay is a person with back pain 5 and the plan above, in a window so
// the questions are asked as in the app.
func newLegDay(t *testing.T) *rig {
	t.Helper()
	r := newPlanRig(t, legDay, 5, time.Date(2026, 12, 1, 9, 0, 0, 0, time.Local))
	r.w.Resize(fyne.NewSize(1280, 800))
	r.s.WarmUp.SetChecked(false)
	r.s.PainBefore.SetText("5")
	return r
}

// newPlanRig is a person with back pain pain and plan p alone, in a window,
// on the set-up; now is the wall clock for the session's date.
func newPlanRig(t *testing.T, p plan.Plan, pain int, now time.Time) *rig {
	t.Helper()
	a := test.NewTempApp(t)
	st, _, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if _, err := st.CreatePlan(p); err != nil {
		t.Fatal(err)
	}
	if err := st.SavePerson(store.Person{Pain: pain}); err != nil {
		t.Fatal(err)
	}
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	r := &rig{st: st, clk: &clock{}}
	r.w = test.NewTempWindow(t, nil)
	r.s = New(Deps{Store: st, Library: lib, Player: r.clk, Window: r.w, Prefs: a.Preferences(), OnSaved: func() { r.saved++ },
		Now: func() time.Time { return now }})
	r.w.SetContent(r.s.Content())
	t.Cleanup(r.s.Close)
	return r
}

// startAsPlanned starts the plan, answering the high-risk question with
// "start as planned".
func (r *rig) startAsPlanned(t *testing.T) {
	t.Helper()
	test.Tap(r.s.Start)
	if r.s.Ask == nil || r.s.Running() {
		t.Fatalf("no question before a workout with a high-risk exercise (running %v, %q)", r.s.Running(), r.s.Message.Text)
	}
	test.Tap(r.s.Ask.AsPlanned)
	if !r.s.Running() || r.s.Ask != nil {
		t.Fatal("start as planned did not start")
	}
}

// Starting a workout with the lying leg raise at pain 5 asks once, naming it
// and its safer swap; the swap can be taken before the first set.
func TestHighRiskWorkoutAsksOnceWithTheSaferSwaps(t *testing.T) {
	r := newLegDay(t)
	test.Tap(r.s.Start)
	q := r.s.Ask
	if q == nil || r.s.Running() || r.s.content.Objects[0] != q.content {
		t.Fatal("the workout started without asking")
	}
	if !strings.Contains(q.Text.Text, "Lying leg raise: the safer swap is Dead bug") || q.UseSafer == nil {
		t.Fatalf("question %q", q.Text.Text)
	}
	if ses, ok, _ := r.st.Unfinished(); ok {
		t.Fatalf("recorded before the answer: %+v", ses)
	}
	test.Tap(q.Back)
	if r.s.Running() || r.s.content.Objects[0] != r.s.setup {
		t.Fatal("back did not return to the setup")
	}
	test.Tap(r.s.Start)
	test.Tap(r.s.Ask.UseSafer)
	if !r.s.Running() || r.s.run.TL.Items[0].Name != "Dead bug" {
		t.Fatalf("safer start plays %+v", r.s.run.TL.Items[0].Name)
	}
}

// Rep 5 of the leg raise, then "felt it in my back": the clock stops while
// the question is open, however long it stays open (it used to count on to
// rep 8 behind the dialog).
func TestFeltItStopsTheClockWhileTheQuestionIsOpen(t *testing.T) {
	r := newLegDay(t)
	r.startAsPlanned(t)
	set1 := r.s.run.TL.Steps[1]
	r.at(set1.Start + 13*time.Second) // rep 5 of 10 at 3 s a rep
	if r.s.Live.Count.Text != "5" {
		t.Fatalf("before: rep %q", r.s.Live.Count.Text)
	}
	test.Tap(r.s.Live.FeltIt)
	if !r.clk.paused || r.s.Felt == nil {
		t.Fatalf("felt it: paused %v, question %v", r.clk.paused, r.s.Felt != nil)
	}
	if ov := r.w.Canvas().Overlays().Top(); ov == nil {
		t.Fatal("no question on screen")
	}
	for i := 0; i < 60; i++ {
		r.clk.tick(150 * time.Millisecond)
		r.s.Frame()
	}
	if r.s.Live.Count.Text != "5" || !strings.HasPrefix(r.s.Live.Heading.Text, "Paused") {
		t.Fatalf("behind the question: rep %q, heading %q", r.s.Live.Count.Text, r.s.Live.Heading.Text)
	}
	test.Tap(r.s.Felt.Carry)
	if r.clk.paused || r.s.Felt != nil {
		t.Fatal("carry on did not carry on")
	}
	r.clk.tick(3 * time.Second)
	r.s.Frame()
	if r.s.Live.Count.Text != "6" {
		t.Fatalf("after carrying on: rep %q", r.s.Live.Count.Text)
	}
}

// The lying leg raise at pain 5 → "felt it" → swap to Dead bug → skip, then
// the Russian twist skipped too. The record, History and the CSV name the
// leg raise as felt and swapped out, the dead bug as swapped in and
// skipped, and the twist as skipped.
func TestFeltItSwapAndSkipsAreRecordedAsTheyHappened(t *testing.T) {
	r := newLegDay(t)
	r.startAsPlanned(t)
	r.at(r.s.run.TL.Steps[1].Start + 13*time.Second)
	test.Tap(r.s.Live.FeltIt)
	if r.s.Felt.Swap == nil || r.s.Felt.Swap.Text != "Swap to Dead bug" {
		t.Fatalf("offer %+v", r.s.Felt.Swap)
	}
	test.Tap(r.s.Felt.Swap)
	if r.s.Live.Name.Text != "Dead bug" && r.s.run.TL.Items[0].Name != "Dead bug" {
		t.Fatalf("playing %q", r.s.run.TL.Items[0].Name)
	}
	r.at(2 * time.Second) // getting ready for the dead bug
	test.Tap(r.s.Live.Skip)
	r.at(r.s.run.TL.Steps[1].Start + 4*time.Second) // Russian twist, set 1, rep 2
	if r.s.Live.Name.Text != "Russian twist" {
		t.Fatalf("after the skip: %q", r.s.Live.Name.Text)
	}
	test.Tap(r.s.Live.Skip)
	if r.s.content.Objects[0] != r.s.Finish.content {
		t.Fatal("skipping the last exercise did not finish")
	}
	r.s.Finish.PainAfter.SetText("6")
	test.Tap(r.s.Finish.Save)

	list, err := r.st.Sessions()
	if err != nil || len(list) != 1 {
		t.Fatalf("sessions %v %v", list, err)
	}
	ses := list[0]
	if len(ses.Items) != 3 {
		t.Fatalf("items %+v", ses.Items)
	}
	leg, bug, twist := ses.Items[0], ses.Items[1], ses.Items[2]
	if leg.Exercise != "leg-raise" || !leg.FeltIt || leg.Skipped || leg.RepsDone != 4 || ses.SwappedFor(0) != "Dead bug" {
		t.Fatalf("leg raise %+v", leg)
	}
	if bug.Exercise != "dead-bug" || bug.FeltIt || !bug.Skipped || bug.SetsDone != 0 || ses.SwappedIn(1) != "Lying leg raise" {
		t.Fatalf("dead bug %+v", bug)
	}
	if twist.Exercise != "russian-twist" || !twist.Skipped || twist.FeltIt || twist.RepsDone != 1 {
		t.Fatalf("russian twist %+v", twist)
	}
	if felt, _ := r.st.FeltIt(); len(felt) != 1 || felt[0] != "leg-raise" {
		t.Fatalf("felt-it list %v", felt)
	}

	text := r.historyText(t)
	for _, want := range []string{
		"Lying leg raise: 0 of 3 sets, 4 reps · felt it in the back · swapped for Dead bug",
		"Dead bug: 0 of 3 sets, 0 reps · in place of Lying leg raise · skipped",
		"Russian twist: 0 of 2 sets, 1 rep · skipped",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("History lacks %q:\n%s", want, text)
		}
	}

	var b bytes.Buffer
	if err := hist.WriteCSV(&b, list); err != nil {
		t.Fatal(err)
	}
	rows, _ := csv.NewReader(&b).ReadAll()
	col := map[string]int{}
	for i, n := range rows[0] {
		col[n] = i
	}
	got := func(row int, name string) string { return rows[row][col[name]] }
	if len(rows) != 4 || got(1, "exercise") != "Lying leg raise" || got(1, "felt_it") != "yes" || got(1, "swapped_for") != "Dead bug" ||
		got(2, "exercise") != "Dead bug" || got(2, "felt_it") != "no" || got(2, "in_place_of") != "Lying leg raise" || got(2, "skipped") != "yes" ||
		got(3, "exercise") != "Russian twist" || got(3, "skipped") != "yes" {
		t.Fatalf("CSV %v", rows)
	}
}

// The live view's words wrap in their column instead of running off its
// right edge ("keep breathin…"): mid-set, with the longest step line, the
// view fits a 1024 px wide window.
func TestLiveWordsWrapToFitTheWindow(t *testing.T) {
	r := newLegDay(t)
	r.startAsPlanned(t)
	r.at(r.s.run.TL.Steps[1].Start + 4*time.Second)
	l := r.s.Live
	if l.Heading.Wrapping != fyne.TextWrapWord || l.Name.Wrapping != fyne.TextWrapWord {
		t.Fatal("step and exercise lines do not wrap")
	}
	if w := l.content.MinSize().Width; w > 1024 {
		t.Fatalf("the live view needs %g px", w)
	}
}

// At rep 5 the person has tabbed to Skip. Space pauses the workout (it does
// not press Skip), Space again resumes it, and Escape asks whether to stop,
// all with the focus still on Skip, as the window's keyboard delivers them:
// the key to the focused control, then the character.
func TestSpaceAndEscapeReachTheWorkoutWhateverHasFocus(t *testing.T) {
	r := newLegDay(t)
	r.startAsPlanned(t)
	set1 := r.s.run.TL.Steps[1]
	r.at(set1.Start + 13*time.Second)
	skip := r.s.Live.Skip
	r.w.Canvas().Focus(skip)
	press := func(k fyne.KeyName) {
		if f := r.w.Canvas().Focused(); f != skip {
			t.Fatalf("focus moved to %T", f)
		}
		skip.TypedKey(&fyne.KeyEvent{Name: k})
		if k == fyne.KeySpace {
			skip.TypedRune(' ')
		}
	}
	press(fyne.KeySpace)
	if !r.clk.paused {
		t.Fatal("Space on a focused Skip did not pause")
	}
	r.s.Frame()
	if r.s.Live.Count.Text != "5" || !strings.Contains(r.s.Live.Name.Text, "leg raise") && !strings.Contains(r.s.Live.Name.Text, "Leg raise") {
		t.Fatalf("after Space: rep %q of %q (skipped?)", r.s.Live.Count.Text, r.s.Live.Name.Text)
	}
	press(fyne.KeySpace)
	if r.clk.paused {
		t.Fatal("second Space did not resume")
	}
	press(fyne.KeyEscape)
	if !r.clk.paused || r.w.Canvas().Overlays().Top() == nil {
		t.Fatalf("Escape did not ask to stop (paused %v)", r.clk.paused)
	}
}

// Stopped at rep 5 of the first set of leg raises, the person reads "How did
// it go?": the summary counts sets as the saved session does (it said "0
// of 5 sets" while History then showed 1). The set cut short is not a set
// done in either; its reps are kept.
func TestStoppedMidSetSummaryAgreesWithTheRecord(t *testing.T) {
	r := newLegDay(t)
	r.startAsPlanned(t)
	at := r.s.run.TL.Steps[1].Start + 13*time.Second
	r.at(at)
	r.s.end(at)
	ses, err := r.st.Session(r.s.run.ID)
	if err != nil {
		t.Fatal(err)
	}
	sets, _ := ses.Sets()
	// The warm-up was off: no "0 vacuum reps" either.
	if sets != 0 || r.s.Finish.Summary.Text != "Leg day: 0 of 5 sets done." {
		t.Fatalf("recorded %d sets; summary %q", sets, r.s.Finish.Summary.Text)
	}
	r.s.Finish.PainAfter.SetText("4")
	test.Tap(r.s.Finish.Save)
	if ses, _ = r.st.Session(ses.ID); func() int { n, _ := ses.Sets(); return n }() != 0 {
		t.Fatalf("saved %+v", ses)
	}
}

// With Resume focused the person presses Escape: "Stop the workout?" opens.
// Then Space, and Escape again, as the window delivers them with a question
// open (to the question's focus if it has one, else to the workout): Space
// resumed the workout under the question and Escape stacked a second one.
// Now Space waits and Escape closes the question as its No. Escape on
// "Felt it in your back" closes that question and asks whether to stop.
func TestKeysAnswerTheQuestionOverTheWorkout(t *testing.T) {
	r := newLegDay(t)
	r.startAsPlanned(t)
	r.at(r.s.run.TL.Steps[1].Start + 13*time.Second)
	c := r.w.Canvas()
	key := r.key
	dialogs := func() int { return len(c.Overlays().List()) }
	c.Focus(r.s.Live.Pause)
	key(fyne.KeySpace)
	key(fyne.KeyEscape)
	if !r.clk.paused || dialogs() != 1 {
		t.Fatalf("Escape: paused %v, %d questions", r.clk.paused, dialogs())
	}
	key(fyne.KeySpace)
	if !r.clk.paused {
		t.Fatal("Space resumed the workout under \"Stop the workout?\"")
	}
	key(fyne.KeyEscape)
	if dialogs() != 0 || r.s.run == nil {
		t.Fatalf("Escape on the question: %d questions open, workout ended %v", dialogs(), r.s.run == nil)
	}

	r.s.FeltIt()
	if r.s.Felt == nil || dialogs() != 1 {
		t.Fatal("no felt-it question")
	}
	key(fyne.KeySpace)
	if !r.clk.paused {
		t.Fatal("Space resumed the workout under \"Felt it in your back\"")
	}
	key(fyne.KeyEscape)
	if r.s.Felt != nil || dialogs() != 1 || !r.clk.paused {
		t.Fatalf("Escape on felt it: felt open %v, %d questions, paused %v", r.s.Felt != nil, dialogs(), r.clk.paused)
	}
	key(fyne.KeyEscape) // the stop question's No
	if dialogs() != 0 || r.clk.paused || r.s.run == nil {
		t.Fatalf("Escape on the stop question after felt it: %d questions, paused %v", dialogs(), r.clk.paused)
	}
}

// The person Tabs to Start workout and presses Space, answers the high-risk
// question the same way, and presses Escape to stop: nothing happened, and
// their next Space started the workout again from the beginning. Each view
// replaced the one with the focused button but left the focus on it, gone
// from the window, and the keys went there.
func TestKeysReachEachNewWorkoutView(t *testing.T) {
	r := newLegDay(t)
	c := r.w.Canvas()
	key := r.key
	c.Focus(r.s.Start)
	key(fyne.KeySpace)
	if r.s.Ask == nil {
		t.Fatal("Space on Start workout did not ask about the high-risk exercise")
	}
	if f := c.Focused(); f != nil {
		t.Fatalf("the focus stayed on %T, no longer shown", f)
	}
	c.Focus(r.s.Ask.AsPlanned)
	key(fyne.KeySpace)
	if !r.s.Running() {
		t.Fatal("Space on Start as planned did not start")
	}
	r.at(r.s.run.TL.Steps[1].Start + 13*time.Second)
	key(fyne.KeySpace)
	if !r.clk.paused || r.s.Live.Count.Text != "5" {
		t.Fatalf("Space in the workout: paused %v at rep %q", r.clk.paused, r.s.Live.Count.Text)
	}
}

// key sends a key as the window delivers it: to the focused control if
// there is one, else to the window's handler, which hands it to the workout.
func (r *rig) key(k fyne.KeyName) {
	if f := r.w.Canvas().Focused(); f != nil {
		f.TypedKey(&fyne.KeyEvent{Name: k})
		return
	}
	r.s.TypedKey(&fyne.KeyEvent{Name: k})
}
