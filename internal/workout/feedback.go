package workout

import (
	"fmt"
	"slices"

	"github.com/corecue/corecue/internal/risk"
)

// Feedback is the outcome of "felt it in my back" for one exercise.
type Feedback struct {
	Before risk.Assessment   // the exercise as it was assessed
	After  risk.Assessment   // assessed again with the report: one level higher
	Offer  *risk.Alternative // the first safer alternative, nil when there is none
	Text   string            // what the screen says, with its source
}

// FeltIt applies the risk engine's feedback rule: the exercise is added to the
// person's felt-it list (returned, for storage), which raises it one level for
// them from now on, and its first alternative at the raised level is offered.
func FeltIt(e *risk.Engine, it risk.Item, c risk.Context) (Feedback, []string, error) {
	before, err := e.Item(it, c)
	if err != nil {
		return Feedback{}, nil, err
	}
	if !before.Assessed() {
		return Feedback{Before: before, After: before,
			Text: "Noted. This exercise is not in the library, so it cannot be raised: ask your clinician about it."}, c.FeltIt, nil
	}
	felt := c.FeltIt
	if !slices.Contains(felt, it.ExerciseID) {
		felt = append(slices.Clone(felt), it.ExerciseID)
	}
	c.FeltIt = felt
	after, err := e.Item(it, c)
	if err != nil {
		return Feedback{}, nil, err
	}
	fb := Feedback{Before: before, After: after}
	if after.Level > before.Level {
		fb.Text = fmt.Sprintf("Noted: %s is now flagged %s for you (it was %s), until a clinician says otherwise [self-report].",
			after.Name, after.Level, before.Level)
	} else {
		fb.Text = fmt.Sprintf("Noted: %s was already flagged %s for you, the highest level, and stays there until a clinician says otherwise [self-report].",
			after.Name, after.Level)
	}
	if len(after.Alternatives) > 0 {
		a := after.Alternatives[0]
		fb.Offer = &a
		fb.Text += fmt.Sprintf(" Try %s instead.", a.Name)
	}
	return fb, felt, nil
}
