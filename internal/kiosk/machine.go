package kiosk

import (
	"time"
)

// Screen is what the kiosk shows.
type Screen int

const (
	Attract Screen = iota // nobody there: the breathing figure and "touch to start"
	Home                  // the three choices
	Drill                 // the one-minute vacuum taster
	Safety                // red-flag questions, then "is my workout safe"
	Contact               // the clinic's details, and how to book (with the booking link's QR code)
	PIN                   // the admin keypad, after the hidden gesture
	Admin                 // settings and exit
)

var screenNames = [...]string{"attract", "home", "drill", "safety", "contact", "pin", "admin"}

func (s Screen) String() string {
	if s < 0 || int(s) >= len(screenNames) {
		return "unknown"
	}
	return screenNames[s]
}

// Change is what a Tick did.
type Change int

const (
	Nothing  Change = iota
	Prompted        // "Still there?" is now showing
	WasReset        // the visitor was taken for gone: back to the attract loop
)

// Machine is the kiosk's state: the screen, the visitor's data and the idle
// timer. Every method reads time from the injected clock; nothing in it
// runs by itself, so the UI calls Tick at Deadline (or more often).
type Machine struct {
	now     func() time.Time
	idle    time.Duration
	still   time.Duration
	soundOn bool // the configured default

	screen   Screen
	prompt   bool
	drilling bool
	last     time.Time // last sign of a visitor
	visitor  Visitor
	gesture  Gesture
	guard    *Guard
	resets   int
}

// NewMachine starts in the attract loop with no visitor.
func NewMachine(c Config, guard *Guard, now func() time.Time) *Machine {
	m := &Machine{now: now, guard: guard}
	m.Configure(c)
	m.Reset()
	m.resets = 0
	return m
}

// Configure applies new timings and the sound default (from admin).
func (m *Machine) Configure(c Config) {
	m.idle, m.still, m.soundOn = c.IdleTimeout, c.StillThere, c.SoundOn
}

// Screen is what shows now.
func (m *Machine) Screen() Screen { return m.screen }

// Prompting reports whether "Still there?" is showing.
func (m *Machine) Prompting() bool { return m.prompt }

// Drilling reports whether a drill is running (the idle timer is paused).
func (m *Machine) Drilling() bool { return m.drilling }

// Visitor is a copy of the visitor's data.
func (m *Machine) Visitor() Visitor { return m.visitor.clone() }

// Resets counts the resets since start.
func (m *Machine) Resets() int { return m.resets }

// Guard is the PIN checker.
func (m *Machine) Guard() *Guard { return m.guard }

// Touch is any sign of a person: it restarts the idle timer, dismisses the
// prompt and leaves the attract loop for home.
func (m *Machine) Touch() {
	m.last = m.now()
	m.prompt = false
	if m.screen == Attract {
		m.screen = Home
	}
}

// Go moves between the visitor screens. Attract is a reset; the admin
// screens are reached only through the gesture and the PIN.
func (m *Machine) Go(s Screen) {
	switch s {
	case Attract:
		m.Reset()
	case Home, Drill, Safety, Contact:
		if m.screen == PIN || m.screen == Admin {
			return
		}
		m.Touch()
		if m.drilling && s != Drill {
			m.drilling = false
		}
		m.screen = s
		m.visitor.Return = Attract
	}
}

// Book opens the clinic's details from the end of the drill or the safety
// results, remembering where the visitor was so Back returns there.
func (m *Machine) Book() {
	from := m.screen
	if from != Drill && from != Safety {
		return
	}
	m.Go(Contact)
	m.visitor.Return = from
}

// Back leaves the booking screen for the screen it was opened from (the
// safety results keep their answers); without one it goes home.
func (m *Machine) Back() {
	if m.screen != Contact {
		return
	}
	to := m.visitor.Return
	if to == Attract {
		to = Home
	}
	m.Go(to)
}

// SetDrilling pauses the idle timer while a drill runs; it restarts from
// the moment the drill ends.
func (m *Machine) SetDrilling(on bool) {
	m.drilling = on && m.screen == Drill
	m.last = m.now()
	m.prompt = false
}

// Deadline is when Tick next has something to do; zero when nothing will
// happen without a visitor (attract loop, running drill).
func (m *Machine) Deadline() time.Time {
	if m.screen == Attract || m.drilling {
		return time.Time{}
	}
	if m.prompt {
		return m.last.Add(m.idle + m.still)
	}
	return m.last.Add(m.idle)
}

// PromptLeft is how long the "Still there?" prompt has before the reset.
func (m *Machine) PromptLeft() time.Duration {
	if !m.prompt {
		return 0
	}
	return max(m.last.Add(m.idle+m.still).Sub(m.now()), 0)
}

// Tick applies the idle timer: "Still there?" after the idle timeout, a
// reset when the prompt has waited its time.
func (m *Machine) Tick() Change {
	if m.screen == Attract || m.drilling {
		return Nothing
	}
	quiet := m.now().Sub(m.last)
	switch {
	case quiet >= m.idle+m.still:
		m.Reset()
		return WasReset
	case quiet >= m.idle && !m.prompt:
		m.prompt = true
		return Prompted
	}
	return Nothing
}

// Reset forgets the visitor and returns to the attract loop.
func (m *Machine) Reset() {
	m.visitor = newVisitor(m.soundOn)
	m.screen = Attract
	m.prompt = false
	m.drilling = false
	m.gesture.Clear()
	m.last = m.now()
	m.resets++
}

// CornerTap records a tap in a screen corner. Five in one corner within
// three seconds wipe the visitor and open the PIN keypad.
func (m *Machine) CornerTap(c Corner) bool {
	if m.screen == PIN || m.screen == Admin {
		return false
	}
	if !m.gesture.Tap(c, m.now()) {
		return false
	}
	m.Reset()
	m.screen = PIN
	m.last = m.now()
	return true
}

// EnterPIN checks the PIN and opens admin when it matches.
func (m *Machine) EnterPIN(pin string) (bool, error) {
	if m.screen != PIN {
		return false, nil
	}
	m.last = m.now()
	ok, err := m.guard.Try(pin)
	if ok {
		m.screen = Admin
	}
	return ok, err
}

// LeaveAdmin goes back to the attract loop.
func (m *Machine) LeaveAdmin() { m.Reset() }

// Visitor changes. Each is also a touch.

// Answer records a red-flag answer and moves to the next question.
func (m *Machine) Answer(id string, yes bool, next int) {
	m.Touch()
	m.visitor.Answers[id] = yes
	m.visitor.Question = next
}

// Unanswer withdraws an answer (a "yes" tapped by mistake) and shows
// that question again.
func (m *Machine) Unanswer(id string, q int) {
	m.Touch()
	delete(m.visitor.Answers, id)
	m.visitor.Question = q
	m.visitor.Cleared = false
}

// SetQuestion shows red-flag question i (going back).
func (m *Machine) SetQuestion(i int) { m.Touch(); m.visitor.Question = i }

// ClearFlags marks every red-flag question answered no.
func (m *Machine) ClearFlags(on bool) { m.Touch(); m.visitor.Cleared = on }

// Toggle selects or unselects an exercise.
func (m *Machine) Toggle(id string) {
	m.Touch()
	if m.visitor.Selected[id] {
		delete(m.visitor.Selected, id)
	} else {
		m.visitor.Selected[id] = true
	}
}

// SetPain records today's pain, -1 for none given.
func (m *Machine) SetPain(n int) { m.Touch(); m.visitor.Pain = n }

// SetLeg records pain or tingling below the knee.
func (m *Machine) SetLeg(on bool) { m.Touch(); m.visitor.Leg, m.visitor.LegSaid = on, true }

// ShowResults switches between picking exercises and their results.
func (m *Machine) ShowResults(on bool) { m.Touch(); m.visitor.Results = on }

// SetSound records the visitor's sound choice.
func (m *Machine) SetSound(on bool) { m.Touch(); m.visitor.SoundOn = on }

// SetLang shows the screens in code for this visitor, until the reset.
func (m *Machine) SetLang(code string) { m.Touch(); m.visitor.Lang = code }

// SetScroll records a screen's scroll offset; scrolling is a touch too.
func (m *Machine) SetScroll(key string, y float32) { m.Touch(); m.visitor.Scroll[key] = y }
