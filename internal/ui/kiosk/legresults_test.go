package kiosk

import (
	"fmt"
	"testing"
)

// A visitor answers "Yes" to pain, numbness or tingling below the knee,
// taps the ab-wheel rollout and checks it: the results said nothing about
// the answer, as the rule for leg symptoms raises none of what was chosen.
// They must say it changed nothing; and for a chosen exercise the rule
// raises, name it with the rule's source as a person reads it: the study
// for a straight-leg position, CoreCue's own caution for a crunch (the study
// speaks of straight-leg positions only).
func TestTheLegAnswerIsAccountedForInTheResults(t *testing.T) {
	for _, c := range []struct {
		exercise, want string
		source         bool
	}{
		{"Ab-wheel rollout", legChangedNone, false},
		{"Crunch", fmt.Sprintf(legRaised, "Crunch"), false}, // bending: CoreCue's own caution
		{"Lying leg raise", fmt.Sprintf(legRaised, "Lying leg raise"), true},
	} {
		k, _ := newKiosk(t)
		toPicker(t, k)
		press(t, k, "Yes")
		press(t, k, c.exercise)
		press(t, k, "Check my 1 exercise")
		if !shows(k, c.want) {
			t.Errorf("%s: the results do not say what the leg answer changed (%q)", c.exercise, c.want)
		}
		if got := shows(k, "Pesonen J et al. Extending the straight leg raise test"); got != c.source {
			t.Errorf("%s: the leg rule's source shown %v, want %v", c.exercise, got, c.source)
		}
		if shows(k, legChangedNone) && shows(k, "so these count as riskier") {
			t.Errorf("%s: the results say both that the answer changed nothing and that it raised exercises", c.exercise)
		}
	}
}
