package figure

import (
	"fmt"
	"math"

	"github.com/corecue/corecue/internal/breath"
)

// The words shown around the figure, shared by the practice screen and the
// pictures rendered without one, so both say the same.

// RepLine is the rep counter: "Rep 3 of 10", or the drill's length before
// the first rep starts.
func RepLine(p breath.Pose) string {
	if p.Reps <= 0 {
		return ""
	}
	if p.Rep <= 0 {
		return fmt.Sprintf("%d reps", p.Reps)
	}
	return fmt.Sprintf("Rep %d of %d", p.Rep, p.Reps)
}

// CountLine is the hold countdown in whole seconds, rounded up so it reads
// 10 … 1 and never 0 while the hold lasts; empty outside the hold.
func CountLine(p breath.Pose) string {
	if p.Phase != breath.Hold || p.HoldLeft <= 0 {
		return ""
	}
	return fmt.Sprintf("%d", int(math.Ceil(p.HoldLeft.Seconds())))
}
