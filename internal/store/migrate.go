package store

import (
	"database/sql"
	"fmt"
)

// migrations are applied in order; entry i brings the schema from version i
// to i+1. Never edit a released entry: append a new one.
var migrations = []string{
	`CREATE TABLE plans (
		id      INTEGER PRIMARY KEY,
		name    TEXT NOT NULL,
		created INTEGER NOT NULL,
		updated INTEGER NOT NULL
	);
	CREATE TABLE plan_items (
		plan_id      INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
		position     INTEGER NOT NULL,
		exercise     TEXT NOT NULL,
		sets         INTEGER NOT NULL,
		reps         INTEGER NOT NULL,
		hold_seconds INTEGER NOT NULL,
		rest_seconds INTEGER NOT NULL,
		PRIMARY KEY (plan_id, position)
	);
	CREATE TABLE person (
		id           INTEGER PRIMARY KEY CHECK (id = 1),
		pain         INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
		leg_symptoms INTEGER NOT NULL,
		morning      INTEGER NOT NULL,
		updated      INTEGER NOT NULL
	);
	CREATE TABLE drills (
		name    TEXT PRIMARY KEY,
		json    BLOB NOT NULL,
		updated INTEGER NOT NULL
	);`,
	// 2: guided workout sessions, each exercise planned against done, and
	// the exercises the person felt in their back.
	`CREATE TABLE sessions (
		id              INTEGER PRIMARY KEY,
		started         INTEGER NOT NULL,
		plan_id         INTEGER,
		plan_name       TEXT NOT NULL,
		pain_before     INTEGER NOT NULL CHECK (pain_before BETWEEN -1 AND 10),
		pain_after      INTEGER NOT NULL CHECK (pain_after BETWEEN -1 AND 10),
		warmup_planned  INTEGER NOT NULL CHECK (warmup_planned >= 0),
		warmup_reps     INTEGER NOT NULL CHECK (warmup_reps >= 0),
		warmup_hold     INTEGER NOT NULL CHECK (warmup_hold >= 0),
		held_throughout INTEGER NOT NULL,
		state           TEXT NOT NULL CHECK (state IN ('running', 'finished', 'partial')),
		options         BLOB NOT NULL
	);
	CREATE INDEX sessions_started ON sessions (started);
	CREATE TABLE session_items (
		session_id   INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
		position     INTEGER NOT NULL,
		exercise     TEXT NOT NULL,
		name         TEXT NOT NULL,
		sets_planned INTEGER NOT NULL CHECK (sets_planned >= 0),
		reps_planned INTEGER NOT NULL CHECK (reps_planned >= 0),
		hold_planned INTEGER NOT NULL CHECK (hold_planned >= 0),
		rest_seconds INTEGER NOT NULL CHECK (rest_seconds >= 0),
		sets_done    INTEGER NOT NULL CHECK (sets_done >= 0),
		reps_done    INTEGER NOT NULL CHECK (reps_done >= 0),
		hold_done    INTEGER NOT NULL CHECK (hold_done >= 0),
		felt_it      INTEGER NOT NULL,
		skipped      INTEGER NOT NULL,
		PRIMARY KEY (session_id, position)
	);
	CREATE TABLE felt_it (
		exercise TEXT PRIMARY KEY,
		since    INTEGER NOT NULL
	);`,
	// 3: practice drills are sessions too (kind, position, time practised),
	// and a swap keeps the exercise swapped out: every row of a workout has
	// the place in the plan it fills (slot), and a swap adds a row to it.
	`ALTER TABLE sessions ADD COLUMN kind TEXT NOT NULL DEFAULT 'workout' CHECK (kind IN ('workout', 'drill'));
	ALTER TABLE sessions ADD COLUMN position INTEGER NOT NULL DEFAULT 0 CHECK (position BETWEEN 0 AND 3);
	ALTER TABLE sessions ADD COLUMN seconds INTEGER NOT NULL DEFAULT 0 CHECK (seconds >= 0);
	ALTER TABLE session_items ADD COLUMN slot INTEGER NOT NULL DEFAULT 0 CHECK (slot >= 0);
	UPDATE session_items SET slot = position;`,
	// 4: the practice ladder. After a drill the person says whether they
	// could breathe normally through every hold; NULL is a drill not asked
	// about (recorded before this, or the question left unanswered).
	`ALTER TABLE sessions ADD COLUMN breathed_normally INTEGER CHECK (breathed_normally IN (0, 1));`,
}

// SchemaVersion is the version a fully migrated database has.
var SchemaVersion = len(migrations)

// migrate applies the pending migrations and the user_version bump in one
// transaction, so a crash leaves the schema as it was or fully up to date.
// One commit, not one per migration: each commit waits for the disk, and a
// new database has every migration pending (BenchmarkOpenNew: a new
// database opened in half the time; docs/benchmarks.md).
func (s *Store) migrate() error {
	var have int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&have); err != nil {
		return err
	}
	if have > len(migrations) {
		return newer{have}
	}
	if have == len(migrations) {
		return nil
	}
	v := have
	err := s.tx(func(tx *sql.Tx) error {
		for ; v < len(migrations); v++ {
			if _, err := tx.Exec(migrations[v]); err != nil {
				return err
			}
		}
		_, err := tx.Exec(fmt.Sprintf("PRAGMA user_version = %d", len(migrations)))
		return err
	})
	if err != nil {
		return fmt.Errorf("schema migration %d: %w", v+1, err)
	}
	return nil
}

// newer marks a database written by a later CoreCue: sound, and not this
// app's to change.
type newer struct{ version int }

func (n newer) Error() string {
	return fmt.Sprintf("it was written by a newer CoreCue (schema version %d; this one reads %d)", n.version, len(migrations))
}

// Version reports the schema version of the open database.
func (s *Store) Version() (int, error) {
	var v int
	err := s.db.QueryRow("PRAGMA user_version").Scan(&v)
	return v, err
}
