// Package history turns recorded workout sessions into what the history
// screen and the handout show: sessions per week against a goal, the current
// streak, a calendar of practice days, series for the charts, and a CSV
// export. It imports no Fyne.
package history

import (
	"sort"
	"time"
)

// Goal limits: sessions per week a person may set.
const (
	MinGoal     = 1
	MaxGoal     = 14
	DefaultGoal = 3
)

// WeekStart is the Monday 00:00 of t's week, in t's location.
func WeekStart(t time.Time) time.Time {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
	back := (int(d.Weekday()) + 6) % 7 // Monday = 0
	return d.AddDate(0, 0, -back)
}

// Day is t's date at midnight.
func Day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, t.Location())
}

// WeekCount is the number of sessions in the week starting Start.
type WeekCount struct {
	Start time.Time
	N     int
}

// PerWeek counts sessions in each of the last n weeks up to now's, oldest first.
func PerWeek(sessions []Session, n int, now time.Time) []WeekCount {
	out := make([]WeekCount, n)
	this := WeekStart(now)
	for i := range out {
		out[i].Start = this.AddDate(0, 0, -7*(n-1-i))
	}
	for _, s := range sessions {
		w := WeekStart(s.Started.In(now.Location()))
		for i := range out {
			if out[i].Start.Equal(w) {
				out[i].N++
			}
		}
	}
	return out
}

// Days is the number of sessions on each date.
func Days(sessions []Session, loc *time.Location) map[time.Time]int {
	out := map[time.Time]int{}
	for _, s := range sessions {
		out[Day(s.Started.In(loc))]++
	}
	return out
}

// Streak is the number of days in a row with a session, ending today, or
// yesterday when today has none yet (a streak is not lost before the day ends).
func Streak(sessions []Session, now time.Time) int {
	days := Days(sessions, now.Location())
	d := Day(now)
	if days[d] == 0 {
		d = d.AddDate(0, 0, -1)
	}
	n := 0
	for days[d] > 0 {
		n++
		d = d.AddDate(0, 0, -1)
	}
	return n
}

// WeeksAtGoal is how many weeks in a row, ending with the last full week,
// reached the goal.
func WeeksAtGoal(sessions []Session, goal int, now time.Time) int {
	weeks := PerWeek(sessions, 52, now)
	n := 0
	for i := len(weeks) - 2; i >= 0 && weeks[i].N >= goal; i-- {
		n++
	}
	return n
}

// Point is one session's value on a chart.
type Point struct {
	When  time.Time
	Value float64
}

// Series are the chart lines, each oldest first.
type Series struct {
	PainBefore, PainAfter []Point // sessions that have the rating
	VacuumReps            []Point // warm-up reps done
	HoldSeconds           []Point // seconds of every hold done in the session: vacuum holds and timed exercises
}

// Lines reads the chart series out of the sessions.
func Lines(sessions []Session) Series {
	ss := append([]Session(nil), sessions...)
	sort.SliceStable(ss, func(i, j int) bool { return ss[i].Started.Before(ss[j].Started) })
	var out Series
	for _, s := range ss {
		if s.PainBefore >= 0 {
			out.PainBefore = append(out.PainBefore, Point{s.Started, float64(s.PainBefore)})
		}
		if s.PainAfter >= 0 {
			out.PainAfter = append(out.PainAfter, Point{s.Started, float64(s.PainAfter)})
		}
		if s.VacuumPlanned > 0 {
			out.VacuumReps = append(out.VacuumReps, Point{s.Started, float64(s.VacuumReps)})
		}
		hold := s.VacuumReps * s.VacuumHold
		for _, it := range s.Items {
			hold += it.HoldDone
		}
		out.HoldSeconds = append(out.HoldSeconds, Point{s.Started, float64(hold)})
	}
	return out
}
