package history

import (
	"encoding/csv"
	"io"
	"os"
	"strconv"

	"github.com/corecue/corecue/internal/regfile"
)

var header = []string{"date", "time", "kind", "name", "state", "position", "seconds", "pain_before", "pain_after",
	"vacuum_reps_planned", "vacuum_reps_done", "vacuum_hold_s", "held_throughout",
	"exercise_id", "exercise", "in_place_of", "swapped_for", "sets_planned", "sets_done", "reps_planned_per_set", "reps_done",
	"hold_planned_s_per_set", "hold_done_s", "felt_it", "skipped"}

// WriteCSV writes one row per exercise of every session (a session without
// exercises, such as a practice drill, still gets a row), so a clinician can
// compare planned and done. An exercise swapped out keeps its own row with
// what was done of it and names the one that took its place; that one names
// the exercise it replaced. Pain not given is an empty cell.
func WriteCSV(w io.Writer, sessions []Session) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, s := range sessions {
		pos, secs := "", ""
		if s.Kind == Drill {
			pos, secs = s.Position.String(), itoa(s.Seconds)
		}
		base := []string{s.Started.Format("2006-01-02"), s.Started.Format("15:04"), string(s.Kind), s.Name, s.State, pos, secs,
			pain(s.PainBefore), pain(s.PainAfter), itoa(s.VacuumPlanned), itoa(s.VacuumReps), itoa(s.VacuumHold), yes(s.HeldThroughout)}
		if len(s.Items) == 0 {
			if err := cw.Write(append(base, make([]string, len(header)-len(base))...)); err != nil {
				return err
			}
		}
		for i, it := range s.Items {
			row := append(append([]string(nil), base...), it.Exercise, it.Name, s.SwappedIn(i), s.SwappedFor(i),
				itoa(it.SetsPlanned), itoa(it.SetsDone), itoa(it.RepsPlanned), itoa(it.RepsDone), itoa(it.HoldPlanned), itoa(it.HoldDone),
				yes(it.FeltIt), yes(it.Skipped))
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// ExportCSV writes the CSV to path whole or not at all (see regfile).
func ExportCSV(path string, sessions []Session) error {
	return regfile.Write(path, func(f *os.File) error { return WriteCSV(f, sessions) })
}

func pain(n int) string {
	if n < 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func itoa(n int) string { return strconv.Itoa(n) }

func yes(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
