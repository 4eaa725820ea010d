package store

import (
	"database/sql"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/history"
)

func newSession() history.Session {
	return history.Session{Kind: history.Workout,
		Started: time.Date(2026, 11, 20, 18, 30, 0, 0, time.Local), Name: "Core basics", PlanID: 0,
		PainBefore: 3, PainAfter: history.NoPain, VacuumPlanned: 10, VacuumHold: 10, Options: []byte(`{"tempo":true}`),
		Items: []history.Item{
			{Slot: 0, Exercise: "dead-bug", Name: "Dead bug", SetsPlanned: 2, RepsPlanned: 10, RestSeconds: 30},
			{Slot: 1, Exercise: "side-bridge-knees", Name: "Side bridge", SetsPlanned: 2, HoldPlanned: 20, RestSeconds: 15},
		},
	}
}

func TestSessionIsRecordedSetBySet(t *testing.T) {
	s := open(t, t.TempDir())
	id, err := s.BeginSession(newSession())
	if err != nil {
		t.Fatal(err)
	}
	steps := []error{
		s.RecordWarmUp(id, 10),
		s.RecordSet(id, 0, 10, 0, true),
		s.RecordSet(id, 0, 7, 0, true),
		s.MarkFeltIt(id, 0),
		s.SwapItem(id, 1, history.Item{Exercise: "bird-dog", Name: "Bird dog", SetsPlanned: 2, HoldPlanned: 20, RestSeconds: 15}),
		s.RecordSet(id, 1, 0, 20, true),
		s.EndSession(id, history.Finished, 2, true),
	}
	for i, err := range steps {
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	got, err := s.Session(id)
	if err != nil {
		t.Fatal(err)
	}
	want := newSession()
	want.ID, want.State, want.PainAfter, want.VacuumReps, want.HeldThroughout = id, history.Finished, 2, 10, true
	want.Items[0].SetsDone, want.Items[0].RepsDone, want.Items[0].FeltIt = 2, 17, true
	want.Items = append(want.Items, history.Item{Slot: 1, Exercise: "bird-dog", Name: "Bird dog", SetsPlanned: 2, HoldPlanned: 20,
		RestSeconds: 15, SetsDone: 1, HoldDone: 20})
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("stored\n%+v\nwant\n%+v", got, want)
	}
	list, err := s.Sessions()
	if err != nil || len(list) != 1 || list[0].ID != id {
		t.Fatalf("list %v %v", list, err)
	}
	if _, ok, _ := s.Unfinished(); ok {
		t.Fatal("a finished session is offered for resuming")
	}
}

// A crash mid-session: the process dies after some sets were recorded and
// never closes the session. The next start finds it with every recorded
// set, and can resume it or save it as partial.
func TestInterruptedSessionIsFoundWithItsSetsOnNextStart(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	id, err := s.BeginSession(newSession())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RecordSet(id, 0, 10, 0, true); err != nil {
		t.Fatal(err)
	}
	s.Close() // the crash: nothing else is written

	s2 := open(t, dir)
	got, ok, err := s2.Unfinished()
	if err != nil || !ok || got.ID != id || got.State != history.Running {
		t.Fatalf("unfinished %+v %v %v", got, ok, err)
	}
	if got.Items[0].SetsDone != 1 || got.Items[0].RepsDone != 10 || got.Items[1].SetsDone != 0 || string(got.Options) != `{"tempo":true}` {
		t.Fatalf("recorded progress lost: %+v", got.Items)
	}
	if list, _ := s2.Sessions(); len(list) != 0 {
		t.Fatal("a running session is listed in history")
	}
	// Resume: carry on recording in the same session.
	if err := s2.RecordSet(id, 0, 10, 0, true); err != nil {
		t.Fatal(err)
	}
	// Or save what there is as partial: it leaves the resume offer and joins history.
	if err := s2.EndSession(id, history.Partial, history.NoPain, false); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s2.Unfinished(); ok {
		t.Fatal("still offered after saving as partial")
	}
	list, _ := s2.Sessions()
	if len(list) != 1 || list[0].State != history.Partial || list[0].Items[0].SetsDone != 2 {
		t.Fatalf("history %+v", list)
	}
}

func TestSessionBadInputIsRefused(t *testing.T) {
	s := open(t, t.TempDir())
	bad := newSession()
	bad.PainBefore = 11
	if _, err := s.BeginSession(bad); err == nil || !strings.Contains(err.Error(), "pain before 11") {
		t.Fatalf("pain 11: %v", err)
	}
	bad = newSession()
	bad.Items[1].RepsPlanned = -2
	if _, err := s.BeginSession(bad); err == nil || !strings.Contains(err.Error(), "Side bridge") {
		t.Fatalf("negative reps: %v", err)
	}
	id, _ := s.BeginSession(newSession())
	if err := s.RecordSet(id, 0, -1, 0, true); err == nil {
		t.Fatal("negative reps recorded")
	}
	if err := s.RecordSet(id, 5, 1, 0, true); !errors.Is(err, ErrNotFound) {
		t.Fatalf("no such exercise: %v", err)
	}
	if err := s.EndSession(id, history.Finished, 12, false); err == nil {
		t.Fatal("pain after 12 accepted")
	}
	if err := s.EndSession(id, history.Running, 1, false); err == nil {
		t.Fatal("ending as running accepted")
	}
	if err := s.RecordWarmUp(999, 1); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown session: %v", err)
	}
}

func TestSessionEditAndDelete(t *testing.T) {
	s := open(t, t.TempDir())
	id, _ := s.BeginSession(newSession())
	s.EndSession(id, history.Finished, 4, false)
	ses, _ := s.Session(id)
	ses.PainAfter = 1
	ses.Items = ses.Items[:1]
	ses.Items[0].RepsDone = 18
	if err := s.UpdateSession(ses); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Session(id)
	if got.PainAfter != 1 || len(got.Items) != 1 || got.Items[0].RepsDone != 18 {
		t.Fatalf("edit not kept: %+v", got)
	}
	bad := got
	bad.PainAfter = 11
	if err := s.UpdateSession(bad); err == nil {
		t.Fatal("edit to pain 11 accepted")
	}
	if again, _ := s.Session(id); again.PainAfter != 1 {
		t.Fatal("refused edit changed the record")
	}
	if err := s.DeleteSession(id); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Session(id); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleted session still there: %v", err)
	}
	var n int
	s.db.QueryRow(`SELECT COUNT(*) FROM session_items`).Scan(&n)
	if n != 0 {
		t.Fatalf("%d orphan exercises", n)
	}
	if err := s.DeleteSession(id); !errors.Is(err, ErrNotFound) {
		t.Fatalf("second delete: %v", err)
	}
}

func TestFeltItListPersists(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	for _, id := range []string{"crunch", "dead-bug", "crunch"} {
		if err := s.SetFeltIt(id, true); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	s = open(t, dir)
	got, err := s.FeltIt()
	if err != nil || len(got) != 2 {
		t.Fatalf("felt %v %v", got, err)
	}
	s.SetFeltIt("crunch", false)
	if got, _ := s.FeltIt(); len(got) != 1 || got[0] != "dead-bug" {
		t.Fatalf("after removing: %v", got)
	}
	if err := s.SetFeltIt("", true); err == nil {
		t.Fatal("empty id accepted")
	}
}

// A database made by the first release (schema 1) keeps its plans and gains
// the session tables.
func TestVersionOneDatabaseGainsSessions(t *testing.T) {
	dir := t.TempDir()
	db, err := sql.Open("sqlite", filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{migrations[0], `INSERT INTO plans (name, created, updated) VALUES ('Old', 1, 1)`, `PRAGMA user_version = 1`} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	s := open(t, dir)
	if v, _ := s.Version(); v != SchemaVersion {
		t.Fatalf("version %d", v)
	}
	if ps, _ := s.ListPlans(); len(ps) != 1 || ps[0].Name != "Old" {
		t.Fatalf("plans %v", ps)
	}
	if _, err := s.BeginSession(newSession()); err != nil {
		t.Fatal(err)
	}
}

// A database of the second schema (sessions, before drills and kept swaps)
// upgrades: its workouts keep their exercises in their places, read as
// workouts, and take swaps and drills afterwards.
func TestVersionTwoDatabaseUpgradesItsSessions(t *testing.T) {
	dir := t.TempDir()
	db, err := sql.Open("sqlite", filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{migrations[0], migrations[1],
		`INSERT INTO sessions (started, plan_name, pain_before, pain_after, warmup_planned, warmup_reps, warmup_hold,
			held_throughout, state, options) VALUES (1764576000, 'Old plan', 3, 2, 10, 10, 10, 1, 'finished', x'')`,
		`INSERT INTO session_items (session_id, position, exercise, name, sets_planned, reps_planned, hold_planned,
			rest_seconds, sets_done, reps_done, hold_done, felt_it, skipped) VALUES
			(1, 0, 'dead-bug', 'Dead bug', 2, 8, 0, 30, 2, 16, 0, 0, 0),
			(1, 1, 'bird-dog', 'Bird dog', 2, 6, 0, 30, 1, 6, 0, 1, 1)`,
		`PRAGMA user_version = 2`} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	s := open(t, dir)
	if v, _ := s.Version(); v != SchemaVersion {
		t.Fatalf("version %d of %d", v, SchemaVersion)
	}
	list, err := s.Sessions()
	if err != nil || len(list) != 1 {
		t.Fatalf("sessions %v %v", list, err)
	}
	old := list[0]
	if old.Kind != history.Workout || old.Name != "Old plan" || old.VacuumReps != 10 || len(old.Items) != 2 ||
		old.Items[1].Slot != 1 || !old.Items[1].FeltIt || !old.Items[1].Skipped || old.SwappedFor(0) != "" {
		t.Fatalf("old session %+v", old)
	}
	id, _ := s.BeginSession(newSession())
	if err := s.SwapItem(id, 0, history.Item{Exercise: "bird-dog", Name: "Bird dog", SetsPlanned: 2, RepsPlanned: 10}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddSession(history.Session{Kind: history.Drill, Started: time.Unix(1764590000, 0), Name: "Vacuum 10",
		Position: breath.Kneeling, Seconds: 200, PainBefore: history.NoPain, PainAfter: history.NoPain,
		VacuumPlanned: 10, VacuumReps: 9, VacuumHold: 10, State: history.Partial}); err != nil {
		t.Fatal(err)
	}
	s.EndSession(id, history.Finished, 1, false)
	list, _ = s.Sessions()
	if len(list) != 3 || list[1].Kind != history.Drill || list[1].Position != breath.Kneeling || list[1].Seconds != 200 ||
		list[2].SwappedFor(0) != "Bird dog" || list[2].Items[1].Slot != 0 || list[2].Items[2].Name != "Side bridge" {
		t.Fatalf("after the upgrade %+v", list)
	}
}

// Sets, skips and reports after a swap go to the exercise swapped in; what
// was done before stays with the one swapped out.
func TestSwapKeepsTheExerciseSwappedOut(t *testing.T) {
	s := open(t, t.TempDir())
	id, _ := s.BeginSession(newSession())
	check := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	check(s.RecordSet(id, 0, 4, 0, true))
	check(s.MarkFeltIt(id, 0))
	check(s.SwapItem(id, 0, history.Item{Exercise: "bird-dog", Name: "Bird dog", SetsPlanned: 2, RepsPlanned: 10}))
	check(s.RecordSet(id, 0, 10, 0, true))
	check(s.SkipItem(id, 1))
	if err := s.SwapItem(id, 5, history.Item{Name: "X"}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("swap in no place: %v", err)
	}
	ses, _ := s.Session(id)
	out, in, side := ses.Items[0], ses.Items[1], ses.Items[2]
	if out.Name != "Dead bug" || out.SetsDone != 1 || out.RepsDone != 4 || !out.FeltIt ||
		in.Name != "Bird dog" || in.SetsDone != 1 || in.RepsDone != 10 || in.FeltIt || !side.Skipped {
		t.Fatalf("items %+v", ses.Items)
	}
}
