package store

import (
	"time"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/history"
)

// SetBreathedNormally keeps the person's answer, after practice drill id,
// to whether they could breathe normally through every hold. The ladder
// counts a drill's holds only when the answer is yes.
func (s *Store) SetBreathedNormally(id int64, yes bool) error {
	return s.updateSession(id, `breathed_normally = ?`, yes)
}

// LadderEntries lists every recorded practice drill as the ladder reads it:
// its position, the holds done, each hold's length and the person's answer
// (false when they said no or were never asked).
func (s *Store) LadderEntries() ([]breath.LadderEntry, error) {
	rows, err := s.db.Query(`SELECT position, warmup_reps, warmup_hold, COALESCE(breathed_normally, 0)
		FROM sessions WHERE kind = ? AND state != 'running' ORDER BY started, id`, string(history.Drill))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []breath.LadderEntry
	for rows.Next() {
		var pos, holds, hold int
		var yes bool
		if err := rows.Scan(&pos, &holds, &hold, &yes); err != nil {
			return nil, err
		}
		out = append(out, breath.LadderEntry{Position: breath.Position(pos), Holds: holds,
			Hold: time.Duration(hold) * time.Second, BreathedNormally: yes})
	}
	return out, rows.Err()
}
