package workout

import (
	"fmt"
	"slices"
	"strings"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/risk"
)

// FromPlan turns an assessed plan into items to play: the library's name and
// form cues, a flag line for anything above low risk (with its source), and
// the first safer alternative to swap to.
func FromPlan(a plan.Assessed) []Item {
	out := make([]Item, len(a.Resolved))
	for i, r := range a.Resolved {
		it := Item{Name: r.Item.Exercise, Sets: r.Item.Sets, Reps: r.Item.Reps,
			HoldSeconds: r.Item.HoldSeconds, RestSeconds: r.Item.RestSeconds}
		if id := r.ExerciseID(); id != "" {
			// The variations stay with the item: they change its level, so
			// "felt it" must assess the exercise as it is done.
			it.ExerciseID, it.Variations = id, slices.Clone(r.Resolution.Variations)
			if ex, ok := a.Library.Get(id); ok {
				it.Name, it.FormCues = exercise.VariedName(ex.Name, it.Variations), ex.FormCues
			}
		}
		if i < len(a.Result.Items) {
			as := a.Result.Items[i]
			it.Flag = flagLine(as)
			if len(as.Alternatives) > 0 {
				it.AltID, it.AltName = as.Alternatives[0].ID, as.Alternatives[0].Name
			}
		}
		out[i] = it
	}
	return out
}

// AltItem is the item's safer alternative at the item's dose, ready to swap in.
func AltItem(it Item, lib *exercise.Library) Item {
	alt := Item{ExerciseID: it.AltID, Name: it.AltName, Sets: it.Sets, Reps: it.Reps,
		HoldSeconds: it.HoldSeconds, RestSeconds: it.RestSeconds}
	if ex, ok := lib.Get(it.AltID); ok {
		alt.FormCues = ex.FormCues
	}
	return alt
}

func flagLine(a risk.Assessment) string {
	switch a.Level {
	case risk.Moderate, risk.High:
	case risk.NotAssessed:
		return "Not assessed: not in the exercise library. Ask your clinician."
	default:
		return ""
	}
	// The reason is the last modifier that raised the level. One that found
	// it already at the top would say "raised one level" untruly: the
	// person's own report is then worded for a level that stays, and other
	// modifiers give way to the exercise's own reason.
	why, src := "", []string(nil)
	for _, m := range a.Modifiers {
		switch {
		case m.To > m.From:
			why, src = m.Text, m.Evidence
		case m.ID == risk.ModFeltIt:
			why, src = "You reported feeling this exercise in your back; it stays at the highest level until a clinician says otherwise.", m.Evidence
		}
	}
	if why == "" && len(a.Reasons) > 0 {
		why, src = a.Reasons[0].Text, a.Reasons[0].Evidence
	}
	line := fmt.Sprintf("%s risk for your back", capital(a.Level.String()))
	if why != "" {
		line += ": " + why
	}
	if len(src) > 0 {
		line += " [" + strings.Join(src, ", ") + "]"
	}
	return line
}

func capital(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
