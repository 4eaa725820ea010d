package drills

import (
	"errors"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/breath"
)

// memStore keeps drills in a map, standing in for the SQLite store in UI tests.
type memStore struct {
	m    map[string]breath.Drill
	fail error
}

func (s *memStore) ListDrills() ([]breath.Drill, error) {
	var out []breath.Drill
	for _, d := range s.m {
		out = append(out, d)
	}
	return out, nil
}
func (s *memStore) SaveDrill(d breath.Drill) error {
	if s.fail != nil {
		return s.fail
	}
	s.m[d.Name] = d
	return nil
}
func (s *memStore) DeleteDrill(n string) error { delete(s.m, n); return nil }

func newEditor(t *testing.T) (*Editor, *memStore) {
	a := test.NewTempApp(t)
	st := &memStore{m: map[string]breath.Drill{}}
	e := NewEditor(st, a.NewWindow("t"))
	return e, st
}

func TestSaveAValidCustomDrill(t *testing.T) {
	e, st := newEditor(t)
	reloaded := false
	e.OnSaved = func() { reloaded = true }
	test.Type(e.Name, "Slow holds")
	e.Hold.SetText("12.5")
	e.Reps.SetText("8")
	test.Tap(e.Save)
	d, ok := st.m["Slow holds"]
	if !ok || d.Hold != 12500*time.Millisecond || d.Reps != 8 || !reloaded {
		t.Fatalf("saved %+v ok=%v reloaded=%v msg=%q", d, ok, reloaded, e.Message.Text)
	}
	if e.List.Length() != 1 {
		t.Fatalf("list shows %d", e.List.Length())
	}
}

func TestBadValuesNameTheFieldAndSaveNothing(t *testing.T) {
	cases := []struct {
		field, value, want string
	}{
		{"hold", "-3", "hold"},
		{"hold", "2.3", "0.5 s steps"},
		{"inhale", "NaN", "inhale"},
		{"exhale", "abc", "exhale"},
		{"reps", "101", "reps"},
		{"reps", "0", "reps"},
		{"name", "", "name"},
	}
	for _, c := range cases {
		e, st := newEditor(t)
		e.Name.SetText("Mine")
		map[string]func(string){
			"hold": e.Hold.SetText, "inhale": e.Inhale.SetText, "exhale": e.Exhale.SetText,
			"reps": e.Reps.SetText, "name": e.Name.SetText,
		}[c.field](c.value)
		test.Tap(e.Save)
		if len(st.m) != 0 {
			t.Errorf("%s=%q saved", c.field, c.value)
		}
		if !strings.Contains(e.Message.Text, c.want) || !strings.HasPrefix(e.Message.Text, "Not saved") {
			t.Errorf("%s=%q: message %q", c.field, c.value, e.Message.Text)
		}
	}
}

func TestPresetNamesAndStoreErrorsAreRefused(t *testing.T) {
	e, st := newEditor(t)
	e.Name.SetText("vacuum 10")
	test.Tap(e.Save)
	if len(st.m) != 0 || !strings.Contains(e.Message.Text, "built-in") {
		t.Fatalf("preset name: %q", e.Message.Text)
	}
	st.fail = errors.New("disk full")
	e.Name.SetText("Mine")
	test.Tap(e.Save)
	if !strings.Contains(e.Message.Text, "disk full") {
		t.Fatalf("store error: %q", e.Message.Text)
	}
}

func TestDeleteRemovesTheDrill(t *testing.T) {
	e, st := newEditor(t)
	st.m["Mine"] = breath.Vacuum(5)
	e.Reload()
	e.DeleteNamed("Mine")
	if len(st.m) != 0 || e.List.Length() != 0 {
		t.Fatal("not deleted")
	}
}

// The person opens My drills with nothing saved: Delete was offered (and
// asked to delete the name typed). It is greyed until a saved drill is
// chosen, deletes that one, and is greyed again after it and on New drill.
func TestDeleteOnlyForASavedDrillChosen(t *testing.T) {
	e, st := newEditor(t)
	if !e.Delete.Disabled() {
		t.Fatal("Delete enabled with no saved drill")
	}
	test.Type(e.Name, "Mine")
	test.Tap(e.Save)
	if e.Delete.Disabled() {
		t.Fatal("Delete greyed for the drill just saved")
	}
	test.Tap(e.New)
	if !e.Delete.Disabled() {
		t.Fatal("Delete enabled on a new, unsaved drill")
	}
	e.List.Select(0)
	if e.Delete.Disabled() {
		t.Fatal("Delete greyed with a saved drill chosen")
	}
	e.DeleteNamed("Mine")
	if !e.Delete.Disabled() || len(st.m) != 0 {
		t.Fatalf("after deleting: Delete enabled %v, saved %v", !e.Delete.Disabled(), st.m)
	}
}
