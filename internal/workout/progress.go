package workout

import (
	"time"
)

// SetDone is a set finished, or cut short by a skip, in a session.
type SetDone struct {
	Item        int
	Set         int
	Reps        int  // reps done (counted sets)
	HoldSeconds int  // seconds held (holds)
	Whole       bool // played to its end: only such a set counts as done
}

// Finished returns the sets whose end falls in (from, to]: the screen calls
// it each frame with the previous and current clock readings and records
// each set as the clock passes its end.
func (tl *Timeline) Finished(from, to time.Duration) []SetDone {
	var out []SetDone
	for _, s := range tl.Steps {
		if s.Kind != Set || s.End() <= from || s.End() > to {
			continue
		}
		it := tl.Items[s.Item]
		d := SetDone{Item: s.Item, Set: s.Set, Reps: it.Reps, HoldSeconds: it.HoldSeconds, Whole: true}
		out = append(out, d)
	}
	return out
}

// InProgress is the set playing at t with what was done of it so far, so a
// skip can record it; false outside a set.
func (tl *Timeline) InProgress(t time.Duration) (SetDone, bool) {
	i := tl.StepAt(t)
	if i >= len(tl.Steps) || tl.Steps[i].Kind != Set {
		return SetDone{}, false
	}
	s := tl.Steps[i]
	it := tl.Items[s.Item]
	into := t - s.Start
	d := SetDone{Item: s.Item, Set: s.Set}
	if it.IsHold() {
		d.HoldSeconds = int(into / time.Second)
	} else {
		d.Reps = int(into / (time.Duration(tl.Opt.RepSeconds) * time.Second))
	}
	return d, true
}

// WarmUpReps is how many warm-up reps were finished by t.
func (tl *Timeline) WarmUpReps(t time.Duration) int {
	if tl.WarmUp == nil {
		return 0
	}
	return tl.WarmUp.RepsDone(t)
}

// SkipFrom says where to carry on when the person skips at t: the warm-up
// goes to the first exercise, a rest to the next set, a get-ready or a set
// to the next exercise. ErrNothingLeft means the skip reaches the end.
func (tl *Timeline) SkipFrom(t time.Duration) (Position, error) {
	i := tl.StepAt(t)
	if i >= len(tl.Steps) {
		return Position{}, ErrNothingLeft
	}
	s := tl.Steps[i]
	switch s.Kind {
	case WarmUp:
		return Position{Item: 0, Set: 1, Ready: true}, nil
	case Rest:
		return Position{Item: s.Item, Set: s.Set + 1}, nil
	case GetReady, Set:
		if s.Item+1 < len(tl.Items) {
			return Position{Item: s.Item + 1, Set: 1, Ready: true}, nil
		}
	}
	return Position{}, ErrNothingLeft
}

// Skip is the timeline that carries on after a skip at t.
func (tl *Timeline) Skip(t time.Duration) (*Timeline, error) {
	pos, err := tl.SkipFrom(t)
	if err != nil {
		return nil, err
	}
	return Build(tl.Items, tl.Opt, pos)
}

// Current is the exercise playing or coming up at t: -1 in the warm-up's
// place only when there are no exercises after it (never, for a valid plan).
func (tl *Timeline) Current(t time.Duration) int {
	i := tl.StepAt(t)
	if i >= len(tl.Steps) {
		return len(tl.Items) - 1
	}
	if tl.Steps[i].Kind == WarmUp {
		return 0
	}
	return tl.Steps[i].Item
}

// Swap replaces the exercise playing (or coming up) at t with alt and carries
// on from that exercise's current set, after a get-ready to change position.
// Items is copied: the old timeline is left as it was.
func (tl *Timeline) Swap(t time.Duration, alt Item) (*Timeline, error) {
	i := tl.Current(t)
	set := 1
	st := tl.State(t)
	if st.Item == i && (st.Kind == Set || st.Kind == GetReady) {
		set = st.Set
	} else if st.Item == i && st.Kind == Rest {
		set = st.Set + 1
	}
	items := append([]Item(nil), tl.Items...)
	if alt.Sets == 0 {
		alt.Sets = items[i].Sets
	}
	if alt.Reps == 0 && alt.HoldSeconds == 0 {
		alt.Reps, alt.HoldSeconds = items[i].Reps, items[i].HoldSeconds
	}
	if alt.RestSeconds == 0 {
		alt.RestSeconds = items[i].RestSeconds
	}
	set = min(set, alt.Sets)
	items[i] = alt
	return Build(items, tl.Opt, Position{Item: i, Set: set, Ready: true})
}

// ResumeAt is where an interrupted session carries on: the first set not
// done of the first exercise neither finished nor skipped, after a
// get-ready. done[i] is the sets recorded for item i. False means every
// exercise is finished or skipped.
func ResumeAt(items []Item, done []int, skipped []bool) (Position, bool) {
	for i, it := range items {
		if i < len(skipped) && skipped[i] {
			continue
		}
		n := 0
		if i < len(done) {
			n = done[i]
		}
		if n < it.Sets {
			return Position{Item: i, Set: n + 1, Ready: true}, true
		}
	}
	return Position{}, false
}
