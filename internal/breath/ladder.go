package breath

import "time"

// The practice ladder moves a person from the easiest position to the
// hardest. A position is earned by LadderHolds holds of at least LadderHold in
// the one before it, each in a drill after which the person said they could
// breathe normally through every hold: holding the breath is the fault that
// makes a hold look done when it is not.
const (
	LadderHolds = 10
	LadderHold  = 10 * time.Second
)

// LadderEntry is what one finished or stopped drill tells the ladder.
type LadderEntry struct {
	Position         Position
	Holds            int           // holds completed
	Hold             time.Duration // the length of each hold
	BreathedNormally bool          // the person's own answer at the end of the drill
}

// Ladder is where a person stands: the holds that count in each position and
// the highest position open to them.
type Ladder struct {
	Holds    [len(positionNames)]int
	Unlocked Position
}

// Climb adds up the entries in any order. Lying is always open; each further
// position opens once the one before it has LadderHolds holds that count.
func Climb(entries []LadderEntry) Ladder {
	var l Ladder
	for _, e := range entries {
		if e.BreathedNormally && e.Hold >= LadderHold && e.Holds > 0 && e.Position >= Lying && e.Position <= Standing {
			l.Holds[e.Position] += e.Holds
		}
	}
	for l.Unlocked < Standing && l.Holds[l.Unlocked] >= LadderHolds {
		l.Unlocked++
	}
	return l
}

// Open reports whether a position may be chosen.
func (l Ladder) Open(p Position) bool { return p >= Lying && p <= l.Unlocked }

// Next names the position the person is working toward and how many holds
// in the current one it still needs; ok is false at the top of the ladder.
func (l Ladder) Next() (next Position, holdsLeft int, ok bool) {
	if l.Unlocked == Standing {
		return Standing, 0, false
	}
	return l.Unlocked + 1, LadderHolds - l.Holds[l.Unlocked], true
}
