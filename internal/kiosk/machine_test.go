package kiosk

import (
	"errors"
	"testing"
	"time"
)

func newMachine(t *testing.T) (*Machine, *fakeClock) {
	t.Helper()
	c, _, err := Parse([]byte(minimal), false)
	if err != nil {
		t.Fatal(err)
	}
	h, err := HashPIN("7391")
	if err != nil {
		t.Fatal(err)
	}
	clk := newClock()
	return NewMachine(c, NewGuard(h, clk.Now), clk.Now), clk
}

func TestTouchLeavesAttractForHome(t *testing.T) {
	m, clk := newMachine(t)
	if m.Screen() != Attract || !m.Deadline().IsZero() {
		t.Fatalf("start %v %v", m.Screen(), m.Deadline())
	}
	clk.Advance(10 * time.Hour)
	if m.Tick() != Nothing || m.Screen() != Attract {
		t.Fatal("attract loop timed out")
	}
	m.Touch()
	if m.Screen() != Home || !m.Deadline().Equal(clk.Now().Add(90*time.Second)) {
		t.Fatalf("after touch %v %v", m.Screen(), m.Deadline())
	}
	for _, s := range []Screen{Safety, Home, Contact, Home, Drill} {
		m.Go(s)
		if m.Screen() != s {
			t.Fatalf("go %v: at %v", s, m.Screen())
		}
	}
	m.Go(Admin)
	m.Go(PIN)
	if m.Screen() != Drill {
		t.Fatal("reached admin without the gesture")
	}
}

func TestIdlePromptThenReset(t *testing.T) {
	m, clk := newMachine(t)
	m.Touch()
	m.Go(Safety)
	m.Answer("fever", false, 1)
	clk.Advance(89 * time.Second)
	if m.Tick() != Nothing || m.Prompting() {
		t.Fatal("prompt before 90 s")
	}
	clk.Advance(time.Second)
	if m.Tick() != Prompted || !m.Prompting() || m.PromptLeft() != 10*time.Second {
		t.Fatalf("no prompt at 90 s: %v", m.PromptLeft())
	}
	if m.Tick() != Nothing {
		t.Fatal("prompted twice")
	}
	// A touch carries on where the visitor was.
	clk.Advance(4 * time.Second)
	m.Touch()
	if m.Prompting() || m.Screen() != Safety || len(m.Visitor().Answers) != 1 {
		t.Fatal("touch did not keep the visitor")
	}
	clk.Advance(90 * time.Second)
	m.Tick()
	clk.Advance(9999 * time.Millisecond)
	if m.Tick() != Nothing {
		t.Fatal("reset before the prompt's 10 s")
	}
	clk.Advance(time.Millisecond)
	if m.Tick() != WasReset || m.Screen() != Attract || m.Prompting() || !m.Visitor().Fresh(false) {
		t.Fatalf("no reset: %v %+v", m.Screen(), m.Visitor())
	}
	// A tick that comes very late (a suspended machine) resets at once.
	m.Touch()
	clk.Advance(time.Hour)
	if m.Tick() != WasReset {
		t.Fatal("late tick")
	}
}

func TestDrillPausesIdleTimer(t *testing.T) {
	m, clk := newMachine(t)
	m.Touch()
	m.Go(Drill)
	m.SetDrilling(true)
	if !m.Deadline().IsZero() {
		t.Fatal("deadline while drilling")
	}
	clk.Advance(10 * time.Minute)
	if m.Tick() != Nothing || m.Prompting() {
		t.Fatal("timed out mid-drill")
	}
	m.SetDrilling(false)
	clk.Advance(89 * time.Second)
	if m.Tick() != Nothing {
		t.Fatal("the timer did not restart when the drill ended")
	}
	clk.Advance(time.Second)
	if m.Tick() != Prompted {
		t.Fatal("no prompt after the drill")
	}
	// Drilling only counts on the drill screen; leaving it ends it.
	m.Touch()
	m.SetDrilling(true)
	m.Go(Home)
	if m.Drilling() {
		t.Fatal("still drilling at home")
	}
	m.SetDrilling(true)
	if m.Drilling() {
		t.Fatal("drilling at home")
	}
}

func TestResetWipesEverything(t *testing.T) {
	m, _ := newMachine(t)
	m.Touch()
	m.Go(Safety)
	m.Answer("fever", true, 1)
	m.SetQuestion(0)
	m.ClearFlags(true)
	m.Toggle("crunch")
	m.Toggle("bird-dog")
	m.Toggle("bird-dog")
	m.SetPain(6)
	m.SetLeg(true)
	m.ShowResults(true)
	m.SetSound(true)
	m.SetScroll("safety", 300)
	v := m.Visitor()
	if v.Fresh(false) || !v.Selected["crunch"] || v.Selected["bird-dog"] || v.Pain != 6 || v.Scroll["safety"] != 300 {
		t.Fatalf("visitor %+v", v)
	}
	// The copy is a copy.
	v.Selected["plank"] = true
	if m.Visitor().Selected["plank"] {
		t.Fatal("Visitor exposes live maps")
	}
	m.Go(Attract)
	if !m.Visitor().Fresh(false) || m.Screen() != Attract || m.Resets() != 1 {
		t.Fatalf("after reset %+v", m.Visitor())
	}
	// The configured sound default is what a fresh visitor gets.
	c := Defaults()
	c.SoundOn = true
	m.Configure(c)
	m.Reset()
	if !m.Visitor().SoundOn || !m.Visitor().Fresh(true) {
		t.Fatal("sound default")
	}
}

func TestGestureOpensPINThenAdmin(t *testing.T) {
	m, clk := newMachine(t)
	m.Touch()
	m.SetPain(3)
	for i := 0; i < 4; i++ {
		clk.Advance(300 * time.Millisecond)
		if m.CornerTap(TopRight) {
			t.Fatal("early")
		}
	}
	clk.Advance(300 * time.Millisecond)
	if !m.CornerTap(TopRight) || m.Screen() != PIN || !m.Visitor().Fresh(false) {
		t.Fatalf("gesture: %v %+v", m.Screen(), m.Visitor())
	}
	if ok, err := m.EnterPIN("0000"); ok || err != nil || m.Screen() != PIN {
		t.Fatal("wrong PIN")
	}
	if ok, err := m.EnterPIN("7391"); !ok || err != nil || m.Screen() != Admin {
		t.Fatal("right PIN")
	}
	m.Go(Home)
	if m.Screen() != Admin {
		t.Fatal("visitor navigation left admin")
	}
	// Admin left alone times out like any screen.
	clk.Advance(100 * time.Second)
	if m.Tick() != WasReset || m.Screen() != Attract {
		t.Fatal("admin did not time out")
	}
}

func TestPINLockoutThroughMachine(t *testing.T) {
	m, clk := newMachine(t)
	open := func() {
		for i := 0; i < GestureTaps; i++ {
			m.CornerTap(BottomLeft)
		}
	}
	open()
	var err error
	for i := 0; i < MaxTries; i++ {
		_, err = m.EnterPIN("1357")
	}
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("not locked: %v", err)
	}
	m.LeaveAdmin()
	clk.Advance(time.Minute)
	open()
	if ok, err := m.EnterPIN("7391"); ok || !errors.Is(err, ErrLocked) {
		t.Fatal("lock did not hold across visits")
	}
	clk.Advance(4 * time.Minute)
	if ok, _ := m.EnterPIN("7391"); !ok {
		t.Fatal("lock did not end after five minutes")
	}
}

// "Book with the clinic" from the results and back again keeps the
// results; from home, the contact screen has no way "back" to anywhere.
func TestBookingReturnsToWhereTheVisitorWas(t *testing.T) {
	m, _ := newMachine(t)
	m.Touch()
	m.Go(Safety)
	m.ClearFlags(true)
	m.Toggle("crunch")
	m.ShowResults(true)
	m.Book()
	if m.Screen() != Contact || m.Visitor().Return != Safety {
		t.Fatalf("book from results: %v %v", m.Screen(), m.Visitor().Return)
	}
	m.Back()
	if v := m.Visitor(); m.Screen() != Safety || !v.Results || !v.Selected["crunch"] || v.Return != Attract {
		t.Fatalf("back: %v %+v", m.Screen(), v)
	}
	m.Go(Drill)
	m.Book()
	m.Back()
	if m.Screen() != Drill {
		t.Fatalf("back from booking after the drill: %v", m.Screen())
	}
	m.Go(Home)
	m.Book() // only the drill and the results lead to booking
	if m.Screen() != Home {
		t.Fatalf("book from home: %v", m.Screen())
	}
	m.Go(Contact)
	m.Back()
	if m.Screen() != Home {
		t.Fatalf("back from the home tile's contact: %v", m.Screen())
	}
	m.Go(Safety)
	m.Book()
	m.Reset()
	if !m.Visitor().Fresh(false) {
		t.Fatalf("reset kept the way back: %+v", m.Visitor())
	}
}

// The leg question starts unanswered: a "No" nobody tapped is not an answer.
func TestLegQuestionStartsUnanswered(t *testing.T) {
	m, _ := newMachine(t)
	if v := m.Visitor(); v.LegSaid || v.Leg || v.Pain != -1 {
		t.Fatalf("preselected: %+v", v)
	}
	m.SetLeg(false)
	if v := m.Visitor(); !v.LegSaid || v.Leg || v.Fresh(false) {
		t.Fatalf("answered no: %+v", v)
	}
}
