package workout

import (
	"strings"
	"testing"
)

// The workout's source line joined full citations as the kiosk did (issue
// 12): "…28-37.; A 2010 study…".
func TestSourceLineHasNoStopSemicolon(t *testing.T) {
	r := newLegDay(t)
	got := r.s.sourcesOf([]string{"callaghan-mcgill-2001", "eur-spine-2010-torsion"})
	if !strings.Contains(got, "28-37. Veres SP") || strings.Contains(got, ".;") {
		t.Errorf("source line %q; want the two citations joined without \".;\"", got)
	}
}
