package store

import (
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/corecue/corecue/internal/plan"
)

// ErrNotFound is returned for a plan id or drill name that is not stored.
var ErrNotFound = errors.New("not found")

// PlanInfo is one row of the plan list.
type PlanInfo struct {
	ID      int64
	Name    string
	Items   int
	Updated time.Time
}

// CreatePlan stores p as a new plan and returns its id.
func (s *Store) CreatePlan(p plan.Plan) (int64, error) {
	if err := p.Validate(); err != nil {
		return 0, err
	}
	var id int64
	err := s.tx(func(tx *sql.Tx) error {
		t := time.Now().Unix()
		res, err := tx.Exec(`INSERT INTO plans (name, created, updated) VALUES (?, ?, ?)`, p.Name, t, t)
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		return insertItems(tx, id, p.Items)
	})
	if err != nil {
		return 0, fmt.Errorf("cannot save plan %q: %w", p.Name, err)
	}
	return id, nil
}

// SavePlan replaces the stored plan id (name and items) with p.
func (s *Store) SavePlan(id int64, p plan.Plan) error {
	if err := p.Validate(); err != nil {
		return err
	}
	err := s.tx(func(tx *sql.Tx) error {
		if err := touch(tx, id, p.Name); err != nil {
			return err
		}
		if _, err := tx.Exec(`DELETE FROM plan_items WHERE plan_id = ?`, id); err != nil {
			return err
		}
		return insertItems(tx, id, p.Items)
	})
	if err != nil {
		return fmt.Errorf("cannot save plan %q: %w", p.Name, err)
	}
	return nil
}

// ListPlans returns every plan, by name then id.
func (s *Store) ListPlans() ([]PlanInfo, error) {
	rows, err := s.db.Query(`SELECT p.id, p.name, p.updated,
		(SELECT COUNT(*) FROM plan_items i WHERE i.plan_id = p.id)
		FROM plans p ORDER BY p.name COLLATE NOCASE, p.id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []PlanInfo
	for rows.Next() {
		var pi PlanInfo
		var updated int64
		if err := rows.Scan(&pi.ID, &pi.Name, &updated, &pi.Items); err != nil {
			return nil, err
		}
		pi.Updated = time.Unix(updated, 0)
		out = append(out, pi)
	}
	return out, rows.Err()
}

// GetPlan loads one plan.
func (s *Store) GetPlan(id int64) (plan.Plan, error) {
	var p plan.Plan
	err := s.tx(func(tx *sql.Tx) error {
		if err := tx.QueryRow(`SELECT name FROM plans WHERE id = ?`, id).Scan(&p.Name); err != nil {
			if errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("plan %d: %w", id, ErrNotFound)
			}
			return err
		}
		rows, err := tx.Query(`SELECT exercise, sets, reps, hold_seconds, rest_seconds
			FROM plan_items WHERE plan_id = ? ORDER BY position`, id)
		if err != nil {
			return err
		}
		defer rows.Close()
		p.Items = []plan.Item{}
		for rows.Next() {
			var it plan.Item
			if err := rows.Scan(&it.Exercise, &it.Sets, &it.Reps, &it.HoldSeconds, &it.RestSeconds); err != nil {
				return err
			}
			p.Items = append(p.Items, it)
		}
		return rows.Err()
	})
	return p, err
}

// RenamePlan gives plan id a new name.
func (s *Store) RenamePlan(id int64, name string) error {
	if err := (plan.Plan{Name: name}).Validate(); err != nil {
		return err
	}
	return s.tx(func(tx *sql.Tx) error { return touch(tx, id, name) })
}

// PlanNamed returns the id of a stored plan whose name has the same NameKey
// as name, so the planner can ask before a second one looks the same.
func (s *Store) PlanNamed(name string) (int64, bool, error) {
	list, err := s.ListPlans()
	if err != nil {
		return 0, false, err
	}
	for _, pi := range list {
		if NameKey(pi.Name) == NameKey(name) {
			return pi.ID, true, nil
		}
	}
	return 0, false, nil
}

// FreePlanName is name if no stored plan looks the same, else the first of
// "name (2)", "name (3)"… that is free, shortened to fit the name limit.
func (s *Store) FreePlanName(name string) (string, error) {
	name = strings.TrimSpace(name)
	for n := 1; ; n++ {
		try := name
		if n > 1 {
			try = withSuffix(name, fmt.Sprintf(" (%d)", n))
		}
		_, taken, err := s.PlanNamed(try)
		if err != nil || !taken {
			return try, err
		}
	}
}

// DuplicatePlan copies plan id under newName and returns the copy's id. An
// empty newName gives "<name> (copy)" (or "(copy) (2)"… when that is taken),
// shortened to fit the name limit.
func (s *Store) DuplicatePlan(id int64, newName string) (int64, error) {
	p, err := s.GetPlan(id)
	if err != nil {
		return 0, err
	}
	if strings.TrimSpace(newName) == "" {
		if newName, err = s.FreePlanName(withSuffix(p.Name, " (copy)")); err != nil {
			return 0, err
		}
	}
	p.Name = newName
	return s.CreatePlan(p)
}

func withSuffix(name, suffix string) string {
	r := []rune(name)
	if max := plan.MaxNameLength - len([]rune(suffix)); len(r) > max {
		r = r[:max]
	}
	return string(r) + suffix
}

// DeletePlan removes plan id and its items. The caller can offer undo by
// keeping the plan from GetPlan and calling CreatePlan with it.
func (s *Store) DeletePlan(id int64) error {
	return s.tx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`DELETE FROM plans WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("plan %d: %w", id, ErrNotFound)
		}
		return nil
	})
}

func touch(tx *sql.Tx, id int64, name string) error {
	res, err := tx.Exec(`UPDATE plans SET name = ?, updated = ? WHERE id = ?`, name, time.Now().Unix(), id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("plan %d: %w", id, ErrNotFound)
	}
	return nil
}

func insertItems(tx *sql.Tx, id int64, items []plan.Item) error {
	stmt, err := tx.Prepare(`INSERT INTO plan_items
		(plan_id, position, exercise, sets, reps, hold_seconds, rest_seconds) VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for i, it := range items {
		if _, err := stmt.Exec(id, i, it.Exercise, it.Sets, it.Reps, it.HoldSeconds, it.RestSeconds); err != nil {
			return err
		}
	}
	return nil
}
