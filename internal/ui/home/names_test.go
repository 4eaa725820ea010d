package home

import (
	"encoding/json"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/store"
)

// storedHold is the hold of the one stored drill named like name.
func storedHold(t *testing.T, st *store.Store, name string) (string, int) {
	t.Helper()
	rows, err := st.Drills()
	if err != nil {
		t.Fatal(err)
	}
	hold, n := "", 0
	for _, r := range rows {
		if store.NameKey(r.Name) == store.NameKey(name) {
			n++
			_, rest, _ := strings.Cut(string(r.JSON), `"hold_s":`)
			hold, _, _ = strings.Cut(rest, ",")
		}
	}
	return hold, n
}

// A person saves "Evening vacuum", starts a new drill, gives it the same
// name (typed in lower case with a double space) and saves: CoreCue asks
// before the first one is replaced, and the pickers show it once.
func TestANewDrillWithAnExistingNameAsksBeforeReplacing(t *testing.T) {
	h, st := newHome(t, Options{})
	e := h.Drills
	e.Name.SetText("Evening vacuum")
	e.Hold.SetText("20")
	test.Tap(e.Save)
	if hold, n := storedHold(t, st, "Evening vacuum"); hold != "20" || n != 1 {
		t.Fatalf("first save: hold %q, %d rows (%s)", hold, n, e.Message.Text)
	}
	test.Tap(e.New)
	e.Name.SetText("evening  vacuum")
	e.Hold.SetText("5")
	test.Tap(e.Save)
	if e.Asking() == nil {
		t.Fatal("saving under an existing name did not ask")
	}
	if hold, n := storedHold(t, st, "Evening vacuum"); hold != "20" || n != 1 {
		t.Fatalf("replaced without asking: hold %q, %d rows", hold, n)
	}
	e.Asking().Dismiss()
	if hold, _ := storedHold(t, st, "Evening vacuum"); hold != "20" || !strings.Contains(e.Message.Text, "Not saved") {
		t.Fatalf("cancel: hold %q, message %q", hold, e.Message.Text)
	}
	test.Tap(e.Save)
	e.Asking().Confirm()
	if hold, n := storedHold(t, st, "Evening vacuum"); hold != "5" || n != 1 {
		t.Fatalf("replace: hold %q, %d rows", hold, n)
	}
	// Editing the drill that is open and saving it under its own name asks nothing.
	e.Hold.SetText("6")
	test.Tap(e.Save)
	if e.Asking() != nil {
		t.Fatal("saving the open drill asked to replace itself")
	}
	if hold, n := storedHold(t, st, "Evening vacuum"); hold != "6" || n != 1 {
		t.Fatalf("re-save: hold %q, %d rows", hold, n)
	}
	assertDistinct(t, h.Practice.Picker.Options)
}

// Drills stored before names were checked (a saved "Vacuum" beside the
// built-in one, two spellings of one name) each get an entry that reads
// differently.
func TestPickersNeverShowTwoEntriesThatLookTheSame(t *testing.T) {
	h, st := newHome(t, Options{})
	for _, name := range []string{"Vacuum", "Slow", "slow "} {
		d := breath.Vacuum(10)
		d.Name = name
		if err := (drillStore{st}).st.SaveDrill(store.Drill{Name: name, JSON: mustJSON(t, d)}); err != nil {
			t.Fatal(err)
		}
	}
	h.Practice.Reload()
	assertDistinct(t, h.Practice.Picker.Options)
	for _, name := range []string{"Evening", "evening", "EVENING  "} {
		if _, err := st.CreatePlan(plan.Plan{Name: name, Items: []plan.Item{}}); err != nil {
			t.Fatal(err)
		}
	}
	h.plan().Plans.Open(0)
	assertDistinct(t, h.plan().Plans.Picker.Options)
}

func assertDistinct(t *testing.T, options []string) {
	t.Helper()
	seen := map[string]string{}
	for _, o := range options {
		if prev, ok := seen[store.NameKey(o)]; ok {
			t.Fatalf("%q and %q look the same in %q", prev, o, options)
		}
		seen[store.NameKey(o)] = o
	}
}

func mustJSON(t *testing.T, d breath.Drill) []byte {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
