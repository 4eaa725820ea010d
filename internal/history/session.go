package history

import (
	"errors"
	"fmt"
	"time"

	"github.com/corecue/corecue/internal/breath"
)

// Kind is what a recorded session was.
type Kind string

const (
	Workout Kind = "workout" // a guided workout from a plan
	Drill   Kind = "drill"   // a practice drill on its own
)

// Session states.
const (
	Running  = "running"  // in progress, or interrupted by a crash
	Finished = "finished" // played to the end
	Partial  = "partial"  // stopped early and kept as it was
)

// NoPain marks a pain rating that was not given.
const NoPain = -1

// Session is one recorded session. A workout has its exercises, planned
// against done, pain before and after and its warm-up's vacuum reps; a
// practice drill has its vacuum reps, its position and the time practised.
type Session struct {
	ID      int64
	Kind    Kind
	Started time.Time
	Name    string // the plan's name, or the drill's
	PlanID  int64  // 0 when not from a saved plan
	// Position is the body position a drill was practised in.
	Position   breath.Position
	Seconds    int // time practised (drills)
	PainBefore int // 0-10 or NoPain
	PainAfter  int
	// The stomach vacuum's reps: a workout's warm-up, or the drill itself.
	VacuumPlanned  int // 0 for a workout without a warm-up
	VacuumReps     int // done
	VacuumHold     int // seconds per hold
	HeldThroughout bool
	State          string
	// Options is the workout's own encoding of its settings, kept so an
	// interrupted session can be resumed exactly; storage only keeps the bytes.
	Options []byte
	Items   []Item
}

// Item is one exercise of a workout as it was done. A swap keeps both: the
// exercise swapped out stays with what was done of it, and the one swapped in
// follows it in the same Slot (the plan's place).
type Item struct {
	Slot        int // the exercise's place in the plan, 0-based
	Exercise    string
	Name        string
	SetsPlanned int
	RepsPlanned int // per set
	HoldPlanned int // seconds per set
	RestSeconds int
	SetsDone    int
	RepsDone    int // in all sets
	HoldDone    int // seconds, in all sets
	FeltIt      bool
	Skipped     bool
}

// Validate names the first field out of range.
func (s Session) Validate() error {
	// The checks run in this order so the first field out of range is the
	// one named.
	for _, check := range []func() error{s.checkKindAndName, s.checkPainAndCounts, s.checkStateAndOptions} {
		if err := check(); err != nil {
			return err
		}
	}
	for i := range s.Items {
		if err := s.checkItem(i); err != nil {
			return err
		}
	}
	return nil
}

// checkKindAndName says what the session was and what it is called.
func (s Session) checkKindAndName() error {
	switch {
	case s.Kind != Workout && s.Kind != Drill:
		return fmt.Errorf("session: kind %q is not workout or drill", s.Kind)
	case s.Name == "":
		return errors.New("session: name is empty")
	}
	return nil
}

// checkPainAndCounts keeps the ratings, counts and position in range.
func (s Session) checkPainAndCounts() error {
	switch {
	case s.PainBefore < NoPain || s.PainBefore > 10:
		return fmt.Errorf("session: pain before %d is outside 0-10", s.PainBefore)
	case s.PainAfter < NoPain || s.PainAfter > 10:
		return fmt.Errorf("session: pain after %d is outside 0-10", s.PainAfter)
	case s.VacuumPlanned < 0 || s.VacuumReps < 0 || s.VacuumHold < 0 || s.Seconds < 0:
		return errors.New("session: vacuum counts and time must not be negative")
	case s.Position < breath.Lying || s.Position > breath.Standing:
		return fmt.Errorf("session: position %d is not one of lying, kneeling, sitting, standing", s.Position)
	}
	return nil
}

// checkStateAndOptions checks how the session ended and the size of its
// stored settings.
func (s Session) checkStateAndOptions() error {
	switch {
	case s.State != Running && s.State != Finished && s.State != Partial:
		return fmt.Errorf("session: state %q is not running, finished or partial", s.State)
	case len(s.Options) > 64<<10:
		return errors.New("session: options are too large")
	}
	return nil
}

// checkItem checks item i: its name, its place after the item before it and
// its counts.
func (s Session) checkItem(i int) error {
	it := s.Items[i]
	if it.Name == "" {
		return fmt.Errorf("session item %d: name is empty", i+1)
	}
	if err := s.checkItemPlace(i); err != nil {
		return err
	}
	for _, v := range []struct {
		f string
		n int
	}{{"place", it.Slot}, {"sets planned", it.SetsPlanned}, {"reps planned", it.RepsPlanned}, {"hold planned", it.HoldPlanned},
		{"rest", it.RestSeconds}, {"sets done", it.SetsDone}, {"reps done", it.RepsDone}, {"hold done", it.HoldDone}} {
		if v.n < 0 {
			return fmt.Errorf("session item %d (%s): %s %d is negative", i+1, it.Name, v.f, v.n)
		}
	}
	return nil
}

// checkItemPlace keeps places following the plan: each item is in the place
// of the one before it (a swap) or in the next.
func (s Session) checkItemPlace(i int) error {
	it := s.Items[i]
	if i == 0 && it.Slot == 0 {
		return nil
	}
	prev := -1
	if i > 0 {
		prev = s.Items[i-1].Slot
	}
	if it.Slot != prev && it.Slot != prev+1 {
		return fmt.Errorf("session item %d (%s): place %d does not follow place %d", i+1, it.Name, it.Slot+1, prev+1)
	}
	return nil
}

// SwappedFor is the exercise that took item i's place, "" when it was not
// swapped out.
func (s Session) SwappedFor(i int) string {
	if i+1 < len(s.Items) && s.Items[i+1].Slot == s.Items[i].Slot {
		return s.Items[i+1].Name
	}
	return ""
}

// SwappedIn is the exercise item i replaced, "" when it was in the plan.
func (s Session) SwappedIn(i int) string {
	if i > 0 && s.Items[i-1].Slot == s.Items[i].Slot {
		return s.Items[i-1].Name
	}
	return ""
}

// Sets is the sets done and planned in all: a swap shares its place's plan,
// so each place counts its planned sets once.
func (s Session) Sets() (done, planned int) {
	for i, it := range s.Items {
		done += it.SetsDone
		if s.SwappedIn(i) == "" {
			planned += it.SetsPlanned
		}
	}
	return done, planned
}

// Count is n with the word that agrees with it: "1 session", "3 sessions".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
