package store

import (
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Person is what the risk rules need to know about the person right now. It
// mirrors the risk package's context without importing it, so storage does
// not depend on the rules.
type Person struct {
	Pain        int  // current back pain, 0-10
	LegSymptoms bool // pain, numbness or tingling below the knee
	Morning     bool // training within about two hours of waking
}

// Person returns the saved context; before anything is saved it is the zero
// value (no pain, no leg symptoms, not morning).
func (s *Store) Person() (Person, error) {
	var p Person
	err := s.db.QueryRow(`SELECT pain, leg_symptoms, morning FROM person WHERE id = 1`).
		Scan(&p.Pain, &p.LegSymptoms, &p.Morning)
	if errors.Is(err, sql.ErrNoRows) {
		return Person{}, nil
	}
	return p, err
}

// SavePerson stores the context, replacing the previous one.
func (s *Store) SavePerson(p Person) error {
	if p.Pain < 0 || p.Pain > 10 {
		return fmt.Errorf("pain %d is outside 0-10", p.Pain)
	}
	return s.tx(func(tx *sql.Tx) error {
		_, err := tx.Exec(`INSERT INTO person (id, pain, leg_symptoms, morning, updated) VALUES (1, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET pain = excluded.pain, leg_symptoms = excluded.leg_symptoms,
			morning = excluded.morning, updated = excluded.updated`,
			p.Pain, p.LegSymptoms, p.Morning, time.Now().Unix())
		return err
	})
}
