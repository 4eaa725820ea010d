package plan

import (
	"fmt"

	"github.com/corecue/corecue/internal/exercise"
)

// Resolved is a plan item together with how its exercise text was matched
// in the library, so the UI or CLI can show "situps" → Sit-up (alias).
type Resolved struct {
	Item       Item
	Resolution exercise.Resolution
}

// Resolve matches every item's exercise text against lib (id, name, alias,
// then an unambiguous close match). Items keep their order; an item that
// matches nothing is kept with How == exercise.MatchNone.
func Resolve(p Plan, lib *exercise.Library) []Resolved {
	out := make([]Resolved, len(p.Items))
	for i, it := range p.Items {
		out[i] = Resolved{Item: it, Resolution: lib.Resolve(it.Exercise)}
	}
	return out
}

// ExerciseID is the matched library id, or "" when nothing matched.
func (r Resolved) ExerciseID() string {
	if !r.Resolution.Found() {
		return ""
	}
	return r.Resolution.ID
}

// Describe says how the text was resolved in one line, naming the exercise
// the way a person knows it: `"situps" → Sit-up (alias)`.
func (r Resolved) Describe() string {
	res := r.Resolution
	switch res.How {
	case exercise.MatchID:
		return fmt.Sprintf("%s (id)", res.Name)
	case exercise.MatchName:
		if res.Input == res.Name {
			return res.Name
		}
		return fmt.Sprintf("%q → %s (name)", res.Input, res.Name)
	case exercise.MatchAlias:
		// "bicycles" is the name's own start, not an alias to point out.
		if !res.ByOtherName() {
			return fmt.Sprintf("%q → %s (name)", res.Input, res.Name)
		}
		return fmt.Sprintf("%q → %s (alias)", res.Input, res.Name)
	case exercise.MatchClose:
		return fmt.Sprintf("%q → %s (close match to %q: check this is what you meant)", res.Input, res.Name, res.Matched)
	}
	return res.Describe()
}

// WithIDs returns a copy of p in which every item that resolved exactly
// (id, name or alias) names its exercise by id, with its variations in
// front ("weighted sit-up"), so a saved or exported plan
// keeps meaning the same exercise even if aliases change later. Close
// matches and unknown names are left as written: the person has not
// confirmed them.
func WithIDs(p Plan, rs []Resolved) Plan {
	out := Plan{Name: p.Name, Items: make([]Item, len(p.Items))}
	copy(out.Items, p.Items)
	for i := range out.Items {
		if i < len(rs) && rs[i].Resolution.Exact() && rs[i].Resolution.Found() {
			out.Items[i].Exercise = rs[i].Resolution.Canonical()
		}
	}
	return out
}
