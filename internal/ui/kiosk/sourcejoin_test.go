package kiosk

import "testing"

// Replays issue 12: results for bicycle crunch and crunch listed several
// sources as "…28-37.; A 2010 study…", a full stop followed by ";".
func TestResultsSourcesJoinWithoutStopSemicolon(t *testing.T) {
	k, _ := newKiosk(t)
	toPicker(t, k)
	press(t, k, "Crunch")
	press(t, k, "Bicycle crunch")
	press(t, k, "5")
	press(t, k, "Check my 2 exercises")
	if !shows(k, "Source:") {
		t.Fatal("results show no source")
	}
	if shows(k, ".;") {
		t.Error(`a source line joins citations as ".;"`)
	}
}
