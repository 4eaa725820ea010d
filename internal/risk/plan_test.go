package risk

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func testPlanNoCore(t *testing.T) {
	e := engine(t)
	without := mustPlan(t, e, []Item{{ExerciseID: "dead-bug", Sets: 2, Reps: 8}}, Context{})
	if !hasNote(without.Notes, RulePlanNoCore) {
		t.Errorf("plan without a core drill: %+v", without.Notes)
	}
	for _, id := range []string{"stomach-vacuum", "abdominal-brace"} {
		with := mustPlan(t, e, []Item{{ExerciseID: "dead-bug", Sets: 2, Reps: 8}, {ExerciseID: id, Sets: 1, Reps: 10}}, Context{})
		if hasNote(with.Notes, RulePlanNoCore) {
			t.Errorf("plan with %s still noted: %+v", id, with.Notes)
		}
	}
}

func testPlanFlexionReps(t *testing.T) {
	e := engine(t)
	// 3 × 10 crunches + 2 × 10 reverse crunches = 50: at the limit.
	at := []Item{{ExerciseID: "crunch", Sets: 3, Reps: 10}, {ExerciseID: "reverse-crunch", Sets: 2, Reps: 10}, {ExerciseID: "bird-dog", Sets: 5, Reps: 10}}
	pa := mustPlan(t, e, at, Context{})
	if pa.FlexionReps != 50 || hasNote(pa.Notes, RulePlanFlexionReps) {
		t.Errorf("at the limit: %d reps, notes %+v", pa.FlexionReps, pa.Notes)
	}
	// One crunch more: over the limit. Curl-ups do not count toward the total
	// and are not raised by it: they are the swap the note suggests.
	over := append(at, Item{ExerciseID: "crunch", Sets: 1, Reps: 1}, Item{ExerciseID: "mcgill-curl-up", Sets: 3, Reps: 10})
	pa = mustPlan(t, e, over, Context{})
	if pa.FlexionReps != 51 || !hasNote(pa.Notes, RulePlanFlexionReps) {
		t.Errorf("over the limit: %d reps, notes %+v", pa.FlexionReps, pa.Notes)
	}
	if _, ok := findMod(pa.Items[3].Modifiers, ModVolume); !ok {
		t.Errorf("crunch in an over-limit plan not raised: %+v", pa.Items[3])
	}
	if curl := pa.Items[4]; curl.Level != Low {
		t.Errorf("curl-up in an over-limit plan: %+v", curl)
	}
	if _, ok := findMod(pa.Items[2].Modifiers, ModVolume); ok {
		t.Error("bird dog (no flexion) raised by the plan's flexion total")
	}
}

func testPlanLongHolds(t *testing.T) {
	e := engine(t)
	pa := mustPlan(t, e, []Item{{ExerciseID: "front-plank", Sets: 2, HoldSeconds: 45}, {ExerciseID: "bird-dog", Sets: 2, HoldSeconds: 10}}, Context{})
	var n Note
	for _, x := range pa.Notes {
		if x.Rule == RulePlanLongHolds {
			n = x
		}
	}
	if !strings.Contains(n.Text, "Front plank 45 s") || strings.Contains(n.Text, "Bird dog") {
		t.Errorf("long-hold note: %+v", pa.Notes)
	}
	pa = mustPlan(t, e, []Item{{ExerciseID: "front-plank", Sets: 2, HoldSeconds: 10}}, Context{})
	if hasNote(pa.Notes, RulePlanLongHolds) {
		t.Errorf("10 s holds noted: %+v", pa.Notes)
	}
}

func testPlanUnknown(t *testing.T) {
	e := engine(t)
	pa := mustPlan(t, e, []Item{{ExerciseID: "burpee", Sets: 1, Reps: 5}, {ExerciseID: "dead-bug", Sets: 1, Reps: 5}}, Context{})
	if !hasNote(pa.Notes, RulePlanUnknown) || pa.Items[0].Level != NotAssessed || pa.Level != Low {
		t.Errorf("plan with an unknown item: level %s notes %+v", pa.Level, pa.Notes)
	}
	if empty := mustPlan(t, e, nil, Context{}); empty.Level != NotAssessed || len(empty.Items) != 0 {
		t.Errorf("empty plan: %+v", empty)
	}
}

func TestPlanLevelIsTheHighestItem(t *testing.T) {
	e := engine(t)
	pa := mustPlan(t, e, []Item{{ExerciseID: "dead-bug", Sets: 1, Reps: 8}, {ExerciseID: "leg-raise", Sets: 1, Reps: 8}}, Context{})
	if pa.Level != High || pa.Items[0].ExerciseID != "dead-bug" || pa.Items[1].ExerciseID != "leg-raise" {
		t.Errorf("plan: %s, items in order %s %s", pa.Level, pa.Items[0].ExerciseID, pa.Items[1].ExerciseID)
	}
}

func TestDeterministic(t *testing.T) {
	e := engine(t)
	var items []Item
	for _, x := range e.Library().Exercises() {
		items = append(items, Item{ExerciseID: x.ID, Sets: 3, Reps: 12})
	}
	c := Context{Pain: 5, LegSymptoms: true, Morning: true, FeltIt: []string{"dead-bug", "crunch"}}
	first := mustPlan(t, e, items, c)
	want, _ := json.Marshal(first)
	for range 5 {
		again := mustPlan(t, New(e.Library()), items, c)
		got, _ := json.Marshal(again)
		if !reflect.DeepEqual(first, again) || string(got) != string(want) {
			t.Fatal("the same plan and context gave a different assessment")
		}
	}
}

func TestJSONShape(t *testing.T) {
	a := mustItem(t, engine(t), Item{ExerciseID: "sit-up", Sets: 3, Reps: 20}, Context{Pain: 5})
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	s := string(data)
	for _, want := range []string{`"level":"high"`, `"base_level":"high"`, `"rule":"B1"`, `"id":"pain"`, `"from":"high"`, `"alternatives":[{"id":"mcgill-curl-up"`} {
		if !strings.Contains(s, want) {
			t.Errorf("JSON lacks %s: %s", want, s)
		}
	}
	// Words, the text as the engine built it for the screens to translate,
	// is not part of the JSON: read back, a text is its English.
	for i := range a.Reasons {
		a.Reasons[i].Words = Words{}
	}
	for i := range a.Modifiers {
		a.Modifiers[i].Words = Words{}
	}
	for i := range a.Notes {
		a.Notes[i].Words = Words{}
	}
	var back Assessment
	if err := json.Unmarshal(data, &back); err != nil || !reflect.DeepEqual(back, a) {
		t.Errorf("round trip: %v", err)
	}
}
