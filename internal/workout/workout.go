// Package workout turns a plan into a guided session: an optional vacuum
// warm-up, then every exercise set by set with rests between, laid out on one
// time axis with the cues a listener hears. What the screen shows is State(t),
// a pure function of session time, exactly as breath.Timeline.Pose is for a
// drill. Skipping or swapping builds a new timeline from the current point.
// The package also holds the progression and feedback rules. It imports no Fyne.
package workout

import (
	"fmt"

	"github.com/corecue/corecue/internal/plan"
)

// Item is one exercise to play, with what the screen shows about it.
type Item struct {
	ExerciseID  string   // library id, "" when the plan names an unknown exercise
	Variations  []string // how it is done ("weighted", "decline"), as the plan's name gave them
	Name        string   // as a person knows it, with its variations: "Dead bug, weighted"
	FormCues    []string // shown while it plays
	Flag        string   // the risk flag line with its source, "" when none
	AltID       string   // the first safer alternative, "" when none
	AltName     string
	Sets        int
	Reps        int // counted sets; zero for holds
	HoldSeconds int // timed sets; zero for counted ones
	RestSeconds int
}

// IsHold reports whether the sets are timed holds.
func (it Item) IsHold() bool { return it.HoldSeconds > 0 }

// Dose is "3 × 10" or "3 × 20 s".
func (it Item) Dose() string {
	return plan.Item{Sets: it.Sets, Reps: it.Reps, HoldSeconds: it.HoldSeconds}.Dose()
}

// Options are the person's settings for guided sessions.
type Options struct {
	WarmUp        bool `json:"warm_up"`        // start with the vacuum drill
	WarmUpReps    int  `json:"warm_up_reps"`   // its reps
	WarmUpHold    int  `json:"warm_up_hold"`   // its hold, seconds
	Tempo         bool `json:"tempo"`          // a tick at the start of every rep
	RepSeconds    int  `json:"rep_seconds"`    // the pace of a counted rep
	ReengageEvery int  `json:"reengage_every"` // reps between re-engage cues; 0 for none
}

// Defaults: a 3 s rep is a controlled pace for slow core work (lift, pause,
// lower); re-engaging every 5 reps catches the engagement before it fades,
// the same reason the drill restarts the draw-in each rep.
const (
	DefaultRepSeconds    = 3
	DefaultReengageEvery = 5
	DefaultWarmUpReps    = 10
	DefaultWarmUpHold    = 10
	MaxRepSeconds        = 10
	MaxReengageEvery     = 50
)

// DefaultOptions is what a new install uses.
func DefaultOptions() Options {
	return Options{WarmUp: true, WarmUpReps: DefaultWarmUpReps, WarmUpHold: DefaultWarmUpHold,
		RepSeconds: DefaultRepSeconds, ReengageEvery: DefaultReengageEvery}
}

// Validate names the first option out of range.
func (o Options) Validate() error {
	switch {
	case o.RepSeconds < 1 || o.RepSeconds > MaxRepSeconds:
		return fmt.Errorf("rep pace %d s is outside 1-%d s", o.RepSeconds, MaxRepSeconds)
	case o.ReengageEvery < 0 || o.ReengageEvery > MaxReengageEvery:
		return fmt.Errorf("re-engage every %d reps is outside 0-%d", o.ReengageEvery, MaxReengageEvery)
	case o.WarmUp && (o.WarmUpReps < 1 || o.WarmUpReps > 100):
		return fmt.Errorf("warm-up reps %d is outside 1-100", o.WarmUpReps)
	case o.WarmUp && (o.WarmUpHold < 1 || o.WarmUpHold > 120):
		return fmt.Errorf("warm-up hold %d s is outside 1-120 s", o.WarmUpHold)
	}
	return nil
}

func (it Item) validate(i int) error {
	p := plan.Item{Exercise: it.Name, Sets: it.Sets, Reps: it.Reps, HoldSeconds: it.HoldSeconds, RestSeconds: it.RestSeconds}
	if err := p.Validate(); err != nil {
		return fmt.Errorf("exercise %d %s", i+1, plan.Plain(err))
	}
	return nil
}
