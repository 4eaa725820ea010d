package risk

import (
	"fmt"
	"strings"

	"github.com/corecue/corecue/internal/exercise"
)

// Exercise assesses an exercise by id with no dose.
func (e *Engine) Exercise(id string, c Context) (Assessment, error) {
	return e.Item(Item{ExerciseID: id}, c)
}

// Item assesses one exercise with its dose in the person's context. An id
// the library does not know gives NotAssessed, never a low level.
func (e *Engine) Item(it Item, c Context) (Assessment, error) {
	if err := c.Validate(); err != nil {
		return Assessment{}, err
	}
	if err := it.validate(); err != nil {
		return Assessment{}, err
	}
	if err := e.checkItemVariations(it); err != nil {
		return Assessment{}, err
	}
	return e.item(it, c, 0), nil
}

// BaseLevel is an exercise's level from its attributes alone (NotAssessed
// when unknown).
func (e *Engine) BaseLevel(id string) Level {
	ex, ok := e.lib.Get(id)
	if !ok {
		return NotAssessed
	}
	lvl, _ := base(ex)
	return lvl
}

func (e *Engine) item(it Item, c Context, planFlexion int) Assessment {
	ex, ok := e.lib.Get(it.ExerciseID)
	if !ok {
		return Assessment{
			ExerciseID:   it.ExerciseID,
			Level:        NotAssessed,
			BaseLevel:    NotAssessed,
			Reasons:      []Reason{{Rule: RuleUnknown, Text: txtUnknown, Words: say(txtUnknown)}},
			Modifiers:    []Modifier{},
			Alternatives: []Alternative{},
			Notes:        []Note{},
		}
	}
	done, varied := vary(ex, it.Variations)
	lvl, reasons := base(done)
	vars := ordered(it.Variations)
	a := Assessment{ExerciseID: ex.ID, Name: exercise.VariedName(ex.Name, vars), BaseLevel: lvl,
		Reasons: append(reasons, varied...)}
	if len(vars) > 0 {
		a.Variations = vars
	}
	a.Level, a.Modifiers = modify(done, it, c, planFlexion, lvl)
	a.Notes = notes(ex, it, e.lib)
	a.Alternatives = e.alternatives(ex, c, a.Level)
	if len(varied) > 0 {
		// The exercise done plainly is the first swap when the variation made it riskier.
		plain, _ := base(ex)
		if pl, _ := modify(ex, Item{ExerciseID: ex.ID}, c, 0, plain); pl < a.Level {
			a.Alternatives = append([]Alternative{{ID: ex.ID, Name: ex.Name, Level: pl}}, a.Alternatives...)
		}
	}
	if a.Modifiers == nil {
		a.Modifiers = []Modifier{}
	}
	if a.Notes == nil {
		a.Notes = []Note{}
	}
	return a
}

// checkItemVariations refuses variations on an exercise that does not list
// them; an unknown exercise with variations is still only not assessed.
func (e *Engine) checkItemVariations(it Item) error {
	ex, ok := e.lib.Get(it.ExerciseID)
	if !ok {
		return nil
	}
	return checkVariations(ex, it.Variations)
}

// alternatives keeps the exercise's listed swaps, in their order, that come
// out lower than lvl for this person (assessed without a dose, so the swap is
// judged on the exercise itself).
func (e *Engine) alternatives(ex exercise.Exercise, c Context, lvl Level) []Alternative {
	out := []Alternative{}
	for _, id := range ex.Alternatives {
		alt, ok := e.lib.Get(id)
		if !ok {
			continue
		}
		al, _ := base(alt)
		al, _ = modify(alt, Item{ExerciseID: id}, c, 0, al)
		if al != NotAssessed && al < lvl {
			out = append(out, Alternative{ID: alt.ID, Name: alt.Name, Level: al})
		}
	}
	return out
}

// Plan assesses every item and adds plan-level notes. Items keep their order.
func (e *Engine) Plan(items []Item, c Context) (PlanAssessment, error) {
	if err := c.Validate(); err != nil {
		return PlanAssessment{}, err
	}
	flexReps := 0
	for i, it := range items {
		if err := it.validate(); err != nil {
			return PlanAssessment{}, fmt.Errorf("item %d: %w", i+1, err)
		}
		if err := e.checkItemVariations(it); err != nil {
			return PlanAssessment{}, fmt.Errorf("item %d: %w", i+1, err)
		}
		if ex, ok := e.lib.Get(it.ExerciseID); ok && bendsRepeatedly(ex.Attributes) {
			flexReps += it.sets() * it.Reps
		}
	}
	pa := PlanAssessment{Level: NotAssessed, Items: make([]Assessment, 0, len(items)), Notes: []Note{}, FlexionReps: flexReps}
	core := false
	var long []Words
	var unknown []string
	for _, it := range items {
		a := e.item(it, c, flexReps)
		pa.Items = append(pa.Items, a)
		pa.Level = max(pa.Level, a.Level)
		ex, ok := e.lib.Get(it.ExerciseID)
		if !ok {
			unknown = append(unknown, fmt.Sprintf("%q", it.ExerciseID))
			continue
		}
		core = core || ex.CoreEngagement
		if it.HoldSeconds > HoldLimit {
			long = append(long, say(txtPlanHold, text(ex.Name), it.HoldSeconds))
		}
	}
	if !core {
		pa.Notes = append(pa.Notes, note(RulePlanNoCore, say(txtPlanNoCore), "bystrom-2013", "grenier-mcgill-2007"))
	}
	if flexReps > PlanFlexionReps {
		pa.Notes = append(pa.Notes, note(RulePlanFlexionReps, say(txtPlanFlexion, flexReps, PlanFlexionReps), "callaghan-mcgill-2001", "vandieen-1998"))
	}
	if len(long) > 0 {
		pa.Notes = append(pa.Notes, note(RulePlanLongHolds, say(txtPlanLongHolds, joined(txtList, long), HoldLimit), "vandieen-1998", "corecue-rules"))
	}
	if len(unknown) > 0 {
		pa.Notes = append(pa.Notes, note(RulePlanUnknown, say(txtPlanUnknown, strings.Join(unknown, ", "))))
	}
	return pa, nil
}
