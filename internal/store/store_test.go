package store

import (
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/corecue/corecue/internal/plan"
)

func open(t *testing.T, dir string) *Store {
	t.Helper()
	s, n, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !n.Empty() {
		t.Fatalf("unexpected notice: %s", n.Message)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

var core = plan.Plan{Name: "Core basics", Items: []plan.Item{
	{Exercise: "vacuum", Sets: 1, Reps: 10, RestSeconds: 30},
	{Exercise: "bird-dog", Sets: 3, HoldSeconds: 8, RestSeconds: 20},
}}

func TestDefaultDir(t *testing.T) {
	t.Setenv("CORECUE_HOME", "/kiosk/data")
	t.Setenv("XDG_CONFIG_HOME", "/xdg")
	if d, _ := DefaultDir(); d != "/kiosk/data" {
		t.Errorf("CORECUE_HOME ignored: %s", d)
	}
	t.Setenv("CORECUE_HOME", "")
	if d, _ := DefaultDir(); d != "/xdg/fyne/org.corecue.CoreCue" {
		t.Errorf("XDG_CONFIG_HOME: %s", d)
	}
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("HOME", "/home/ann")
	if d, _ := DefaultDir(); d != "/home/ann/.config/fyne/org.corecue.CoreCue" {
		t.Errorf("home fallback: %s", d)
	}
}

func TestMigrateFromEmptyAndReopen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "not", "yet", "there")
	s, n, err := Open(dir)
	if err != nil || !n.Empty() {
		t.Fatalf("open: %v %q", err, n.Message)
	}
	if v, err := s.Version(); err != nil || v != SchemaVersion {
		t.Fatalf("version %d %v, want %d", v, err, SchemaVersion)
	}
	id, err := s.CreatePlan(core)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SavePerson(Person{Pain: 5, LegSymptoms: true}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := os.Stat(filepath.Join(dir, FileName)); err != nil {
		t.Fatal(err)
	}

	s = open(t, dir)
	got, err := s.GetPlan(id)
	if err != nil || !reflect.DeepEqual(got, core) {
		t.Fatalf("after reopen: %+v %v", got, err)
	}
	if p, _ := s.Person(); p != (Person{Pain: 5, LegSymptoms: true}) {
		t.Fatalf("person after reopen: %+v", p)
	}
	if v, _ := s.Version(); v != SchemaVersion {
		t.Fatalf("reopen changed version to %d", v)
	}
}

func TestPartialMigrationResumes(t *testing.T) {
	// A database stopped at version 0 (say, created by hand) gets every step.
	dir := t.TempDir()
	db, err := sql.Open("sqlite", filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE unrelated (x)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s := open(t, dir)
	if v, _ := s.Version(); v != SchemaVersion {
		t.Fatalf("version %d", v)
	}
	if _, err := s.CreatePlan(core); err != nil {
		t.Fatal(err)
	}
}

func TestPlanCRUD(t *testing.T) {
	s := open(t, t.TempDir())
	if l, err := s.ListPlans(); err != nil || len(l) != 0 {
		t.Fatalf("fresh list: %v %v", l, err)
	}
	id, err := s.CreatePlan(core)
	if err != nil {
		t.Fatal(err)
	}
	id2, err := s.CreatePlan(plan.Plan{Name: "an empty one"})
	if err != nil {
		t.Fatal(err)
	}
	l, err := s.ListPlans()
	if err != nil || len(l) != 2 || l[0].Name != "an empty one" || l[1].ID != id || l[1].Items != 2 {
		t.Fatalf("list: %+v %v", l, err)
	}

	if err := s.RenamePlan(id, "Morning core"); err != nil {
		t.Fatal(err)
	}
	got, _ := s.GetPlan(id)
	if got.Name != "Morning core" || len(got.Items) != 2 {
		t.Fatalf("rename: %+v", got)
	}

	edited := core
	edited.Name = "Morning core"
	edited.Items = []plan.Item{{Exercise: "dead-bug", Sets: 2, Reps: 8}}
	if err := s.SavePlan(id, edited); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.GetPlan(id); !reflect.DeepEqual(got, edited) {
		t.Fatalf("save: %+v", got)
	}

	dup, err := s.DuplicatePlan(id, "")
	if err != nil {
		t.Fatal(err)
	}
	d, _ := s.GetPlan(dup)
	if d.Name != "Morning core (copy)" || !reflect.DeepEqual(d.Items, edited.Items) {
		t.Fatalf("duplicate: %+v", d)
	}
	// The copy is independent of the original.
	if err := s.SavePlan(dup, plan.Plan{Name: d.Name}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.GetPlan(id); len(got.Items) != 1 {
		t.Fatalf("editing the copy changed the original: %+v", got)
	}

	if err := s.DeletePlan(id); err != nil {
		t.Fatal(err)
	}
	if _, err := s.GetPlan(id); !errors.Is(err, ErrNotFound) {
		t.Fatalf("get deleted: %v", err)
	}
	var n int
	s.db.QueryRow(`SELECT COUNT(*) FROM plan_items WHERE plan_id = ?`, id).Scan(&n)
	if n != 0 {
		t.Fatalf("%d items of the deleted plan remain", n)
	}
	for _, err := range []error{s.DeletePlan(id), s.RenamePlan(id, "x"), s.SavePlan(id, core)} {
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("missing plan: %v", err)
		}
	}
	if _, err := s.DuplicatePlan(id, ""); !errors.Is(err, ErrNotFound) {
		t.Errorf("duplicate missing: %v", err)
	}
	if l, _ := s.ListPlans(); len(l) != 2 || l[0].ID != id2 {
		t.Fatalf("after delete: %+v", l)
	}
}

func TestPlanSaveIsAllOrNothing(t *testing.T) {
	s := open(t, t.TempDir())
	id, _ := s.CreatePlan(core)
	bad := plan.Plan{Name: "x", Items: []plan.Item{{Exercise: "plank", Sets: 99, HoldSeconds: 5}}}
	if err := s.SavePlan(id, bad); err == nil {
		t.Fatal("invalid plan saved")
	}
	if _, err := s.CreatePlan(bad); err == nil {
		t.Fatal("invalid plan created")
	}
	if err := s.RenamePlan(id, strings.Repeat("n", 101)); err == nil {
		t.Fatal("overlong name accepted")
	}
	// Force a failure half-way through the item inserts: the name change in
	// the same save must be rolled back with it.
	if _, err := s.db.Exec(`CREATE TRIGGER boom BEFORE INSERT ON plan_items
		WHEN NEW.exercise = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END`); err != nil {
		t.Fatal(err)
	}
	half := plan.Plan{Name: "Renamed", Items: []plan.Item{
		{Exercise: "plank", Sets: 1, HoldSeconds: 5}, {Exercise: "boom", Sets: 1, Reps: 1}}}
	if err := s.SavePlan(id, half); err == nil {
		t.Fatal("save did not fail")
	}
	if got, _ := s.GetPlan(id); !reflect.DeepEqual(got, core) {
		t.Fatalf("failed save left %+v", got)
	}
}

func TestDuplicateNameFitsLimit(t *testing.T) {
	s := open(t, t.TempDir())
	id, _ := s.CreatePlan(plan.Plan{Name: strings.Repeat("ж", 100)})
	dup, err := s.DuplicatePlan(id, "")
	if err != nil {
		t.Fatal(err)
	}
	p, _ := s.GetPlan(dup)
	if !strings.HasSuffix(p.Name, " (copy)") || len([]rune(p.Name)) != 100 {
		t.Fatalf("copy name %q", p.Name)
	}
}

func TestPerson(t *testing.T) {
	s := open(t, t.TempDir())
	if p, err := s.Person(); err != nil || p != (Person{}) {
		t.Fatalf("fresh: %+v %v", p, err)
	}
	want := Person{Pain: 7, LegSymptoms: true, Morning: true}
	if err := s.SavePerson(want); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.Person(); p != want {
		t.Fatalf("got %+v", p)
	}
	if err := s.SavePerson(Person{Pain: 2}); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.Person(); p != (Person{Pain: 2}) {
		t.Fatalf("overwrite: %+v", p)
	}
	for _, pain := range []int{-1, 11} {
		if err := s.SavePerson(Person{Pain: pain}); err == nil || !strings.Contains(err.Error(), "0-10") {
			t.Errorf("pain %d: %v", pain, err)
		}
	}
	if p, _ := s.Person(); p != (Person{Pain: 2}) {
		t.Fatalf("refused save changed %+v", p)
	}
}

func TestDrills(t *testing.T) {
	s := open(t, t.TempDir())
	a := Drill{Name: "Slow", JSON: []byte(`{"reps":10,"hold":15000000000}`)}
	b := Drill{Name: "again", JSON: []byte(`{"reps":5}`)}
	for _, d := range []Drill{a, b} {
		if err := s.SaveDrill(d); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Drills()
	if err != nil || !reflect.DeepEqual(got, []Drill{b, a}) {
		t.Fatalf("drills %+v %v", got, err)
	}
	a.JSON = []byte(`{"reps":20}`)
	if err := s.SaveDrill(a); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Drills(); len(got) != 2 || string(got[1].JSON) != `{"reps":20}` {
		t.Fatalf("replace: %+v", got)
	}
	if err := s.DeleteDrill("again"); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteDrill("again"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second delete: %v", err)
	}
	for _, d := range []Drill{{Name: "", JSON: []byte(`{}`)}, {Name: "x", JSON: []byte(`{`)}} {
		if err := s.SaveDrill(d); err == nil {
			t.Errorf("accepted %+v", d)
		}
	}
}

// Recovery tests.

func fixedClock(t *testing.T) {
	t.Helper()
	old := now
	now = func() time.Time { return time.Date(2026, 11, 25, 13, 15, 0, 0, time.UTC) }
	t.Cleanup(func() { now = old })
}

const asideName = FileName + ".corrupt-20261125-131500"

func recoverFrom(t *testing.T, dir string) (*Store, Notice) {
	t.Helper()
	s, n, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if n.Empty() {
		t.Fatal("no notice for a damaged database")
	}
	t.Log(n.Message)
	if strings.ContainsAny(n.Message, "\n") {
		t.Errorf("notice is not one line: %q", n.Message)
	}
	// The fresh database must work.
	if _, err := s.CreatePlan(core); err != nil {
		t.Fatalf("fresh database unusable: %v", err)
	}
	return s, n
}

func TestGarbageFileIsMovedAside(t *testing.T) {
	fixedClock(t)
	dir := t.TempDir()
	garbage := []byte(strings.Repeat("this is not a database\n", 300))
	os.WriteFile(filepath.Join(dir, FileName), garbage, 0o644)

	s, n := recoverFrom(t, dir)
	want := filepath.Join(dir, asideName)
	if n.MovedTo != want || !strings.Contains(n.Message, want) {
		t.Fatalf("notice %+v, want it to name %s", n, want)
	}
	if got, _ := os.ReadFile(want); string(got) != string(garbage) {
		t.Fatal("moved-aside file is not the original bytes")
	}
	if s.Path() != filepath.Join(dir, FileName) {
		t.Fatalf("fresh store at %q", s.Path())
	}
}

func TestTruncatedDatabaseIsMovedAside(t *testing.T) {
	fixedClock(t)
	dir := t.TempDir()
	s := open(t, dir)
	// Enough rows to span many pages, so truncation cuts real data.
	for i := 0; i < 60; i++ {
		p := core
		p.Name = strings.Repeat("p", 90)
		if _, err := s.CreatePlan(p); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	path := filepath.Join(dir, FileName)
	fi, _ := os.Stat(path)
	if fi.Size() < 8*4096 {
		t.Fatalf("database only %d bytes; the test needs several pages", fi.Size())
	}
	if err := os.Truncate(path, fi.Size()/2); err != nil {
		t.Fatal(err)
	}
	_, n := recoverFrom(t, dir)
	if n.MovedTo != filepath.Join(dir, asideName) {
		t.Fatalf("notice %+v", n)
	}
	if fi2, _ := os.Stat(n.MovedTo); fi2 == nil || fi2.Size() != fi.Size()/2 {
		t.Fatal("truncated file not kept as it was")
	}
}

func TestAFolderNamedLikeTheDatabaseIsLeftAlone(t *testing.T) {
	// A folder where the database file should be is not a database, and
	// not CoreCue's to move: it is named in the notice and left as it is.
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, FileName), 0o755)
	os.WriteFile(filepath.Join(dir, FileName, "keep.txt"), []byte("x"), 0o644)
	s, n, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if !strings.Contains(n.Message, "is a folder") || n.MovedTo != "" || s.Path() != "" {
		t.Fatalf("notice %+v, path %q", n, s.Path())
	}
	if _, err := os.Stat(filepath.Join(dir, FileName, "keep.txt")); err != nil {
		t.Fatalf("the folder was disturbed: %v", err)
	}
}

func TestUnusableFolderFallsBackToMemory(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	os.WriteFile(blocker, []byte("i am a file"), 0o644)
	s, n := recoverFrom(t, filepath.Join(blocker, "sub"))
	if s.Path() != "" || !strings.Contains(n.Message, "will not be kept") {
		t.Fatalf("path %q notice %q", s.Path(), n.Message)
	}
	if got, _ := os.ReadFile(blocker); string(got) != "i am a file" {
		t.Fatal("blocking file was touched")
	}
}

func TestMovedAsideNameDoesNotClobber(t *testing.T) {
	fixedClock(t)
	dir := t.TempDir()
	earlier := filepath.Join(dir, asideName)
	os.WriteFile(earlier, []byte("earlier rescue"), 0o644)
	os.WriteFile(earlier+"-2", []byte("second rescue"), 0o644)
	os.WriteFile(filepath.Join(dir, FileName), []byte("third garbage, same second"), 0o644)

	_, n := recoverFrom(t, dir)
	if n.MovedTo != earlier+"-3" {
		t.Fatalf("moved to %q", n.MovedTo)
	}
	for path, want := range map[string]string{
		earlier: "earlier rescue", earlier + "-2": "second rescue", earlier + "-3": "third garbage, same second",
	} {
		if got, _ := os.ReadFile(path); string(got) != want {
			t.Errorf("%s holds %q, want %q", filepath.Base(path), got, want)
		}
	}
}

// A database from a newer CoreCue was moved aside as "corrupt" and the app
// started empty, hiding the data from the newer app too. It is sound: it
// stays where it is, byte for byte, and this app runs without it.
func TestNewerSchemaIsLeftWhereItIs(t *testing.T) {
	fixedClock(t)
	dir := t.TempDir()
	s := open(t, dir)
	s.CreatePlan(core)
	s.db.Exec("PRAGMA user_version = 99")
	s.Close()
	path := filepath.Join(dir, FileName)
	before, _ := os.ReadFile(path)

	st, n, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if !strings.Contains(n.Message, "newer CoreCue") || strings.Contains(n.Message, "corrupt") ||
		strings.Contains(n.Message, "\n") || n.MovedTo != "" {
		t.Fatalf("notice %+v", n)
	}
	if st.Path() != "" {
		t.Fatal("the newer database was opened for this session")
	}
	if _, err := st.CreatePlan(core); err != nil {
		t.Fatalf("the session cannot work: %v", err)
	}
	st.Close()
	after, err := os.ReadFile(path)
	if err != nil || !reflect.DeepEqual(before, after) {
		t.Fatalf("the newer database was changed or moved: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("folder holds %v", entries)
	}
}

func TestFolderWithURICharacters(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "odd?name#1 %20")
	s := open(t, dir)
	if _, err := s.CreatePlan(core); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := os.Stat(filepath.Join(dir, FileName)); err != nil {
		t.Fatalf("database not where expected: %v", err)
	}
}

func TestFolderThatRefusesFilesFallsBackToMemory(t *testing.T) {
	// procfs exists but no file can be created in it, even by root.
	dir := "/proc/self"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("no /proc")
	}
	s, n := recoverFrom(t, dir)
	if s.Path() != "" || n.MovedTo != "" || !strings.Contains(n.Message, "will not be kept") {
		t.Fatalf("path %q notice %+v", s.Path(), n)
	}
}

func TestLockedDatabaseIsLeftInPlace(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	id, _ := s.CreatePlan(core)
	s.Close()
	// Another process holding an exclusive lock looks like this to us.
	other, err := sql.Open("sqlite", filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	other.SetMaxOpenConns(1)
	if _, err := other.Exec("PRAGMA locking_mode = EXCLUSIVE"); err != nil {
		t.Fatal(err)
	}
	if _, err := other.Exec("BEGIN EXCLUSIVE"); err != nil {
		t.Fatal(err)
	}
	old := busyTimeout
	busyTimeout = 0
	t.Cleanup(func() { busyTimeout = old })

	s2, n, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if n.MovedTo != "" || !strings.Contains(n.Message, "left untouched") || s2.Path() != "" {
		t.Fatalf("locked database: path %q notice %+v", s2.Path(), n)
	}
	other.Exec("ROLLBACK")
	other.Close()
	s3 := open(t, dir)
	if p, err := s3.GetPlan(id); err != nil || p.Name != core.Name {
		t.Fatalf("plan lost: %+v %v", p, err)
	}
}

func TestSavingADrillReplacesOneThatLooksTheSame(t *testing.T) {
	s, _, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, d := range []Drill{{"Evening vacuum", []byte(`{"hold_s":20}`)}, {"evening  VACUUM", []byte(`{"hold_s":5}`)}} {
		if err := s.SaveDrill(d); err != nil {
			t.Fatal(err)
		}
	}
	rows, err := s.Drills()
	if err != nil || len(rows) != 1 || rows[0].Name != "evening  VACUUM" || string(rows[0].JSON) != `{"hold_s":5}` {
		t.Fatalf("drills %q %v", rows, err)
	}
	if _, err := s.CreatePlan(plan.Plan{Name: "Evening", Items: []plan.Item{}}); err != nil {
		t.Fatal(err)
	}
	if n, err := s.FreePlanName("EVENING "); err != nil || n != "EVENING (2)" {
		t.Fatalf("free name %q %v", n, err)
	}
	id, _, _ := s.PlanNamed("evening")
	c, err := s.DuplicatePlan(id, "")
	if err != nil {
		t.Fatal(err)
	}
	c2, _ := s.DuplicatePlan(id, "")
	a, _ := s.GetPlan(c)
	b, _ := s.GetPlan(c2)
	if a.Name != "Evening (copy)" || b.Name != "Evening (copy) (2)" {
		t.Fatalf("copies %q %q", a.Name, b.Name)
	}
}

// BenchmarkOpenNew is the first start's database: created, checked and
// brought to the current schema.
func BenchmarkOpenNew(b *testing.B) {
	for b.Loop() {
		s, n, err := Open(b.TempDir())
		if err != nil || !n.Empty() {
			b.Fatal(err, n.Message)
		}
		s.Close()
	}
}
