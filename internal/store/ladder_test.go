package store

import (
	"database/sql"
	"path/filepath"
	"testing"
	"time"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/history"
)

func drillSession(pos breath.Position, reps int) history.Session {
	return history.Session{Kind: history.Drill, Started: time.Unix(1764590000, 0), Name: "Vacuum 10",
		Position: pos, Seconds: 200, PainBefore: history.NoPain, PainAfter: history.NoPain,
		VacuumPlanned: 10, VacuumReps: reps, VacuumHold: 10, State: history.Finished}
}

// A drill's answer is kept across a restart, and only a yes counts.
func TestLadderAnswersAreKept(t *testing.T) {
	dir := t.TempDir()
	s := open(t, dir)
	yes, _ := s.AddSession(drillSession(breath.Lying, 6))
	no, _ := s.AddSession(drillSession(breath.Lying, 10))
	if _, err := s.AddSession(drillSession(breath.Lying, 10)); err != nil { // never answered
		t.Fatal(err)
	}
	if err := s.SetBreathedNormally(yes, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetBreathedNormally(no, false); err != nil {
		t.Fatal(err)
	}
	if err := s.SetBreathedNormally(999, true); err == nil {
		t.Fatal("an answer for a session that does not exist was taken")
	}
	s.Close()

	s = open(t, dir)
	es, err := s.LadderEntries()
	if err != nil || len(es) != 3 {
		t.Fatalf("entries %v %v", es, err)
	}
	want := breath.LadderEntry{Position: breath.Lying, Holds: 6, Hold: 10 * time.Second, BreathedNormally: true}
	if es[0] != want || es[1].BreathedNormally || es[2].BreathedNormally {
		t.Fatalf("entries %+v", es)
	}
	if l := breath.Climb(es); l.Holds[breath.Lying] != 6 || l.Unlocked != breath.Lying {
		t.Fatalf("ladder %+v", l)
	}
}

// A database of the third schema (drills recorded before the ladder)
// upgrades: its drills are there, unanswered, and take answers afterwards.
func TestVersionThreeDatabaseGainsTheLadder(t *testing.T) {
	dir := t.TempDir()
	db, err := sql.Open("sqlite", filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{migrations[0], migrations[1], migrations[2],
		`INSERT INTO sessions (kind, started, plan_name, position, seconds, pain_before, pain_after, warmup_planned,
			warmup_reps, warmup_hold, held_throughout, state, options)
			VALUES ('drill', 1764576000, 'Vacuum 10', 1, 240, -1, -1, 10, 10, 10, 0, 'finished', x'')`,
		`PRAGMA user_version = 3`} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()
	s := open(t, dir)
	if v, _ := s.Version(); v != SchemaVersion || v != 4 {
		t.Fatalf("version %d of %d", v, SchemaVersion)
	}
	es, err := s.LadderEntries()
	if err != nil || len(es) != 1 || es[0].Position != breath.Kneeling || es[0].Holds != 10 || es[0].BreathedNormally {
		t.Fatalf("old drill %+v %v", es, err)
	}
	if err := s.SetBreathedNormally(1, true); err != nil {
		t.Fatal(err)
	}
	es, _ = s.LadderEntries()
	if l := breath.Climb(es); l.Holds[breath.Kneeling] != 10 {
		t.Fatalf("ladder after the answer %+v", l)
	}
	list, _ := s.Sessions()
	if len(list) != 1 || list[0].Name != "Vacuum 10" || list[0].Position != breath.Kneeling {
		t.Fatalf("sessions %+v", list)
	}
}
