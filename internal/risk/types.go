package risk

import (
	"fmt"

	"github.com/corecue/corecue/internal/exercise"
)

// Context is what the person tells us about today.
type Context struct {
	Pain        int  `json:"pain"`         // current back pain, 0-10
	LegSymptoms bool `json:"leg_symptoms"` // pain, numbness or tingling below the knee
	Morning     bool `json:"morning"`      // training within two hours of waking
	// FeltIt lists exercise ids the person reported feeling in their back;
	// each is raised one level (the feedback hook for practice sessions).
	FeltIt []string `json:"felt_it,omitempty"`
}

// Validate names the first bad field.
func (c Context) Validate() error {
	if c.Pain < 0 || c.Pain > 10 {
		return fmt.Errorf("pain %d is outside 0-10", c.Pain)
	}
	return nil
}

func (c Context) felt(id string) bool {
	for _, f := range c.FeltIt {
		if f == id {
			return true
		}
	}
	return false
}

// Item is an exercise with an optional dose. With no dose (all zero) it is
// assessed as the exercise itself.
type Item struct {
	ExerciseID  string `json:"exercise_id"`
	Sets        int    `json:"sets,omitempty"`
	Reps        int    `json:"reps,omitempty"`
	HoldSeconds int    `json:"hold_seconds,omitempty"`
	// Variations are how the exercise is done ("weighted", "decline"), as
	// exercise.Resolution reads them from a name; each must be one the
	// exercise lists.
	Variations []string `json:"variations,omitempty"`
}

func (it Item) validate() error {
	switch {
	case it.Sets < 0:
		return fmt.Errorf("%s: sets %d is negative", it.ExerciseID, it.Sets)
	case it.Reps < 0:
		return fmt.Errorf("%s: reps %d is negative", it.ExerciseID, it.Reps)
	case it.HoldSeconds < 0:
		return fmt.Errorf("%s: hold_seconds %d is negative", it.ExerciseID, it.HoldSeconds)
	case it.Reps > 0 && it.HoldSeconds > 0:
		return fmt.Errorf("%s: has both reps and hold_seconds; give one", it.ExerciseID)
	}
	return nil
}

// sets is the set count, one when the item gives none.
func (it Item) sets() int { return max(it.Sets, 1) }

// Reason says why an exercise has its base level. Evidence holds at least one
// id from the library's evidence list.
type Reason struct {
	Rule string `json:"rule"`
	Text string `json:"text"`
	// Words is Text as the engine wrote it, for a screen to translate.
	Words    Words    `json:"-"`
	Evidence []string `json:"evidence"`
	// From and To are set for a variation (rules V1-V9): the level before and
	// after it changed the exercise (lower for kneeling or bent knees when
	// they shorten the lever, equal when it changed nothing that matters).
	From Level `json:"from,omitempty"`
	To   Level `json:"to,omitempty"`
}

// Modifier is a context rule that fired for this item. From and To are the
// level before and after; they are equal when the level was already High.
type Modifier struct {
	ID       string   `json:"id"`
	Rule     string   `json:"rule"`
	Text     string   `json:"text"`
	Words    Words    `json:"-"` // Text as the engine wrote it
	Evidence []string `json:"evidence"`
	From     Level    `json:"from"`
	To       Level    `json:"to"`
}

// Note is advice that does not change the level (long holds, start on the
// knees, plan-level remarks).
type Note struct {
	Rule     string   `json:"rule"`
	Text     string   `json:"text"`
	Words    Words    `json:"-"` // Text as the engine wrote it
	Evidence []string `json:"evidence"`
}

// Alternative is a safer swap, assessed in the same context.
type Alternative struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Level Level  `json:"level"`
}

// Assessment is the outcome for one exercise or plan item.
type Assessment struct {
	ExerciseID string `json:"exercise_id"`
	Name       string `json:"name,omitempty"`
	Level      Level  `json:"level"`
	// BaseLevel is the level of the exercise as done (the entry's attributes
	// after any variation, whose reasons are among Reasons), before the
	// person's context.
	BaseLevel    Level         `json:"base_level"`
	Reasons      []Reason      `json:"reasons"`
	Modifiers    []Modifier    `json:"modifiers"`
	Alternatives []Alternative `json:"alternatives"`
	Notes        []Note        `json:"notes"`
	// Variations are how the exercise is done, as the item gave them.
	Variations []string `json:"variations,omitempty"`
}

// Assessed is false for an exercise the library does not know.
func (a Assessment) Assessed() bool { return a.Level != NotAssessed }

// PlanAssessment covers a whole plan: each item in order, the highest level
// and plan-level notes.
type PlanAssessment struct {
	Level       Level        `json:"level"`
	Items       []Assessment `json:"items"`
	Notes       []Note       `json:"notes"`
	FlexionReps int          `json:"flexion_reps"` // total reps of flexion exercises
}

// Engine assesses against one library. It holds no other state.
type Engine struct {
	lib *exercise.Library
}

// New returns an engine for lib.
func New(lib *exercise.Library) *Engine { return &Engine{lib: lib} }

// Library is the library the engine reads.
func (e *Engine) Library() *exercise.Library { return e.lib }
