package risk

import (
	"slices"
	"testing"
)

// TestWordsAreTheTextAndComeFromTexts assesses every exercise of the library
// with every variation it lists, in contexts that fire every modifier, in a
// plan with long holds and an unknown item: each reason, modifier and note
// carries Words whose English is its Text, built only of Texts' formats and
// library words, so a screen translating Words says what Text says.
func TestWordsAreTheTextAndComeFromTexts(t *testing.T) {
	e := engine(t)
	texts := Texts()
	lib := e.Library()
	var check func(where string, w Words)
	check = func(where string, w Words) {
		if len(w.Args) == 0 {
			if !slices.Contains(texts, w.Format) && !libraryWord(e, w.Format) {
				t.Errorf("%s: %q is neither in Texts nor the library's or a level's word", where, w.Format)
			}
			return
		}
		if !slices.Contains(texts, w.Format) {
			t.Errorf("%s: the format %q is not in Texts", where, w.Format)
		}
		for _, a := range w.Args {
			if sub, ok := a.(Words); ok {
				check(where, sub)
			}
		}
	}
	seen := map[string]bool{}
	look := func(a Assessment) {
		for _, r := range a.Reasons {
			if r.Words.String() != r.Text {
				t.Errorf("%s %s: Words say %q, Text %q", a.ExerciseID, r.Rule, r.Words.String(), r.Text)
			}
			check(a.ExerciseID+" "+r.Rule, r.Words)
			seen[r.Rule] = true
		}
		for _, m := range a.Modifiers {
			if m.Words.String() != m.Text {
				t.Errorf("%s %s: Words say %q, Text %q", a.ExerciseID, m.Rule, m.Words.String(), m.Text)
			}
			check(a.ExerciseID+" "+m.Rule, m.Words)
			seen[m.Rule] = true
		}
		for _, n := range a.Notes {
			if n.Words.String() != n.Text {
				t.Errorf("%s %s: Words say %q, Text %q", a.ExerciseID, n.Rule, n.Words.String(), n.Text)
			}
			check(a.ExerciseID+" "+n.Rule, n.Words)
			seen[n.Rule] = true
		}
	}
	contexts := []Context{{}, {Pain: 5, LegSymptoms: true, Morning: true}, {Pain: 8, FeltIt: lib.IDs()}}
	var items []Item
	for _, id := range lib.IDs() {
		ex, _ := lib.Get(id)
		for _, c := range contexts {
			look(mustItem(t, e, Item{ExerciseID: id, Reps: 20}, c))
			look(mustItem(t, e, Item{ExerciseID: id, HoldSeconds: 30}, c))
			for _, v := range ex.Variations {
				look(mustItem(t, e, Item{ExerciseID: id, Variations: []string{v}}, c))
			}
		}
		items = append(items, Item{ExerciseID: id, Sets: 3, Reps: 10})
	}
	items = append(items, Item{ExerciseID: "front-plank", HoldSeconds: 40}, Item{ExerciseID: "side-plank", HoldSeconds: 40}, Item{ExerciseID: "no-such-thing"})
	pa, err := e.Plan(items, Context{Pain: 3})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range pa.Items {
		look(a)
	}
	look(Assessment{ExerciseID: "plan", Notes: pa.Notes})
	noCore, err := e.Plan([]Item{{ExerciseID: "sit-up"}}, Context{})
	if err != nil {
		t.Fatal(err)
	}
	look(Assessment{ExerciseID: "plan", Notes: noCore.Notes})
	for _, rule := range []string{RuleFlexion, RuleFigure, RuleUnknown, RulePain, RuleVolume, RuleFeltIt, RuleSeverePain, RuleLongHold, RuleStartWith, RulePlanLongHolds, RulePlanUnknown, RulePlanFlexionReps, RulePlanNoCore, RuleWeighted} {
		if !seen[rule] {
			t.Errorf("no assessment fired %s: the test no longer checks its words", rule)
		}
	}
}

// libraryWord reports whether s is a name or figure's quantity of the
// library, or a level's name: words a screen looks up as they are.
func libraryWord(e *Engine, s string) bool {
	for l := NotAssessed; l <= High; l++ {
		if l.String() == s {
			return true
		}
	}
	for _, id := range e.Library().IDs() {
		ex, _ := e.Library().Get(id)
		if ex.Name == s {
			return true
		}
		for _, f := range ex.Figures {
			if f.Quantity == s {
				return true
			}
		}
	}
	return false
}
