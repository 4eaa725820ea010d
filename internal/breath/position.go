package breath

import (
	"fmt"
	"strings"
)

// Position is the body position a drill is practised in. The figure poses
// the same body for each one, and the set-up cue tells the person how to get
// there. The zero value is crook lying, the easiest place to learn the drill.
type Position int

// The positions, easiest first: the order of the practice ladder.
const (
	Lying    Position = iota // on the back, knees bent, feet flat (crook lying)
	Kneeling                 // on hands and knees (four-point kneeling)
	Sitting                  // sitting tall on a chair, feet flat
	Standing                 // standing tall, knees soft
)

// Positions lists every position in ladder order.
var Positions = []Position{Lying, Kneeling, Sitting, Standing}

var positionNames = [...]string{"lying", "kneeling", "sitting", "standing"}

// String returns the position's name as flags and files spell it.
func (p Position) String() string {
	if p < 0 || int(p) >= len(positionNames) {
		return fmt.Sprintf("Position(%d)", int(p))
	}
	return positionNames[p]
}

// ParsePosition reads a position name as String spells it, in any case.
func ParsePosition(s string) (Position, error) {
	for i, n := range positionNames {
		if strings.EqualFold(strings.TrimSpace(s), n) {
			return Position(i), nil
		}
	}
	return 0, fmt.Errorf("unknown position %q: use lying, kneeling, sitting or standing", s)
}

// Fault is a common way of getting the drill wrong. The figure can show each
// one beside the right way, and one of them comes back as the reminder now and then.
type Fault int

// The faults the clinic and physiotherapy teaching warn about. FaultNone is the drill done right.
const (
	FaultNone        Fault = iota
	FaultBreathHold        // holding the breath instead of the belly
	FaultBackFlatten       // flattening the lower back or tilting the pelvis
	FaultBellyOut          // the upper belly tightening or the belly pushing out
	FaultRibFlare          // the ribs lifting and flaring
)

// Faults lists every fault, FaultNone excluded.
var Faults = []Fault{FaultBreathHold, FaultBackFlatten, FaultBellyOut, FaultRibFlare}

// Title names the position for a person.
func (p Position) Title() string {
	switch p {
	case Kneeling:
		return "On hands and knees"
	case Sitting:
		return "Sitting"
	case Standing:
		return "Standing"
	}
	return "Lying on your back"
}

// SetUp is the one line that tells a person how to get into the position.
// Reminder lines stay under 60 characters so they fit one line of the
// stage at every window size (TestReminderLinesAreShort).
func (p Position) SetUp() string {
	switch p {
	case Kneeling:
		return "Hands under shoulders, knees under hips, back level."
	case Sitting:
		return "Sit tall on a firm chair, feet flat on the floor."
	case Standing:
		return "Stand tall, feet hip-width apart, knees soft."
	}
	return "On your back, knees bent; keep your back's small curve."
}

// Title names the fault as a person would recognise it.
func (f Fault) Title() string {
	switch f {
	case FaultBreathHold:
		return "Holding your breath"
	case FaultBackFlatten:
		return "Flattening your back or tilting your pelvis"
	case FaultBellyOut:
		return "Upper belly tightening or the belly pushing out"
	case FaultRibFlare:
		return "Ribs lifting and flaring"
	}
	return "Done right"
}

// Reminder is the short nudge that puts the fault right.
func (f Fault) Reminder() string {
	switch f {
	case FaultBreathHold:
		return "Keep breathing: hold the belly, never the breath."
	case FaultBackFlatten:
		return "Keep your lower back still: don't flatten or tilt."
	case FaultBellyOut:
		return "Draw the low belly in; let the upper belly stay soft."
	case FaultRibFlare:
		return "Breathe into your sides; keep the ribs from lifting."
	}
	return ""
}
