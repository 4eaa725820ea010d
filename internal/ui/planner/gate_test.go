package planner

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/clinic"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/risk"
)

// newGateRig shows the gate alone in a window, as the main window does
// before its tabs.
func newGateRig(t *testing.T, c *clinic.Contact) (*Gate, fyne.Window, *int) {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("gate")
	g := NewGate(c)
	cleared := 0
	g.OnCleared = func() { cleared++ }
	w.SetContent(g.Content())
	w.Resize(fyne.NewSize(1280, 800))
	return g, w, &cleared
}

func answerAll(g *Gate, yes func(i int) bool) {
	for i := range g.Answers {
		g.Answer(i, yes(i))
	}
	test.Tap(g.Continue)
}

func TestAllNoClearsTheGate(t *testing.T) {
	g, _, cleared := newGateRig(t, nil)
	if g.Showing() != g.QuestionList() {
		t.Fatal("the gate does not start at its questions")
	}
	if len(g.Answers) != len(risk.RedFlags()) {
		t.Fatalf("%d questions shown, risk has %d", len(g.Answers), len(risk.RedFlags()))
	}
	answerAll(g, func(int) bool { return false })
	if !g.Cleared() || *cleared != 1 {
		t.Fatalf("all-no answers did not clear the gate: %q", g.Message.Text)
	}
}

func TestAnUnansweredQuestionIsNamed(t *testing.T) {
	g, _, cleared := newGateRig(t, nil)
	for i := range g.Answers {
		if i != 2 {
			g.Answer(i, false)
		}
	}
	test.Tap(g.Continue)
	if g.Cleared() || *cleared != 0 || !strings.Contains(g.Message.Text, "Question 3") {
		t.Fatalf("cleared=%v message=%q", g.Cleared(), g.Message.Text)
	}
}

func TestRedFlagYesBlocksAndNamesTheClinic(t *testing.T) {
	c := &clinic.Contact{Name: "Riverside Physio", Phone: "020 7946 0000"}
	g, _, cleared := newGateRig(t, c)
	answerAll(g, func(i int) bool { return i == 1 }) // new bladder or bowel change
	if g.Cleared() || !g.Blocked() || *cleared != 0 {
		t.Fatal("a yes did not block")
	}
	if g.Showing() != g.BlockedNotice() {
		t.Fatal("the see-a-clinician notice is not shown after a yes")
	}
	// At home the words cover every kind of exercise and send the person
	// to a clinician; they are not the waiting room's.
	for _, want := range []string{"no drills, plans or workouts", "doctor or clinic", "urgent care"} {
		if !strings.Contains(g.SeekCare.Text, want) {
			t.Errorf("seek-care message lacks %q: %q", want, g.SeekCare.Text)
		}
	}
	if strings.Contains(g.SeekCare.Text, "reception") {
		t.Errorf("home notice speaks of a reception: %q", g.SeekCare.Text)
	}
	if !strings.Contains(g.Flagged.Text, risk.RedFlags()[1].Question) {
		t.Errorf("flagged question not listed: %q", g.Flagged.Text)
	}
	if !g.Clinic.Visible() || !strings.Contains(g.Clinic.Text, "Riverside Physio") ||
		!strings.Contains(g.Clinic.Text, "020 7946 0000") {
		t.Errorf("clinic contact: visible=%v %q", g.Clinic.Visible(), g.Clinic.Text)
	}
	// Going back and answering no to everything clears it.
	test.Tap(g.Change)
	if g.Showing() != g.QuestionList() {
		t.Fatal("Change my answers did not show the questions")
	}
	answerAll(g, func(int) bool { return false })
	if !g.Cleared() || *cleared != 1 {
		t.Fatal("all no after a change did not clear the gate")
	}
}

func TestNoClinicConfiguredHidesTheContact(t *testing.T) {
	g, _, _ := newGateRig(t, nil)
	answerAll(g, func(i int) bool { return i == len(g.Answers)-1 })
	if !g.Blocked() || g.Clinic.Visible() {
		t.Fatalf("blocked=%v clinic visible=%v", g.Blocked(), g.Clinic.Visible())
	}
}

func TestKeyboardOnlyThroughTheGate(t *testing.T) {
	g, w, _ := newGateRig(t, nil)
	c := w.Canvas()
	// Tab reaches every answer before the Continue button, and Space and
	// Enter work where a mouse would tap.
	for i := range g.Answers {
		test.FocusNext(c) // the "No" choice of question i
		c.Focused().TypedRune(' ')
		if g.Answers[i].Selected != i18n.L(answerNo) {
			t.Fatalf("question %d: Space on the focused choice left %q", i+1, g.Answers[i].Selected)
		}
		test.FocusNext(c) // its "Yes" choice, skipped
	}
	test.FocusNext(c)
	if c.Focused() != g.Continue {
		t.Fatalf("after the answers Tab focuses %T, not Continue", c.Focused())
	}
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !g.Cleared() {
		t.Fatalf("Enter on Continue did not clear the gate: %q", g.Message.Text)
	}
}

// The safety questions in Polish: the answers read Nie and Tak (they were
// English beside Polish questions), and choosing Tak still stops the
// person, as Yes does.
func TestGateAnswersInPolish(t *testing.T) {
	if err := i18n.Use("pl"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = i18n.Use(i18n.Source) })
	g := NewGate(nil)
	if opts := g.Answers[0].Options; len(opts) != 2 || opts[0] != "Nie" || opts[1] != "Tak" {
		t.Fatalf("the answers read %q", opts)
	}
	for i, r := range g.Answers {
		r.SetSelected("Nie")
		if i == 2 {
			r.SetSelected("Tak")
		}
	}
	g.Submit()
	if g.Cleared() || !g.Blocked() {
		t.Errorf("a Tak (yes) did not stop the person: cleared %v, blocked %v, message %q", g.Cleared(), g.Blocked(), g.Message.Text)
	}
}
