package plan

import (
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/risk"
)

// Assessed is a plan resolved against the library and assessed in one
// person's context: what `corecue check`, the handout and the planner show.
// Result.Items[i] belongs to Resolved[i].
type Assessed struct {
	Plan     Plan
	Resolved []Resolved
	Context  risk.Context
	Result   risk.PlanAssessment
	Library  *exercise.Library
}

// Assess resolves p's items and runs the risk rules over the whole plan. An
// item that resolves to nothing is passed on by its text, so the engine
// reports it as not assessed under the name the person wrote.
func Assess(p Plan, lib *exercise.Library, c risk.Context) (Assessed, error) {
	a := Assessed{Plan: p, Resolved: Resolve(p, lib), Context: c, Library: lib}
	items := make([]risk.Item, len(a.Resolved))
	for i, r := range a.Resolved {
		id := r.ExerciseID()
		if id == "" {
			id = r.Item.Exercise
		}
		items[i] = risk.Item{ExerciseID: id, Sets: r.Item.Sets, Reps: r.Item.Reps, HoldSeconds: r.Item.HoldSeconds,
			Variations: r.Resolution.Variations}
	}
	var err error
	a.Result, err = risk.New(lib).Plan(items, c)
	if err != nil {
		return Assessed{}, err
	}
	return a, nil
}
