package workout

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/corecue/corecue/internal/history"
)

// Recorder keeps what a session did as it happens (the app's database).
// Exercises are named by their place in the plan (slot): a swap puts a new
// exercise in the place after the old one, which stays recorded as it was,
// and later sets, skips and reports go to the exercise now in the place.
type Recorder interface {
	BeginSession(history.Session) (int64, error)
	RecordSet(id int64, slot, reps, hold int, whole bool) error
	RecordWarmUp(id int64, reps int) error
	SkipItem(id int64, slot int) error
	MarkFeltIt(id int64, slot int) error
	SwapItem(id int64, slot int, in history.Item) error
	// SetFeltIt keeps an exercise on the person's felt-it list, which
	// raises its risk for them in every later assessment.
	SetFeltIt(exercise string, on bool) error
	EndSession(id int64, state string, painAfter int, heldThroughout bool) error
}

// Run is one guided session being played and recorded. The screen calls
// Advance with each clock reading; every set is recorded, each on its own,
// as the clock passes its end, so a crash loses at most the set in progress.
// Skip and Swap replace the timeline (the clock restarts at zero on the new
// one).
type Run struct {
	st       Recorder
	ID       int64
	TL       *Timeline
	last     time.Duration
	warmReps int
	// partDone: the set in progress was recorded as cut short (a skip past
	// the last exercise), so finishing must not record it again.
	partDone bool
}

// Begin records a new session and returns its run from the start.
func Begin(st Recorder, planID int64, planName string, items []Item, opt Options, painBefore int, now time.Time) (*Run, error) {
	if painBefore < 0 || painBefore > 10 {
		return nil, fmt.Errorf("pain before %d is outside 0-10", painBefore)
	}
	tl, err := New(items, opt)
	if err != nil {
		return nil, err
	}
	optJSON, err := json.Marshal(opt)
	if err != nil {
		return nil, err
	}
	ses := history.Session{Kind: history.Workout, Started: now, PlanID: planID, Name: planName, PainBefore: painBefore,
		PainAfter: history.NoPain, Options: optJSON}
	if opt.WarmUp {
		ses.VacuumPlanned, ses.VacuumHold = opt.WarmUpReps, opt.WarmUpHold
	}
	for i, it := range items {
		ses.Items = append(ses.Items, record(i, it))
	}
	id, err := st.BeginSession(ses)
	if err != nil {
		return nil, err
	}
	return &Run{st: st, ID: id, TL: tl}, nil
}

// record is item it, planned and not yet done, in place slot.
func record(slot int, it Item) history.Item {
	return history.Item{Slot: slot, Exercise: it.ExerciseID, Name: it.Name,
		SetsPlanned: it.Sets, RepsPlanned: it.Reps, HoldPlanned: it.HoldSeconds, RestSeconds: it.RestSeconds}
}

// ItemsOf turns a recorded session's exercises back into items to play: in
// each place of the plan, the exercise swapped in last. Form cues and flags
// are not stored: decorate adds them (it may be nil).
func ItemsOf(ses history.Session, decorate func(*Item)) []Item {
	var out []Item
	for _, si := range ses.Items {
		it := Item{ExerciseID: si.Exercise, Name: si.Name, Sets: si.SetsPlanned, Reps: si.RepsPlanned,
			HoldSeconds: si.HoldPlanned, RestSeconds: si.RestSeconds}
		if decorate != nil {
			decorate(&it)
		}
		if n := len(out); n > 0 && si.Slot == n-1 {
			out[n-1] = it
		} else {
			out = append(out, it)
		}
	}
	return out
}

// Resume carries on an interrupted session from its first set not done,
// recording into the same session.
func Resume(st Recorder, ses history.Session, decorate func(*Item)) (*Run, error) {
	if ses.State != history.Running {
		return nil, fmt.Errorf("session %d is %s, not interrupted", ses.ID, ses.State)
	}
	var opt Options
	if err := json.Unmarshal(ses.Options, &opt); err != nil {
		return nil, fmt.Errorf("session %d: its settings cannot be read (%v); save it as partial instead", ses.ID, err)
	}
	opt.WarmUp = false
	items := ItemsOf(ses, decorate)
	// A place's sets go on counting across a swap: the exercise swapped in
	// carries on from the set the old one reached.
	done := make([]int, len(items))
	skipped := make([]bool, len(items))
	for _, si := range ses.Items {
		if si.Slot < len(items) {
			done[si.Slot] += si.SetsDone
			skipped[si.Slot] = si.Skipped
		}
	}
	pos, ok := ResumeAt(items, done, skipped)
	if !ok {
		return nil, ErrNothingLeft
	}
	tl, err := Build(items, opt, pos)
	if err != nil {
		return nil, err
	}
	return &Run{st: st, ID: ses.ID, TL: tl, warmReps: ses.VacuumReps}, nil
}

// Advance records what the clock has passed since the last call and
// returns the state at t. A recording error is returned with the state, so
// the screen can say so and carry on.
func (r *Run) Advance(t time.Duration) (State, error) {
	var errs []error
	if t > r.last {
		for _, d := range r.TL.Finished(r.last, t) {
			errs = append(errs, r.st.RecordSet(r.ID, d.Item, d.Reps, d.HoldSeconds, d.Whole))
		}
		if n := r.TL.WarmUpReps(t); n > r.warmReps {
			r.warmReps = n
			errs = append(errs, r.st.RecordWarmUp(r.ID, n))
		}
		r.last = t
	}
	return r.TL.State(t), errors.Join(errs...)
}

// recordPart writes the reps or seconds done of the set in progress at t,
// if any; a set cut short is not a set done (Whole is false).
func (r *Run) recordPart(t time.Duration) error {
	if _, err := r.Advance(t); err != nil {
		return err
	}
	if d, ok := r.TL.InProgress(t); ok && !r.partDone && (d.Reps > 0 || d.HoldSeconds > 0) {
		r.partDone = true
		return r.st.RecordSet(r.ID, d.Item, d.Reps, d.HoldSeconds, d.Whole)
	}
	return nil
}

// RecordTo records what was done up to session time t, the part of a set
// in progress included, as Finish will: a summary read from the record
// after it agrees with what is saved. Calling it again, or Finish after
// it, records nothing twice.
func (r *Run) RecordTo(t time.Duration) error { return r.recordPart(t) }

// Skip records what was done of the step at t and moves on (see SkipFrom);
// skipping a set or its get-ready records the exercise as skipped, the last
// one included. ErrNothingLeft means there is nothing after it: finish the
// session.
func (r *Run) Skip(t time.Duration) error {
	next, err := r.TL.Skip(t)
	if err != nil && !errors.Is(err, ErrNothingLeft) {
		return err
	}
	if err := r.recordPart(t); err != nil {
		return err
	}
	st := r.TL.State(t)
	if st.Kind == Set || st.Kind == GetReady {
		if err := r.st.SkipItem(r.ID, st.Item); err != nil {
			return err
		}
	}
	if next == nil {
		return ErrNothingLeft
	}
	r.TL, r.last, r.partDone = next, 0, false
	return nil
}

// Swap replaces the exercise at t with alt from its current set on, and
// records the swap: the exercise swapped out keeps what was done of it.
func (r *Run) Swap(t time.Duration, alt Item) error {
	next, err := r.TL.Swap(t, alt)
	if err != nil {
		return err
	}
	if err := r.recordPart(t); err != nil {
		return err
	}
	i := r.TL.Current(t)
	if err := r.st.SwapItem(r.ID, i, record(i, next.Items[i])); err != nil {
		return err
	}
	r.TL, r.last, r.partDone = next, 0, false
	return nil
}

// FeltIt records that the person felt exercise i in their back.
func (r *Run) FeltIt(i int) error {
	if err := r.st.MarkFeltIt(r.ID, i); err != nil {
		return err
	}
	if id := r.TL.Items[i].ExerciseID; id != "" {
		return r.st.SetFeltIt(id, true)
	}
	return nil
}

// Finish closes the session at t: finished when the timeline was played to
// its end, partial otherwise (the reps or seconds of the set in progress are
// recorded, but it does not count as a set done).
func (r *Run) Finish(t time.Duration, painAfter int, heldThroughout bool) error {
	if painAfter < history.NoPain || painAfter > 10 {
		return fmt.Errorf("pain after %d is outside 0-10", painAfter)
	}
	if err := r.recordPart(t); err != nil {
		return err
	}
	state := history.Partial
	if t >= r.TL.Total {
		state = history.Finished
	}
	return r.st.EndSession(r.ID, state, painAfter, heldThroughout)
}
