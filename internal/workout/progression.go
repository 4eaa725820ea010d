package workout

import (
	"fmt"
	"slices"
	"strings"

	"github.com/corecue/corecue/internal/history"
)

// VacuumSession is what one session says about the vacuum drill: its dose,
// the person's own report of how it went, and pain before and after.
type VacuumSession struct {
	Reps        int
	HoldSeconds int
	// HeldThroughout is the person's report: the draw-in held through every
	// hold without holding the breath.
	HeldThroughout bool
	PainBefore     int // 0-10, or -1 when not given
	PainAfter      int
	// Plan and FeltIt name the workout and the exercises felt in the back
	// in it, so advice after a pain rise says what the rise came with.
	Plan   string
	FeltIt []string
}

// Move is the direction a suggestion points.
type Move int

const (
	Stay Move = iota
	MoveUp
	StepBack
)

// Suggestion is advice the person may take or leave: it never changes a plan
// or drill by itself.
type Suggestion struct {
	Move        Move
	Reps        int // the dose suggested
	HoldSeconds int
	Text        string
	Evidence    []string // ids in the evidence list
}

// The ladder: reps first (10 → 15 → 20), then longer holds in 5 s steps.
// The top is a CoreCue design choice, kept modest: longer holds tempt people
// to brace or hold the breath, which the drill is meant to avoid.
var (
	repLadder = []int{10, 15, 20}
)

const (
	holdStep = 5
	holdTop  = 30
	holdLow  = 5
	// StreakToMoveUp is how many sessions in a row, at the current dose and
	// held throughout, come before a move up.
	StreakToMoveUp = 3
)

// Suggest reads the vacuum sessions oldest first and suggests the next dose:
// step back after a pain rise in the latest session (pain after higher than
// before), move up after StreakToMoveUp sessions in a row at the latest dose
// held throughout without holding the breath, otherwise stay.
func Suggest(history []VacuumSession) Suggestion {
	if len(history) == 0 {
		return Suggestion{Move: Stay, Reps: repLadder[0], HoldSeconds: DefaultWarmUpHold,
			Text: "Start the stomach vacuum with 10 reps of a 10 s hold.", Evidence: []string{"corecue-rules"}}
	}
	last := history[len(history)-1]
	cur := Suggestion{Move: Stay, Reps: last.Reps, HoldSeconds: last.HoldSeconds, Evidence: []string{"corecue-rules", "self-report"}}
	if painRose(last) {
		return suggestAfterPain(cur, last)
	}
	streak := heldStreak(history)
	if streak >= StreakToMoveUp {
		return suggestAfterStreak(cur, last, streak)
	}
	cur.Text = fmt.Sprintf("Keep your stomach vacuum at %s: %d of %d sessions in a row held throughout so far.", dose(last.Reps, last.HoldSeconds), streak, StreakToMoveUp)
	return cur
}

// painRose is whether pain was rated before and after a session and went up.
func painRose(s VacuumSession) bool {
	return s.PainBefore >= 0 && s.PainAfter > s.PainBefore
}

// suggestAfterPain offers a step back after a session that raised the pain,
// or says the vacuum is already at its lowest step.
func suggestAfterPain(cur Suggestion, last VacuumSession) Suggestion {
	rise := fmt.Sprintf("Your pain went from %d to %d in your last workout", last.PainBefore, last.PainAfter)
	if last.Plan != "" {
		rise += fmt.Sprintf(" (%s)", last.Plan)
	}
	if len(last.FeltIt) > 0 {
		rise += ", where you felt " + strings.Join(last.FeltIt, " and ") + " in your back"
	}
	r, h := stepBack(last.Reps, last.HoldSeconds)
	if r == last.Reps && h == last.HoldSeconds {
		cur.Text = fmt.Sprintf("%s. Your stomach vacuum is at its lowest step (%s): keep it there, and see a clinician if the rise lasts.",
			rise, dose(r, h))
		return cur
	}
	cur.Move, cur.Reps, cur.HoldSeconds = StepBack, r, h
	cur.Text = fmt.Sprintf("%s. Consider stepping your stomach vacuum back from %s to %s, and see a clinician if the rise lasts. Your choice.",
		rise, dose(last.Reps, last.HoldSeconds), dose(r, h))
	return cur
}

// heldStreak counts the latest sessions in a row at the last session's dose,
// held throughout and without a rise in pain.
func heldStreak(history []VacuumSession) int {
	last := history[len(history)-1]
	streak := 0
	for i := len(history) - 1; i >= 0; i-- {
		s := history[i]
		if s.Reps != last.Reps || s.HoldSeconds != last.HoldSeconds || !s.HeldThroughout || painRose(s) {
			break
		}
		streak++
	}
	return streak
}

// suggestAfterStreak offers the next step up after a long enough streak, or
// says the vacuum is at the top of the ladder.
func suggestAfterStreak(cur Suggestion, last VacuumSession, streak int) Suggestion {
	r, h := moveUp(last.Reps, last.HoldSeconds)
	if r != last.Reps || h != last.HoldSeconds {
		cur.Move, cur.Reps, cur.HoldSeconds = MoveUp, r, h
		cur.Text = fmt.Sprintf("You held the stomach vacuum's draw-in throughout, breathing freely, %d sessions in a row. You could move it up to %s. Your choice.", streak, dose(r, h))
		return cur
	}
	cur.Text = fmt.Sprintf("Your stomach vacuum is at the top of the ladder (%s). Keep it up.", dose(r, h))
	return cur
}

func moveUp(reps, hold int) (int, int) {
	for _, r := range repLadder {
		if reps < r {
			return r, hold
		}
	}
	if hold < holdTop {
		return reps, min(holdTop, (hold/holdStep+1)*holdStep)
	}
	return reps, hold
}

func stepBack(reps, hold int) (int, int) {
	top := repLadder[len(repLadder)-1]
	if reps >= top && hold > DefaultWarmUpHold {
		return reps, max(DefaultWarmUpHold, ((hold+holdStep-1)/holdStep-1)*holdStep)
	}
	for i := len(repLadder) - 1; i >= 0; i-- {
		if reps > repLadder[i] {
			return repLadder[i], hold
		}
	}
	if hold > holdLow {
		return reps, max(holdLow, hold-holdStep)
	}
	return reps, hold
}

func dose(reps, hold int) string {
	return fmt.Sprintf("%s of a %d s hold", history.Count(reps, "rep", "reps"), hold)
}

// VacuumHistory reads the vacuum warm-ups out of recorded sessions (oldest
// first). A warm-up counts as held throughout only when the person said so
// and every planned rep was done.
func VacuumHistory(sessions []history.Session) []VacuumSession {
	var out []VacuumSession
	for _, s := range sessions {
		if s.Kind != history.Workout || s.VacuumPlanned == 0 {
			continue
		}
		out = append(out, VacuumSession{Reps: s.VacuumPlanned, HoldSeconds: s.VacuumHold,
			HeldThroughout: s.HeldThroughout && s.VacuumReps >= s.VacuumPlanned,
			PainBefore:     s.PainBefore, PainAfter: s.PainAfter, Plan: s.Name, FeltIt: feltIn(s)})
	}
	return out
}

// feltIn names the exercises felt in the back in session s.
func feltIn(s history.Session) []string {
	var out []string
	for _, it := range s.Items {
		if it.FeltIt && !slices.Contains(out, it.Name) {
			out = append(out, it.Name)
		}
	}
	return out
}
