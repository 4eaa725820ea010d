package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/history"
)

// BeginSession records a new running workout with every exercise planned
// and nothing done, in one transaction, and returns its id.
func (s *Store) BeginSession(ses history.Session) (int64, error) {
	ses.State = history.Running
	return s.insertSession(ses)
}

// AddSession records a session that is already over (a practice drill), in
// one transaction, and returns its id.
func (s *Store) AddSession(ses history.Session) (int64, error) {
	if ses.State == history.Running {
		return 0, errors.New("cannot record the session: it is still running")
	}
	return s.insertSession(ses)
}

func (s *Store) insertSession(ses history.Session) (int64, error) {
	if err := ses.Validate(); err != nil {
		return 0, err
	}
	var id int64
	err := s.tx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`INSERT INTO sessions (kind, started, plan_id, plan_name, position, seconds, pain_before, pain_after,
			warmup_planned, warmup_reps, warmup_hold, held_throughout, state, options)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			string(ses.Kind), ses.Started.Unix(), nullID(ses.PlanID), ses.Name, int(ses.Position), ses.Seconds, ses.PainBefore, ses.PainAfter,
			ses.VacuumPlanned, ses.VacuumReps, ses.VacuumHold, ses.HeldThroughout, ses.State, orEmpty(ses.Options))
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		return insertSessionItems(tx, id, ses.Items)
	})
	if err != nil {
		return 0, fmt.Errorf("cannot record the session: %w", err)
	}
	return id, nil
}

func insertSessionItems(tx *sql.Tx, id int64, items []history.Item) error {
	for i, it := range items {
		if err := insertItem(tx, id, i, it); err != nil {
			return err
		}
	}
	return nil
}

func insertItem(tx *sql.Tx, id int64, pos int, it history.Item) error {
	_, err := tx.Exec(`INSERT INTO session_items (session_id, position, slot, exercise, name,
		sets_planned, reps_planned, hold_planned, rest_seconds, sets_done, reps_done, hold_done, felt_it, skipped)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, pos, it.Slot, it.Exercise, it.Name, it.SetsPlanned, it.RepsPlanned, it.HoldPlanned, it.RestSeconds,
		it.SetsDone, it.RepsDone, it.HoldDone, it.FeltIt, it.Skipped)
	return err
}

// RecordSet adds one set (reps and seconds held in it) to the exercise now
// in the plan's place slot of session id, in its own transaction: a crash
// after it returns loses nothing of that set. A set not played to its end
// (whole false: skipped or stopped part way) adds its reps and seconds but
// is not counted as a set done.
func (s *Store) RecordSet(id int64, slot, reps, hold int, whole bool) error {
	if reps < 0 || hold < 0 {
		return fmt.Errorf("set: reps %d and hold %d s must not be negative", reps, hold)
	}
	sets := 0
	if whole {
		sets = 1
	}
	return s.updateItem(id, slot, `sets_done = sets_done + ?, reps_done = reps_done + ?, hold_done = hold_done + ?`, sets, reps, hold)
}

// SkipItem marks the exercise now in place slot of session id skipped.
func (s *Store) SkipItem(id int64, slot int) error {
	return s.updateItem(id, slot, `skipped = 1`)
}

// MarkFeltIt records that the person felt the exercise now in place slot in
// their back.
func (s *Store) MarkFeltIt(id int64, slot int) error {
	return s.updateItem(id, slot, `felt_it = 1`)
}

// SwapItem puts exercise in into place slot of session id, after the one
// there: that one stays recorded, with what was done of it, as swapped out.
// The new exercise's counts start from what in holds (normally nothing).
func (s *Store) SwapItem(id int64, slot int, in history.Item) error {
	if in.Name == "" {
		return errors.New("swap: the alternative has no name")
	}
	in.Slot = slot
	return s.tx(func(tx *sql.Tx) error {
		var have, next int
		err := tx.QueryRow(`SELECT COUNT(*), COALESCE(MAX(position), -1) + 1 FROM session_items WHERE session_id = ? AND slot = ?`,
			id, slot).Scan(&have, &next)
		if err != nil {
			return err
		}
		if have == 0 {
			return fmt.Errorf("session %d exercise %d: %w", id, slot+1, ErrNotFound)
		}
		if err := tx.QueryRow(`SELECT MAX(position) + 1 FROM session_items WHERE session_id = ?`, id).Scan(&next); err != nil {
			return err
		}
		return insertItem(tx, id, next, in)
	})
}

// updateItem changes the latest row of place slot: the exercise swapped in
// last, or the plan's own when there was no swap.
func (s *Store) updateItem(id int64, slot int, set string, args ...any) error {
	return s.tx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE session_items SET `+set+` WHERE session_id = ? AND position =
			(SELECT MAX(position) FROM session_items WHERE session_id = ? AND slot = ?)`, append(args, id, id, slot)...)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("session %d exercise %d: %w", id, slot+1, ErrNotFound)
		}
		return nil
	})
}

// RecordWarmUp sets how many vacuum reps of the warm-up were done.
func (s *Store) RecordWarmUp(id int64, reps int) error {
	if reps < 0 {
		return fmt.Errorf("warm-up reps %d is negative", reps)
	}
	return s.updateSession(id, `warmup_reps = ?`, reps)
}

// EndSession closes session id as finished or partial, with pain after and
// the person's report on the vacuum holds.
func (s *Store) EndSession(id int64, state string, painAfter int, heldThroughout bool) error {
	if state != history.Finished && state != history.Partial {
		return fmt.Errorf("end session: state %q is not finished or partial", state)
	}
	if painAfter < history.NoPain || painAfter > 10 {
		return fmt.Errorf("pain after %d is outside 0-10", painAfter)
	}
	return s.updateSession(id, `state = ?, pain_after = ?, held_throughout = ?`, state, painAfter, heldThroughout)
}

func (s *Store) updateSession(id int64, set string, args ...any) error {
	return s.tx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE sessions SET `+set+` WHERE id = ?`, append(args, id)...)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("session %d: %w", id, ErrNotFound)
		}
		return nil
	})
}

// Unfinished returns the latest session still marked running: one the app
// did not get to close. False when there is none.
func (s *Store) Unfinished() (history.Session, bool, error) {
	var id int64
	err := s.db.QueryRow(`SELECT id FROM sessions WHERE state = ? ORDER BY started DESC, id DESC LIMIT 1`, history.Running).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return history.Session{}, false, nil
	}
	if err != nil {
		return history.Session{}, false, err
	}
	ses, err := s.Session(id)
	return ses, err == nil, err
}

const sessionCols = `id, kind, started, COALESCE(plan_id, 0), plan_name, position, seconds, pain_before, pain_after,
	warmup_planned, warmup_reps, warmup_hold, held_throughout, state, options`

func scanSession(row interface{ Scan(...any) error }) (history.Session, error) {
	var ses history.Session
	var started int64
	var kind string
	var pos int
	err := row.Scan(&ses.ID, &kind, &started, &ses.PlanID, &ses.Name, &pos, &ses.Seconds, &ses.PainBefore, &ses.PainAfter,
		&ses.VacuumPlanned, &ses.VacuumReps, &ses.VacuumHold, &ses.HeldThroughout, &ses.State, &ses.Options)
	ses.Kind, ses.Position, ses.Started = history.Kind(kind), breath.Position(pos), time.Unix(started, 0)
	return ses, err
}

// Session loads one session with its exercises.
func (s *Store) Session(id int64) (history.Session, error) {
	ses, err := scanSession(s.db.QueryRow(`SELECT `+sessionCols+` FROM sessions WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return history.Session{}, fmt.Errorf("session %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return history.Session{}, err
	}
	ses.Items, err = s.sessionItems(id)
	return ses, err
}

func (s *Store) sessionItems(id int64) ([]history.Item, error) {
	rows, err := s.db.Query(`SELECT slot, exercise, name, sets_planned, reps_planned, hold_planned, rest_seconds,
		sets_done, reps_done, hold_done, felt_it, skipped FROM session_items WHERE session_id = ? ORDER BY slot, position`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []history.Item{}
	for rows.Next() {
		var it history.Item
		if err := rows.Scan(&it.Slot, &it.Exercise, &it.Name, &it.SetsPlanned, &it.RepsPlanned, &it.HoldPlanned, &it.RestSeconds,
			&it.SetsDone, &it.RepsDone, &it.HoldDone, &it.FeltIt, &it.Skipped); err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	return out, rows.Err()
}

// Sessions returns every session that is not running, oldest first, with
// their exercises: workouts and practice drills alike.
func (s *Store) Sessions() ([]history.Session, error) {
	rows, err := s.db.Query(`SELECT ` + sessionCols + ` FROM sessions WHERE state != 'running' ORDER BY started, id`)
	if err != nil {
		return nil, err
	}
	var out []history.Session
	for rows.Next() {
		ses, err := scanSession(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, ses)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range out {
		if out[i].Items, err = s.sessionItems(out[i].ID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// UpdateSession replaces a recorded session's values and exercises (an
// edit from the history screen), in one transaction. Its id must exist.
func (s *Store) UpdateSession(ses history.Session) error {
	if err := ses.Validate(); err != nil {
		return err
	}
	return s.tx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE sessions SET kind = ?, started = ?, plan_id = ?, plan_name = ?, position = ?, seconds = ?,
			pain_before = ?, pain_after = ?, warmup_planned = ?, warmup_reps = ?, warmup_hold = ?, held_throughout = ?, state = ?, options = ?
			WHERE id = ?`,
			string(ses.Kind), ses.Started.Unix(), nullID(ses.PlanID), ses.Name, int(ses.Position), ses.Seconds,
			ses.PainBefore, ses.PainAfter, ses.VacuumPlanned, ses.VacuumReps, ses.VacuumHold, ses.HeldThroughout, ses.State, orEmpty(ses.Options), ses.ID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("session %d: %w", ses.ID, ErrNotFound)
		}
		if _, err := tx.Exec(`DELETE FROM session_items WHERE session_id = ?`, ses.ID); err != nil {
			return err
		}
		return insertSessionItems(tx, ses.ID, ses.Items)
	})
}

// DeleteSession removes a session and its exercises.
func (s *Store) DeleteSession(id int64) error {
	return s.tx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`DELETE FROM sessions WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("session %d: %w", id, ErrNotFound)
		}
		return nil
	})
}

// FeltIt lists the exercises the person has felt in their back, by id.
func (s *Store) FeltIt() ([]string, error) {
	rows, err := s.db.Query(`SELECT exercise FROM felt_it ORDER BY since, exercise`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// SetFeltIt adds an exercise to the felt-it list, or takes it off.
func (s *Store) SetFeltIt(exercise string, on bool) error {
	if exercise == "" {
		return errors.New("felt it: no exercise id")
	}
	return s.tx(func(tx *sql.Tx) error {
		var err error
		if on {
			_, err = tx.Exec(`INSERT INTO felt_it (exercise, since) VALUES (?, ?) ON CONFLICT (exercise) DO NOTHING`, exercise, time.Now().Unix())
		} else {
			_, err = tx.Exec(`DELETE FROM felt_it WHERE exercise = ?`, exercise)
		}
		return err
	})
}

func nullID(id int64) any {
	if id == 0 {
		return nil
	}
	return id
}

func orEmpty(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}
