package workout

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/plan"
	uihistory "github.com/corecue/corecue/internal/ui/history"
	"github.com/corecue/corecue/internal/ui/uitest"
	engine "github.com/corecue/corecue/internal/workout"
)

var gentle = plan.Plan{Name: "Gentle", Items: []plan.Item{
	{Exercise: "stomach-vacuum", Sets: 3, HoldSeconds: 10, RestSeconds: 15},
	{Exercise: "bird-dog", Sets: 2, Reps: 6, RestSeconds: 20},
}}

// newGentle is the plan above with the vacuum warm-up on, as the app
// starts it.
func newGentle(t *testing.T) *rig {
	t.Helper()
	r := newPlanRig(t, gentle, 2, time.Date(2026, 12, 7, 22, 23, 0, 0, time.Local))
	r.w.Resize(fyne.NewSize(1024, 600))
	r.s.WarmUp.SetChecked(true)
	r.s.PainBefore.SetText("2")
	r.start()
	if !r.s.Running() {
		t.Fatalf("not started: %q", r.s.Message.Text)
	}
	return r
}

// historyText is what History shows of the only session.
func (r *rig) historyText(t *testing.T) string {
	t.Helper()
	h := uihistory.New(uihistory.Deps{Store: r.st, Prefs: fyne.CurrentApp().Preferences(),
		Now: func() time.Time { return time.Date(2026, 12, 31, 23, 0, 0, 0, time.Local) }})
	if len(h.Rows) != 1 {
		t.Fatalf("%d sessions in History", len(h.Rows))
	}
	return h.Rows[0].Text.Text
}

// stepOf is the first step of kind k for set n of item i.
func (r *rig) stepOf(t *testing.T, k engine.Kind, item, set int) engine.Step {
	t.Helper()
	for _, s := range r.s.run.TL.Steps {
		if s.Kind == k && s.Item == item && s.Set == set {
			return s
		}
	}
	t.Fatalf("no %v step for exercise %d set %d", k, item, set)
	return engine.Step{}
}

// The person skips the warm-up, holds set 1 of the stomach vacuum to its
// end, and stops 9 s into set 2's 10 s hold: History said "2 of 11 sets ·
// Stomach vacuum: 2 of 3 sets, 19 s held", counting the set cut short as
// done. One set was done; the 9 s are kept as seconds held.
func TestStoppedHoldIsNotCountedAsASetDone(t *testing.T) {
	r := newGentle(t)
	r.at(3 * time.Second)
	test.Tap(r.s.Live.Skip) // the warm-up
	r.at(r.stepOf(t, engine.Set, 0, 2).Start + 9*time.Second)
	r.s.end(r.s.d.Player.Now())
	if r.s.Finish.Summary.Text != "Gentle: 1 of 5 sets done." {
		t.Fatalf("summary %q", r.s.Finish.Summary.Text)
	}
	r.s.Finish.PainAfter.SetText("2")
	test.Tap(r.s.Finish.Save)
	text := r.historyText(t)
	for _, want := range []string{"1 of 5 sets", "Stomach vacuum: 1 of 3 sets, 19 s held", "Bird dog: 0 of 2 sets, 0 reps"} {
		if !strings.Contains(text, want) {
			t.Errorf("History lacks %q:\n%s", want, text)
		}
	}
}

// The person skips the warm-up and then skips set 1 of the stomach vacuum
// 5 s into its hold, and stops in the bird dog's get-ready: History said
// "Stomach vacuum: 1 of 3 sets, 5 s held". No set of it was done.
func TestSkippedHoldIsNotCountedAsASetDone(t *testing.T) {
	r := newGentle(t)
	r.at(3 * time.Second)
	test.Tap(r.s.Live.Skip) // the warm-up
	r.at(r.stepOf(t, engine.Set, 0, 1).Start + 5*time.Second)
	test.Tap(r.s.Live.Skip) // set 1, and with it the exercise
	r.at(2 * time.Second)
	if r.s.Live.Name.Text != "Bird dog" {
		t.Fatalf("after the skip: %q", r.s.Live.Name.Text)
	}
	r.s.end(r.s.d.Player.Now())
	r.s.Finish.PainAfter.SetText("3")
	test.Tap(r.s.Finish.Save)
	text := r.historyText(t)
	for _, want := range []string{"0 of 5 sets", "Stomach vacuum: 0 of 3 sets, 5 s held · skipped"} {
		if !strings.Contains(text, want) {
			t.Errorf("History lacks %q:\n%s", want, text)
		}
	}
}

// The person watches the warm-up and the get-ready for the first exercise:
// under "Stomach vacuum" the warm-up said "Then: Stomach vacuum", and the
// get-ready for the stomach vacuum said "Next: Stomach vacuum, 3 × 10 s"
// (as its caption too).
// Next names what comes after: the exercise with its dose after the
// warm-up, the following exercise while one is readied, nothing before the
// last one.
func TestNextNamesWhatComesAfterTheCurrentExercise(t *testing.T) {
	r := newGentle(t)
	l := r.s.Live
	r.at(3 * time.Second)
	if l.Name.Text != "Stomach vacuum" || l.Next.Text != "Next: Stomach vacuum, 3 × 10 s" {
		t.Errorf("warm-up: %q, next %q", l.Name.Text, l.Next.Text)
	}
	test.Tap(l.Skip) // the warm-up
	r.at(time.Second)
	if l.Heading.Text != "Get ready" || l.Name.Text != "Stomach vacuum" || l.Next.Text != "Next: Bird dog, 2 × 6" ||
		l.Caption.Text != "Get into position: Stomach vacuum, 3 × 10 s." {
		t.Errorf("getting ready: %q %q, caption %q, next %q", l.Heading.Text, l.Name.Text, l.Caption.Text, l.Next.Text)
	}
	r.at(r.stepOf(t, engine.Rest, 0, 1).Start + time.Second)
	if l.Next.Text != "Next: Stomach vacuum, set 2 of 3" {
		t.Errorf("rest: next %q", l.Next.Text)
	}
	r.at(r.stepOf(t, engine.GetReady, 1, 1).Start + time.Second)
	if l.Name.Text != "Bird dog" || l.Next.Text != "" {
		t.Errorf("getting ready for the last: %q, next %q", l.Name.Text, l.Next.Text)
	}
}

// overlayText is every label's text in the pop-up over the window.
func overlayText(c fyne.Canvas) string {
	var b strings.Builder
	uitest.Walk(c.Overlays().Top(), func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok {
			b.WriteString(l.Text + "\n")
		}
	})
	return b.String()
}

// "Stop the workout?" said what was done is "saved as a partial session",
// but nothing is saved until Save session on the next screen (until then
// the session stays open, offered for resume). The question says what
// happens, and it does.
func TestStopQuestionSaysWhatHappens(t *testing.T) {
	r := newGentle(t)
	r.at(r.stepOf(t, engine.Set, 0, 1).Start + 4*time.Second)
	test.Tap(r.s.Live.Stop)
	text := overlayText(r.w.Canvas())
	if !strings.Contains(text, "Stop the workout?") || !strings.Contains(text, "On the next screen") ||
		!strings.Contains(text, "press "+r.s.Finish.Save.Text+" to save it as a partial session") {
		t.Fatalf("the question says:\n%s", text)
	}
	r.s.stopAsk.Confirm()
	if r.s.content.Objects[0] != r.s.Finish.content {
		t.Fatal("Yes did not open the next screen")
	}
	if _, ok, _ := r.st.Unfinished(); !ok {
		t.Fatal("the session was closed before Save session")
	}
	r.s.Finish.PainAfter.SetText("2")
	test.Tap(r.s.Finish.Save)
	if _, ok, _ := r.st.Unfinished(); ok || r.saved != 1 {
		t.Fatalf("after Save session: still open %v, saved %d", ok, r.saved)
	}
}
