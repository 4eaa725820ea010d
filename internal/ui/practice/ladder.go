package practice

import (
	"github.com/corecue/corecue/internal/applog"
	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/i18n"
)

// LadderStore keeps the person's answer after each drill and reads every
// answer back; the store implements it.
type LadderStore interface {
	SetBreathedNormally(session int64, yes bool) error
	LadderEntries() ([]breath.LadderEntry, error)
}

// LadderQuestion is asked at the end of every recorded drill whose holds
// are long enough to count: holding the breath makes a hold look done
// when it is not, so only the person can say whether it counts.
const LadderQuestion = "Could you breathe normally through every hold?"

// Climb is where the person stands on the ladder.
func (s *Screen) Climb() breath.Ladder { return s.climb }

// reloadLadder reads the answers again and shows the ladder: the position
// list marks what is still locked, the line says what counts toward the
// next position.
func (s *Screen) reloadLadder() {
	if s.Position == nil {
		return
	}
	if s.ladder != nil {
		es, err := s.ladder.LadderEntries()
		if err != nil {
			s.Status.SetText(applog.Say(i18n.L("The practice ladder could not be read."), err))
		}
		s.climb = breath.Climb(es)
	}
	names := make([]string, len(breath.Positions))
	for i, p := range breath.Positions {
		names[i] = i18n.L(p.Title())
		if s.ladder != nil && !s.climb.Open(p) {
			names[i] = i18n.F("%s · locked", names[i])
		}
	}
	keep := max(s.Position.SelectedIndex(), 0)
	s.Position.SetOptions(names)
	s.Position.SetSelectedIndex(keep)
	s.Ladder.SetText(LadderLine(s.climb))
	s.Ladder.Hidden = s.ladder == nil
	s.Ladder.Refresh()
}

// LadderLine says where the person stands in a few words.
func LadderLine(l breath.Ladder) string {
	next, left, ok := l.Next()
	if !ok {
		return i18n.L("Ladder: every position open")
	}
	return i18n.N("Ladder: %[2]d of %[1]d holds %[3]s › %[4]s", breath.LadderHolds, breath.LadderHolds-left, named(l.Unlocked), named(next))
}

// named is the position's short name as a sentence uses it ("lying").
func named(p breath.Position) string { return i18n.L(p.String()) }

// closed says why a position cannot be chosen yet; empty when it can.
func (s *Screen) closed(p breath.Position) string {
	if s.ladder == nil || s.climb.Open(p) {
		return ""
	}
	prev := s.climb.Unlocked
	_, left, _ := s.climb.Next()
	return i18n.N("%[2]s opens after %[1]d holds of %[3]d s %[4]s with normal breathing: %[5]d to go in %[4]s.",
		breath.LadderHolds, i18n.L(p.Title()), int(breath.LadderHold.Seconds()), named(prev), left)
}

// ask puts the ladder's question once a recorded drill is over.
func (s *Screen) ask() {
	if s.ladder == nil || s.asking == 0 {
		return
	}
	s.Question.Show()
}

// Answer keeps the person's answer about the drill just done and shows the
// ladder it leaves them on.
func (s *Screen) Answer(yes bool) {
	id := s.asking
	s.endQuestion()
	if s.ladder == nil || id == 0 {
		return
	}
	before := s.climb
	if err := s.ladder.SetBreathedNormally(id, yes); err != nil {
		s.Status.SetText(applog.Say(i18n.L("Your answer could not be kept."), err))
		return
	}
	s.reloadLadder()
	switch {
	case !yes:
		s.Status.SetText(i18n.L("Not counted toward the ladder. Next time keep breathing in small breaths through the hold: you hold the belly, never the breath."))
	case s.climb.Unlocked > before.Unlocked:
		s.Status.SetText(i18n.F("Counted. %s is open now: choose it under Position when you are ready.", i18n.L(s.climb.Unlocked.Title())))
	default:
		next, left, ok := s.climb.Next()
		if !ok {
			s.Status.SetText(i18n.L("Counted. Every position is open to you."))
			break
		}
		s.Status.SetText(i18n.N("Counted. %d more holds %s with normal breathing open %s.", left, named(s.climb.Unlocked), named(next)))
	}
}

// Asking reports whether the ladder's question is waiting for an answer.
func (s *Screen) Asking() bool { return s.asking != 0 && s.Question.Visible() }

func (s *Screen) endQuestion() {
	s.asking = 0
	s.Question.Hide()
}
