package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Session states.
const (
	SessionRunning  = "running"  // in progress, or interrupted by a crash
	SessionFinished = "finished" // played to the end
	SessionPartial  = "partial"  // stopped early and saved as it was
)

// NoPain marks a pain rating that was not given.
const NoPain = -1

// Session is one guided workout as recorded: planned against done for every
// exercise, pain before and after, and the warm-up's vacuum reps.
type Session struct {
	ID             int64
	Started        time.Time
	PlanID         int64 // 0 when not from a saved plan
	PlanName       string
	PainBefore     int // 0-10 or NoPain
	PainAfter      int
	WarmUpPlanned  int // vacuum reps planned; 0 without a warm-up
	WarmUpReps     int // vacuum reps done
	WarmUpHold     int // seconds per vacuum hold
	HeldThroughout bool
	State          string
	// Options is the workout's own encoding of its settings, kept so an
	// interrupted session can be resumed exactly; storage only keeps the bytes.
	Options []byte
	Items   []SessionItem
}

// SessionItem is one exercise of a session.
type SessionItem struct {
	Exercise    string
	Name        string
	SetsPlanned int
	RepsPlanned int // per set
	HoldPlanned int // seconds per set
	RestSeconds int
	SetsDone    int
	RepsDone    int // in all sets
	HoldDone    int // seconds, in all sets
	FeltIt      bool
	Skipped     bool
}

// Validate names the first field out of range.
func (s Session) Validate() error {
	switch {
	case s.PlanName == "":
		return errors.New("session: plan name is empty")
	case s.PainBefore < NoPain || s.PainBefore > 10:
		return fmt.Errorf("session: pain before %d is outside 0-10", s.PainBefore)
	case s.PainAfter < NoPain || s.PainAfter > 10:
		return fmt.Errorf("session: pain after %d is outside 0-10", s.PainAfter)
	case s.WarmUpPlanned < 0 || s.WarmUpReps < 0 || s.WarmUpHold < 0:
		return errors.New("session: warm-up counts must not be negative")
	case s.State != SessionRunning && s.State != SessionFinished && s.State != SessionPartial:
		return fmt.Errorf("session: state %q is not running, finished or partial", s.State)
	case len(s.Options) > 64<<10:
		return errors.New("session: options are too large")
	}
	for i, it := range s.Items {
		if it.Name == "" {
			return fmt.Errorf("session item %d: name is empty", i+1)
		}
		for _, v := range []struct {
			f string
			n int
		}{{"sets planned", it.SetsPlanned}, {"reps planned", it.RepsPlanned}, {"hold planned", it.HoldPlanned},
			{"rest", it.RestSeconds}, {"sets done", it.SetsDone}, {"reps done", it.RepsDone}, {"hold done", it.HoldDone}} {
			if v.n < 0 {
				return fmt.Errorf("session item %d (%s): %s %d is negative", i+1, it.Name, v.f, v.n)
			}
		}
	}
	return nil
}

// BeginSession records a new running session with every exercise planned
// and nothing done, in one transaction, and returns its id.
func (s *Store) BeginSession(ses Session) (int64, error) {
	ses.State = SessionRunning
	if err := ses.Validate(); err != nil {
		return 0, err
	}
	var id int64
	err := s.tx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`INSERT INTO sessions (started, plan_id, plan_name, pain_before, pain_after,
			warmup_planned, warmup_reps, warmup_hold, held_throughout, state, options)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			ses.Started.Unix(), nullID(ses.PlanID), ses.PlanName, ses.PainBefore, ses.PainAfter,
			ses.WarmUpPlanned, ses.WarmUpReps, ses.WarmUpHold, ses.HeldThroughout, ses.State, orEmpty(ses.Options))
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

func insertSessionItems(tx *sql.Tx, id int64, items []SessionItem) error {
	for i, it := range items {
		_, err := tx.Exec(`INSERT INTO session_items (session_id, position, exercise, name,
			sets_planned, reps_planned, hold_planned, rest_seconds, sets_done, reps_done, hold_done, felt_it, skipped)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, i, it.Exercise, it.Name, it.SetsPlanned, it.RepsPlanned, it.HoldPlanned, it.RestSeconds,
			it.SetsDone, it.RepsDone, it.HoldDone, it.FeltIt, it.Skipped)
		if err != nil {
			return err
		}
	}
	return nil
}

// RecordSet adds one set (reps and seconds held in it) to exercise pos of
// session id, in its own transaction: a crash after it returns loses nothing
// of that set.
func (s *Store) RecordSet(id int64, pos, reps, hold int) error {
	if reps < 0 || hold < 0 {
		return fmt.Errorf("set: reps %d and hold %d s must not be negative", reps, hold)
	}
	return s.updateItem(id, pos, `sets_done = sets_done + 1, reps_done = reps_done + ?, hold_done = hold_done + ?`, reps, hold)
}

// SkipItem marks exercise pos of session id skipped.
func (s *Store) SkipItem(id int64, pos int) error {
	return s.updateItem(id, pos, `skipped = 1`)
}

// MarkFeltIt records that the person felt exercise pos in their back.
func (s *Store) MarkFeltIt(id int64, pos int) error {
	return s.updateItem(id, pos, `felt_it = 1`)
}

// SwapItem replaces exercise pos with its alternative, keeping the plan's
// dose; what was done of the old exercise stays with the session's record
// of the swap (its counts are kept).
func (s *Store) SwapItem(id int64, pos int, exercise, name string) error {
	if name == "" {
		return errors.New("swap: the alternative has no name")
	}
	return s.updateItem(id, pos, `exercise = ?, name = ?`, exercise, name)
}

func (s *Store) updateItem(id int64, pos int, set string, args ...any) error {
	return s.tx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE session_items SET `+set+` WHERE session_id = ? AND position = ?`, append(args, id, pos)...)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("session %d exercise %d: %w", id, pos+1, ErrNotFound)
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
	if state != SessionFinished && state != SessionPartial {
		return fmt.Errorf("end session: state %q is not finished or partial", state)
	}
	if painAfter < NoPain || painAfter > 10 {
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
func (s *Store) Unfinished() (Session, bool, error) {
	var id int64
	err := s.db.QueryRow(`SELECT id FROM sessions WHERE state = ? ORDER BY started DESC, id DESC LIMIT 1`, SessionRunning).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return Session{}, false, nil
	}
	if err != nil {
		return Session{}, false, err
	}
	ses, err := s.Session(id)
	return ses, err == nil, err
}

const sessionCols = `id, started, COALESCE(plan_id, 0), plan_name, pain_before, pain_after,
	warmup_planned, warmup_reps, warmup_hold, held_throughout, state, options`

func scanSession(row interface{ Scan(...any) error }) (Session, error) {
	var ses Session
	var started int64
	err := row.Scan(&ses.ID, &started, &ses.PlanID, &ses.PlanName, &ses.PainBefore, &ses.PainAfter,
		&ses.WarmUpPlanned, &ses.WarmUpReps, &ses.WarmUpHold, &ses.HeldThroughout, &ses.State, &ses.Options)
	ses.Started = time.Unix(started, 0)
	return ses, err
}

// Session loads one session with its exercises.
func (s *Store) Session(id int64) (Session, error) {
	ses, err := scanSession(s.db.QueryRow(`SELECT `+sessionCols+` FROM sessions WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Session{}, fmt.Errorf("session %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return Session{}, err
	}
	ses.Items, err = s.sessionItems(id)
	return ses, err
}

func (s *Store) sessionItems(id int64) ([]SessionItem, error) {
	rows, err := s.db.Query(`SELECT exercise, name, sets_planned, reps_planned, hold_planned, rest_seconds,
		sets_done, reps_done, hold_done, felt_it, skipped FROM session_items WHERE session_id = ? ORDER BY position`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []SessionItem{}
	for rows.Next() {
		var it SessionItem
		if err := rows.Scan(&it.Exercise, &it.Name, &it.SetsPlanned, &it.RepsPlanned, &it.HoldPlanned, &it.RestSeconds,
			&it.SetsDone, &it.RepsDone, &it.HoldDone, &it.FeltIt, &it.Skipped); err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	return out, rows.Err()
}

// Sessions returns every session that is not running, oldest first, with
// their exercises.
func (s *Store) Sessions() ([]Session, error) {
	rows, err := s.db.Query(`SELECT ` + sessionCols + ` FROM sessions WHERE state != 'running' ORDER BY started, id`)
	if err != nil {
		return nil, err
	}
	var out []Session
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
func (s *Store) UpdateSession(ses Session) error {
	if err := ses.Validate(); err != nil {
		return err
	}
	return s.tx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`UPDATE sessions SET started = ?, plan_id = ?, plan_name = ?, pain_before = ?, pain_after = ?,
			warmup_planned = ?, warmup_reps = ?, warmup_hold = ?, held_throughout = ?, state = ?, options = ? WHERE id = ?`,
			ses.Started.Unix(), nullID(ses.PlanID), ses.PlanName, ses.PainBefore, ses.PainAfter,
			ses.WarmUpPlanned, ses.WarmUpReps, ses.WarmUpHold, ses.HeldThroughout, ses.State, orEmpty(ses.Options), ses.ID)
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
