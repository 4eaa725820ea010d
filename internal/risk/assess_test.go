package risk

import (
	"strings"
	"testing"
)

func TestEveryLibraryExerciseIsClassified(t *testing.T) {
	e := engine(t)
	for _, x := range e.Library().Exercises() {
		if l := e.BaseLevel(x.ID); l < Low || l > High {
			t.Errorf("%s: base level %s", x.ID, l)
		}
		for _, c := range contexts() {
			a := mustItem(t, e, Item{ExerciseID: x.ID}, c)
			if !a.Assessed() || len(a.Reasons) == 0 || a.Name != x.Name {
				t.Errorf("%s in %+v: %+v", x.ID, c, a)
			}
			if a.Level < a.BaseLevel {
				t.Errorf("%s: a modifier lowered the level", x.ID)
			}
		}
	}
}

func TestEveryCitationResolves(t *testing.T) {
	e := engine(t)
	lib := e.Library()
	check := func(where string, ev []string) {
		if len(ev) == 0 {
			t.Errorf("%s cites nothing", where)
		}
		for _, id := range ev {
			if _, ok := lib.Evidence(id); !ok {
				t.Errorf("%s cites unknown evidence %q", where, id)
			}
		}
	}
	for _, x := range lib.Exercises() {
		for _, c := range append(contexts(), Context{Pain: 6, FeltIt: []string{x.ID}}) {
			for _, it := range []Item{{ExerciseID: x.ID}, {ExerciseID: x.ID, Sets: 3, Reps: 20}, {ExerciseID: x.ID, Sets: 2, HoldSeconds: 30}} {
				a := mustItem(t, e, it, c)
				for _, r := range a.Reasons {
					check(x.ID+" reason "+r.Rule, r.Evidence)
				}
				for _, m := range a.Modifiers {
					check(x.ID+" modifier "+m.ID, m.Evidence)
				}
				for _, n := range a.Notes {
					check(x.ID+" note "+n.Rule, n.Evidence)
				}
			}
		}
	}
	for _, f := range RedFlags() {
		check("red flag "+f.ID, f.Evidence)
	}
}

func TestLegRaisesHighDeadBugLow(t *testing.T) {
	e := engine(t)
	for _, pain := range []int{2, 5} {
		c := Context{Pain: pain}
		for _, id := range []string{"leg-raise", "hanging-leg-raise", "flutter-kicks", "sit-up", "crunch", "v-up", "superman", "russian-twist"} {
			if a := mustItem(t, e, Item{ExerciseID: id}, c); a.Level != High {
				t.Errorf("%s with pain %d: %s, want high", id, pain, a.Level)
			}
		}
		for _, id := range []string{"dead-bug", "bird-dog", "front-plank", "side-bridge-knees", "stomach-vacuum", "pallof-press", "glute-bridge"} {
			if a := mustItem(t, e, Item{ExerciseID: id}, c); a.Level != Low {
				t.Errorf("%s with pain %d: %s, want low", id, pain, a.Level)
			}
		}
	}
	if a := mustItem(t, e, Item{ExerciseID: "dead-bug"}, Context{Pain: 5, LegSymptoms: true, Morning: true}); a.Level != Low {
		t.Errorf("dead bug with every context flag: %s", a.Level)
	}
}

// Every listed alternative must be safer than what it replaces, for a person
// without pain and for people with back pain.
func TestAlternativesAreSafer(t *testing.T) {
	e := engine(t)
	lib := e.Library()
	for _, c := range []Context{{}, {Pain: 2}, {Pain: 5}} {
		for _, x := range lib.Exercises() {
			a := mustItem(t, e, Item{ExerciseID: x.ID}, c)
			if e.BaseLevel(x.ID) > Low && len(a.Alternatives) != len(x.Alternatives) {
				t.Errorf("pain %d: %s (%s) keeps %d of %d alternatives %v", c.Pain, x.ID, a.Level, len(a.Alternatives), len(x.Alternatives), x.Alternatives)
			}
			for i, alt := range a.Alternatives {
				if e.BaseLevel(x.ID) > Low && alt.ID != x.Alternatives[i] {
					t.Errorf("%s: alternative order changed", x.ID)
				}
				if alt.Level >= a.Level || alt.Level == NotAssessed {
					t.Errorf("pain %d: %s (%s) offers %s (%s)", c.Pain, x.ID, a.Level, alt.ID, alt.Level)
				}
			}
			if a.Level > Low && len(a.Alternatives) == 0 {
				t.Errorf("pain %d: %s is %s with no safer alternative", c.Pain, x.ID, a.Level)
			}
		}
	}
	// In any context, what is offered is lower than the exercise.
	for _, c := range contexts() {
		for _, x := range lib.Exercises() {
			a := mustItem(t, e, Item{ExerciseID: x.ID, Sets: 3, Reps: 15}, c)
			for _, alt := range a.Alternatives {
				if alt.Level >= a.Level {
					t.Errorf("%+v: %s offers %s at %s", c, x.ID, alt.ID, alt.Level)
				}
			}
		}
	}
}

func TestBadInput(t *testing.T) {
	e := engine(t)
	for _, c := range []Context{{Pain: -1}, {Pain: 11}} {
		if _, err := e.Exercise("dead-bug", c); err == nil || !strings.Contains(err.Error(), "pain") {
			t.Errorf("pain %d: err %v", c.Pain, err)
		}
		if _, err := e.Plan(nil, c); err == nil {
			t.Errorf("plan with pain %d accepted", c.Pain)
		}
	}
	for _, it := range []Item{{ExerciseID: "dead-bug", Sets: -1}, {ExerciseID: "dead-bug", Reps: -2}, {ExerciseID: "dead-bug", Reps: 5, HoldSeconds: 5}} {
		if _, err := e.Item(it, Context{}); err == nil {
			t.Errorf("%+v accepted", it)
		}
	}
	if _, err := e.Plan([]Item{{ExerciseID: "dead-bug", Reps: 1}, {ExerciseID: "x", HoldSeconds: -1}}, Context{}); err == nil || !strings.HasPrefix(err.Error(), "item 2") {
		t.Errorf("plan error %v should name item 2", err)
	}
}

func TestLevelText(t *testing.T) {
	for _, l := range []Level{NotAssessed, Low, Moderate, High} {
		b, err := l.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseLevel(string(b))
		if err != nil || back != l {
			t.Errorf("%s round trip: %v %v", l, back, err)
		}
	}
	if _, err := ParseLevel("safe"); err == nil {
		t.Error(`"safe" parsed as a level`)
	}
	if raise(High) != High || raise(NotAssessed) != NotAssessed || raise(Low) != Moderate {
		t.Error("raise must cap at high and leave not assessed alone")
	}
}
