package workout

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/exercise"
	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/reminder"
	"github.com/corecue/corecue/internal/store"
	"github.com/corecue/corecue/internal/ui/uitest"
	engine "github.com/corecue/corecue/internal/workout"
)

// clock is a scripted session clock standing in for the audio player.
type clock struct {
	now      time.Duration
	paused   bool
	starting bool
	started  int
	cues     []breath.Cue
	warm     *breath.Timeline
}

func (c *clock) StartCues(cues []breath.Cue, w *breath.Timeline) {
	c.started++
	c.now, c.cues, c.warm, c.paused = 0, cues, w, false
}
func (c *clock) Pause()                 { c.paused = true }
func (c *clock) Resume()                { c.paused = false }
func (c *clock) Stop()                  {}
func (c *clock) Paused() bool           { return c.paused }
func (c *clock) Now() time.Duration     { return c.now }
func (c *clock) Silent() (bool, string) { return true, "test" }
func (c *clock) Starting() bool         { return c.starting }

type rig struct {
	s     *Screen
	st    *store.Store
	clk   *clock
	w     fyne.Window
	saved int
}

var basics = plan.Plan{Name: "Core basics", Items: []plan.Item{
	{Exercise: "dead-bug", Sets: 2, Reps: 6, RestSeconds: 20},
	{Exercise: "sit-up", Sets: 1, Reps: 5, RestSeconds: 0},
}}

func newRig(t testing.TB, dir string) *rig {
	t.Helper()
	a := test.NewTempApp(t)
	st, n, err := store.Open(dir)
	if err != nil || !n.Empty() {
		t.Fatalf("store %v %v", err, n)
	}
	t.Cleanup(func() { st.Close() })
	if ps, _ := st.ListPlans(); len(ps) == 0 {
		if _, err := st.CreatePlan(basics); err != nil {
			t.Fatal(err)
		}
	}
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	r := &rig{st: st, clk: &clock{}}
	r.w = test.NewTempWindow(t, nil)
	r.s = New(Deps{Store: st, Library: lib, Player: r.clk, Prefs: a.Preferences(), OnSaved: func() { r.saved++ },
		Now: func() time.Time { return time.Date(2026, 11, 24, 9, 0, 0, 0, time.Local) }})
	r.w.SetContent(r.s.Content())
	r.w.Resize(fyne.NewSize(1280, 800))
	t.Cleanup(r.s.Close)
	return r
}

// start taps Start and answers the question about high-risk exercises
// (the sit-up) with "start as planned".
func (r *rig) start() {
	test.Tap(r.s.Start)
	if r.s.Ask != nil {
		test.Tap(r.s.Ask.AsPlanned)
	}
}

// at moves the clock to t and draws the frame for it.
func (r *rig) at(t time.Duration) { r.clk.now = t; r.s.Frame() }

func TestPainOutOfRangeIsRefusedBeforeStarting(t *testing.T) {
	r := newRig(t, t.TempDir())
	for _, bad := range []string{"11", "-1", "", "three", "2.5"} {
		r.s.PainBefore.SetText(bad)
		test.Tap(r.s.Start)
		if r.s.Running() || !strings.Contains(r.s.Message.Text, "Pain now") {
			t.Fatalf("pain %q: running %v message %q", bad, r.s.Running(), r.s.Message.Text)
		}
	}
	r.s.PainBefore.SetText("3")
	r.s.Reengage.SetText("-2")
	test.Tap(r.s.Start)
	if r.s.Running() || !strings.Contains(r.s.Message.Text, "Re-engage every") {
		t.Fatalf("negative re-engage: %q", r.s.Message.Text)
	}
	if ses, ok, _ := r.st.Unfinished(); ok {
		t.Fatalf("a refused start recorded %+v", ses)
	}
}

func TestSessionPlaysRecordsAndSaves(t *testing.T) {
	r := newRig(t, t.TempDir())
	r.s.WarmUp.SetChecked(false)
	r.s.Tempo.SetChecked(true)
	r.s.PainBefore.SetText("3")
	r.start()
	if !r.s.Running() || r.clk.started != 1 {
		t.Fatalf("not started: %q", r.s.Message.Text)
	}
	tl := r.s.run.TL
	set1 := tl.Steps[1]
	r.at(set1.Start + 4*time.Second) // rep 2 of 6
	l := r.s.Live
	if l.Name.Text != "Dead bug" || l.Count.Text != "2" || !strings.HasPrefix(l.Heading.Text, "Set 1 of 2") {
		t.Fatalf("mid-set shows %q %q %q", l.Name.Text, l.Count.Text, l.Heading.Text)
	}
	// The engagement shows on the exercise's own body (or on the corset
	// figure for an exercise with no picture).
	engaged := l.Figure.Pose().Engagement
	if l.Move.Visible() {
		engaged = l.Move.Engagement()
	}
	if l.Caption.Text != breath.Line(breath.VoiceEngage) || engaged != 1 || l.Form.Text == "" {
		t.Fatalf("caption %q engagement %g form %q", l.Caption.Text, engaged, l.Form.Text)
	}
	rest := tl.Steps[2]
	r.at(rest.Start + 5*time.Second)
	if !strings.HasPrefix(l.Heading.Text, "Rest") || l.Count.Text != "15" || !strings.Contains(l.Next.Text, "set 2 of 2") {
		t.Fatalf("rest shows %q %q %q", l.Heading.Text, l.Count.Text, l.Next.Text)
	}
	if ses, _ := r.st.Session(r.s.run.ID); ses.Items[0].SetsDone != 1 {
		t.Fatal("set 1 not recorded when the clock passed it")
	}
	// The sit-up is flagged and can be swapped for its alternative.
	r.at(tl.Steps[4].Start + time.Second) // get ready for the sit-up
	if l.Name.Text != "Sit-up" || l.Flag.Text == "" || l.Swap.Disabled() {
		t.Fatalf("sit-up: %q flag %q swap disabled %v", l.Name.Text, l.Flag.Text, l.Swap.Disabled())
	}
	test.Tap(l.FeltIt)
	if !strings.Contains(l.Status.Text, "[self-report]") {
		t.Fatalf("felt it: %q", l.Status.Text)
	}
	test.Tap(l.Swap)
	if r.clk.started != 2 || r.s.run.TL.Items[1].Name != "McGill curl-up" {
		t.Fatalf("swap: started %d item %+v", r.clk.started, r.s.run.TL.Items[1].Name)
	}
	r.at(r.s.run.TL.Total + time.Second)
	if r.s.content.Objects[0] != r.s.Finish.content {
		t.Fatal("the finish view is not shown at the end")
	}
	r.s.Finish.PainAfter.SetText("12")
	test.Tap(r.s.Finish.Save)
	if !strings.Contains(r.s.Finish.Message.Text, "outside 0-10") {
		t.Fatalf("pain 12: %q", r.s.Finish.Message.Text)
	}
	r.s.Finish.PainAfter.SetText("2")
	test.Tap(r.s.Finish.Save)
	if r.s.Running() || r.saved != 1 {
		t.Fatalf("not saved: %q", r.s.Finish.Message.Text)
	}
	list, _ := r.st.Sessions()
	if len(list) != 1 || list[0].State != hist.Finished || list[0].PainAfter != 2 || list[0].Items[2].Exercise != "mcgill-curl-up" ||
		!list[0].Items[1].FeltIt || list[0].SwappedFor(1) != "McGill curl-up" || list[0].Items[2].FeltIt {
		t.Fatalf("history %+v", list)
	}
	if felt, _ := r.st.FeltIt(); len(felt) != 1 || felt[0] != "sit-up" {
		t.Fatalf("felt list %v", felt)
	}
	// Next time the sit-up is flagged for this person with the report as the reason.
	r.s.PainBefore.SetText("2")
	r.start()
	if flag := r.s.run.TL.Items[1].Flag; !strings.Contains(flag, "self-report") || !strings.HasPrefix(flag, "High") {
		t.Fatalf("next session's flag %q", flag)
	}
}

func TestInterruptedSessionIsOfferedForResumeOnNextStart(t *testing.T) {
	dir := t.TempDir()
	r := newRig(t, dir)
	r.s.WarmUp.SetChecked(false)
	r.s.PainBefore.SetText("1")
	r.start()
	r.at(r.s.run.TL.Steps[2].Start + time.Second) // set 1 recorded, resting
	r.s.Close()
	r.st.Close()

	r2 := newRig(t, dir)
	if r2.s.unfinished == nil || r2.s.Resume.Hidden {
		t.Fatal("no resume offer")
	}
	test.Tap(r2.s.Resume)
	if !r2.s.Running() || r2.s.run.TL.From != (engine.Position{Item: 0, Set: 2, Ready: true}) {
		t.Fatalf("resumed at %+v", r2.s.run.TL.From)
	}
	r2.at(2 * time.Second)
	if r2.s.Live.Name.Text != "Dead bug" || !strings.Contains(r2.s.Live.CountSub.Text, "2 × 6") {
		t.Fatalf("resumed view %q %q", r2.s.Live.Name.Text, r2.s.Live.CountSub.Text)
	}
}

func TestSavePartialLeavesTheOfferAndJoinsHistory(t *testing.T) {
	dir := t.TempDir()
	r := newRig(t, dir)
	r.s.PainBefore.SetText("1")
	r.start()
	r.s.Close()
	r.st.Close()
	r2 := newRig(t, dir)
	test.Tap(r2.s.SavePart)
	if r2.s.unfinished != nil || r2.saved != 1 {
		t.Fatal("still offered")
	}
	if list, _ := r2.st.Sessions(); len(list) != 1 || list[0].State != hist.Partial {
		t.Fatalf("history %+v", list)
	}
}

func TestReminderTimeIsValidatedAndKept(t *testing.T) {
	r := newRig(t, t.TempDir())
	var got []string
	r.s.d.OnReminder = func(tm reminder.Time) { got = append(got, tm.String()) }
	r.s.Reminder.SetText("25:00")
	test.Tap(r.s.SetReminder)
	if !strings.Contains(r.s.Message.Text, "0-23") || len(got) != 0 {
		t.Fatalf("25:00: %q %v", r.s.Message.Text, got)
	}
	r.s.Reminder.SetText("18:30")
	test.Tap(r.s.SetReminder)
	if ReminderTime(fyne.CurrentApp().Preferences()).String() != "18:30" || len(got) != 1 || got[0] != "18:30" {
		t.Fatalf("saved %v", got)
	}
	r.s.Reminder.SetText("")
	test.Tap(r.s.SetReminder)
	if ReminderTime(fyne.CurrentApp().Preferences()).Set || got[1] != "" {
		t.Fatalf("off: %v", got)
	}
}

func TestFirstSessionSaysSoundIsStartingThenClears(t *testing.T) {
	r := newRig(t, t.TempDir())
	r.clk.starting = true // the device is opening; the clock waits at zero
	r.s.PainBefore.SetText("3")
	r.start()
	r.at(0)
	if !r.s.Running() || r.s.Live.Status.Text != startingNote {
		t.Fatalf("while the device opens: running %v, status %q", r.s.Running(), r.s.Live.Status.Text)
	}
	r.clk.starting = false
	r.at(16 * time.Millisecond)
	if r.s.Live.Status.Text != "" {
		t.Fatalf("status once sound plays %q", r.s.Live.Status.Text)
	}
}

// A newcomer opening the set-up reads the vacuum progression's source as a
// person reads it, never the evidence list's key in brackets.
func TestProgressionCitesItsSourceInWords(t *testing.T) {
	r := newRig(t, t.TempDir())
	got := r.s.Suggestion.Text
	if strings.Contains(got, "[") || strings.Contains(got, "corecue-rules") {
		t.Fatalf("progression shows a raw key: %q", got)
	}
	if !strings.Contains(got, "CoreCue's own rule") {
		t.Fatalf("progression does not name its source: %q", got)
	}
}

// startPlan saves a plan of one item in a new store in dir and starts it,
// without the warm-up, at back pain 2.
func startPlan(t *testing.T, dir string, it plan.Item) *rig {
	t.Helper()
	st, _, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.CreatePlan(plan.Plan{Name: "Loaded", Items: []plan.Item{it}}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	r := newRig(t, dir)
	r.s.WarmUp.SetChecked(false)
	r.s.PainBefore.SetText("2")
	r.start()
	return r
}

// A plan item done with a variation keeps it through "felt it in my back":
// "weighted dead bug" is the dead bug, weighted, moderate for the back
// where the plain dead bug is low. Felt, it is raised from moderate to high
// (not from low to moderate, as the plain dead bug would be), the swap
// offered is the one the weighted dead bug has (the dead bug without the
// weight), and the session records the exercise as it was done.
func TestFeltItKeepsTheItemsVariation(t *testing.T) {
	dir := t.TempDir()
	r := startPlan(t, dir, plan.Item{Exercise: "weighted dead bug", Sets: 1, Reps: 6})
	if !r.s.Running() {
		t.Fatalf("not started: %q", r.s.Message.Text)
	}
	r.at(r.s.run.TL.Steps[1].Start + 2*time.Second)
	feltWeightedDeadBug(t, r)
	if r.s.Felt == nil || r.s.Felt.Swap == nil || r.s.Felt.Swap.Text != "Swap to Dead bug" {
		t.Fatalf("felt it offers %+v", r.s.Felt)
	}
	ses, _ := r.st.Session(r.s.run.ID)
	if it := ses.Items[0]; it.Name != "Dead bug, weighted" || it.Exercise != "dead-bug" || !it.FeltIt {
		t.Fatalf("recorded %+v", it)
	}
}

// feltWeightedDeadBug checks the weighted dead bug is playing, flagged
// moderate, and that "felt it" raises it from moderate to high.
func feltWeightedDeadBug(t *testing.T, r *rig) {
	t.Helper()
	l := r.s.Live
	if l.Name.Text != "Dead bug, weighted" || !strings.HasPrefix(l.Flag.Text, "Moderate") {
		t.Fatalf("playing %q flagged %q", l.Name.Text, l.Flag.Text)
	}
	test.Tap(l.FeltIt)
	if want := "Dead bug, weighted is now flagged high for you (it was moderate)"; !strings.Contains(l.Status.Text, want) {
		t.Fatalf("felt it says %q, want %q", l.Status.Text, want)
	}
}

// A resumed session keeps the item's variation too: the store keeps the
// name as it was done, and the resumed weighted dead bug is flagged, and
// raised when felt, as the weighted one.
func TestResumedSessionKeepsTheItemsVariation(t *testing.T) {
	dir := t.TempDir()
	r := startPlan(t, dir, plan.Item{Exercise: "weighted dead bug", Sets: 2, Reps: 6, RestSeconds: 20})
	r.at(r.s.run.TL.Steps[2].Start + time.Second) // set 1 recorded, resting
	r.s.Close()
	r.st.Close()

	r2 := newRig(t, dir)
	test.Tap(r2.s.Resume)
	if !r2.s.Running() {
		t.Fatal("not resumed")
	}
	r2.at(2 * time.Second)
	feltWeightedDeadBug(t, r2)
}

// A new plan has no exercises: Start workout was offered, asked for the pain
// score, and only then said, under the fold at 1024x600, that there was
// nothing to do. It is greyed, out of the Tab order, with the reason above
// it, until a plan with exercises is chosen.
func TestStartWaitsForAPlanWithExercises(t *testing.T) {
	dir := t.TempDir()
	st, _, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.CreatePlan(plan.Plan{Name: "Empty", Items: []plan.Item{}}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	r := newRig(t, dir)
	if !r.s.Start.Disabled() || !r.s.NoStart.Visible() || !strings.Contains(r.s.NoStart.Text, "no exercises") {
		t.Fatalf("empty plan: Start disabled %v, reason %q", r.s.Start.Disabled(), r.s.NoStart.Text)
	}
	c := r.w.Canvas()
	for range 40 {
		test.FocusNext(c)
		if c.Focused() == fyne.Focusable(r.s.Start) {
			t.Fatal("Tab reached Start workout with an empty plan")
		}
	}
	if _, err := r.st.CreatePlan(basics); err != nil {
		t.Fatal(err)
	}
	r.s.Reload()
	r.s.Plan.SetSelectedIndex(slices.IndexFunc(r.s.plans, func(p store.PlanInfo) bool { return p.Name == basics.Name }))
	if r.s.Start.Disabled() || r.s.NoStart.Visible() {
		t.Fatal("a plan with exercises left Start workout greyed")
	}
	r.s.PainBefore.SetText("2")
	r.start()
	if !r.s.Running() {
		t.Fatalf("the workout did not start: %q", r.s.Message.Text)
	}
}

// On a 1024x600 netbook the set-up scrolls: Tab round it and every control
// the focus reaches is in view. It stayed put, and Start workout took the
// focus below the fold.
func TestSetupTabKeepsFocusInViewAt1024x600(t *testing.T) {
	r := newRig(t, t.TempDir())
	r.w.Resize(fyne.NewSize(1024, 600-100)) // the tabs and the window's title take the rest
	for _, miss := range uitest.TabOutOfView(r.w.Canvas(), r.s.setupScroll, 40) {
		t.Error(miss)
	}
}
