package workout

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/corecue/corecue/internal/store"
)

// Run is one guided session being played and recorded. The screen calls
// Advance with each clock reading; every set is written to the store, in its
// own transaction, as the clock passes its end, so a crash loses at most the
// set in progress. Skip and Swap replace the timeline (the clock restarts at
// zero on the new one).
type Run struct {
	st       *store.Store
	ID       int64
	TL       *Timeline
	last     time.Duration
	warmReps int
}

// Begin records a new session and returns its run from the start.
func Begin(st *store.Store, planID int64, planName string, items []Item, opt Options, painBefore int, now time.Time) (*Run, error) {
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
	ses := store.Session{Started: now, PlanID: planID, PlanName: planName, PainBefore: painBefore,
		PainAfter: store.NoPain, Options: optJSON}
	if opt.WarmUp {
		ses.WarmUpPlanned, ses.WarmUpHold = opt.WarmUpReps, opt.WarmUpHold
	}
	for _, it := range items {
		ses.Items = append(ses.Items, store.SessionItem{Exercise: it.ExerciseID, Name: it.Name,
			SetsPlanned: it.Sets, RepsPlanned: it.Reps, HoldPlanned: it.HoldSeconds, RestSeconds: it.RestSeconds})
	}
	id, err := st.BeginSession(ses)
	if err != nil {
		return nil, err
	}
	return &Run{st: st, ID: id, TL: tl}, nil
}

// ItemsOf turns a recorded session's exercises back into items to play.
// Form cues and flags are not stored: decorate adds them (it may be nil).
func ItemsOf(ses store.Session, decorate func(*Item)) []Item {
	out := make([]Item, len(ses.Items))
	for i, si := range ses.Items {
		out[i] = Item{ExerciseID: si.Exercise, Name: si.Name, Sets: si.SetsPlanned, Reps: si.RepsPlanned,
			HoldSeconds: si.HoldPlanned, RestSeconds: si.RestSeconds}
		if decorate != nil {
			decorate(&out[i])
		}
	}
	return out
}

// Resume carries on an interrupted session from its first set not done,
// recording into the same session.
func Resume(st *store.Store, ses store.Session, decorate func(*Item)) (*Run, error) {
	if ses.State != store.SessionRunning {
		return nil, fmt.Errorf("session %d is %s, not interrupted", ses.ID, ses.State)
	}
	var opt Options
	if err := json.Unmarshal(ses.Options, &opt); err != nil {
		return nil, fmt.Errorf("session %d: its settings cannot be read (%v); save it as partial instead", ses.ID, err)
	}
	opt.WarmUp = false
	items := ItemsOf(ses, decorate)
	done := make([]int, len(items))
	skipped := make([]bool, len(items))
	for i, si := range ses.Items {
		done[i], skipped[i] = si.SetsDone, si.Skipped
	}
	pos, ok := ResumeAt(items, done, skipped)
	if !ok {
		return nil, ErrNothingLeft
	}
	tl, err := Build(items, opt, pos)
	if err != nil {
		return nil, err
	}
	return &Run{st: st, ID: ses.ID, TL: tl, warmReps: ses.WarmUpReps}, nil
}

// Advance records what the clock has passed since the last call and
// returns the state at t. A recording error is returned with the state, so
// the screen can say so and carry on.
func (r *Run) Advance(t time.Duration) (State, error) {
	var errs []error
	if t > r.last {
		for _, d := range r.TL.Finished(r.last, t) {
			errs = append(errs, r.st.RecordSet(r.ID, d.Item, d.Reps, d.HoldSeconds))
		}
		if n := r.TL.WarmUpReps(t); n > r.warmReps {
			r.warmReps = n
			errs = append(errs, r.st.RecordWarmUp(r.ID, n))
		}
		r.last = t
	}
	return r.TL.State(t), errors.Join(errs...)
}

// recordPart writes the set in progress at t, if any of it was done.
func (r *Run) recordPart(t time.Duration) error {
	if _, err := r.Advance(t); err != nil {
		return err
	}
	if d, ok := r.TL.InProgress(t); ok && (d.Reps > 0 || d.HoldSeconds > 0) {
		return r.st.RecordSet(r.ID, d.Item, d.Reps, d.HoldSeconds)
	}
	return nil
}

// Skip records what was done of the step at t and moves on (see SkipFrom).
// ErrNothingLeft means there is nothing after it: finish the session.
func (r *Run) Skip(t time.Duration) error {
	next, err := r.TL.Skip(t)
	if err != nil {
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
	r.TL, r.last = next, 0
	return nil
}

// Swap replaces the exercise at t with alt from its current set on, and
// records the swap.
func (r *Run) Swap(t time.Duration, alt Item) error {
	next, err := r.TL.Swap(t, alt)
	if err != nil {
		return err
	}
	if err := r.recordPart(t); err != nil {
		return err
	}
	i := r.TL.Current(t)
	if err := r.st.SwapItem(r.ID, i, alt.ExerciseID, alt.Name); err != nil {
		return err
	}
	r.TL, r.last = next, 0
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
// its end, partial otherwise (the set in progress is recorded as done so far).
func (r *Run) Finish(t time.Duration, painAfter int, heldThroughout bool) error {
	if painAfter < store.NoPain || painAfter > 10 {
		return fmt.Errorf("pain after %d is outside 0-10", painAfter)
	}
	if err := r.recordPart(t); err != nil {
		return err
	}
	state := store.SessionPartial
	if t >= r.TL.Total {
		state = store.SessionFinished
	}
	return r.st.EndSession(r.ID, state, painAfter, heldThroughout)
}
