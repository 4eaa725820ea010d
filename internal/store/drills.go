package store

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Drill is a custom breath drill as stored: its name and the drill's own JSON
// encoding. The breath package owns the fields; storage only keeps the bytes.
type Drill struct {
	Name string
	JSON []byte
}

// maxDrillJSON keeps a stray blob from bloating the database.
const maxDrillJSON = 64 << 10

// NameKey is how a drill or plan name looks to a person: two names with the
// same key ("Evening vacuum", "evening  vacuum ") are the same name, so a
// list never shows both and saving one replaces the other only when asked.
func NameKey(name string) string {
	return strings.ToLower(strings.Join(strings.Fields(name), " "))
}

// SaveDrill inserts the drill, or replaces the one whose name has the same
// NameKey (the caller asks the person first); the stored name is d.Name.
func (s *Store) SaveDrill(d Drill) error {
	if strings.TrimSpace(d.Name) == "" {
		return fmt.Errorf("drill name is empty")
	}
	if n := utf8.RuneCountInString(d.Name); n > 100 || !utf8.ValidString(d.Name) {
		return fmt.Errorf("drill name must be valid text of at most 100 characters")
	}
	if len(d.JSON) > maxDrillJSON || !json.Valid(d.JSON) {
		return fmt.Errorf("drill %q: its data is not valid JSON of at most %d bytes", d.Name, maxDrillJSON)
	}
	return s.tx(func(tx *sql.Tx) error {
		names, err := tx.Query(`SELECT name FROM drills`)
		if err != nil {
			return err
		}
		var same []string
		for names.Next() {
			var n string
			if err := names.Scan(&n); err != nil {
				names.Close()
				return err
			}
			if n != d.Name && NameKey(n) == NameKey(d.Name) {
				same = append(same, n)
			}
		}
		names.Close()
		if err := names.Err(); err != nil {
			return err
		}
		for _, n := range same {
			if _, err := tx.Exec(`DELETE FROM drills WHERE name = ?`, n); err != nil {
				return err
			}
		}
		_, err = tx.Exec(`INSERT INTO drills (name, json, updated) VALUES (?, ?, ?)
			ON CONFLICT (name) DO UPDATE SET json = excluded.json, updated = excluded.updated`,
			d.Name, d.JSON, time.Now().Unix())
		return err
	})
}

// Drills returns every custom drill by name.
func (s *Store) Drills() ([]Drill, error) {
	rows, err := s.db.Query(`SELECT name, json FROM drills ORDER BY name COLLATE NOCASE`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Drill
	for rows.Next() {
		var d Drill
		if err := rows.Scan(&d.Name, &d.JSON); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// DeleteDrill removes the drill called name.
func (s *Store) DeleteDrill(name string) error {
	return s.tx(func(tx *sql.Tx) error {
		res, err := tx.Exec(`DELETE FROM drills WHERE name = ?`, name)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return fmt.Errorf("drill %q: %w", name, ErrNotFound)
		}
		return nil
	})
}
