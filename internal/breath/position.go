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
