package breath

import "testing"

// The workout's kinds are named, come after the drill's without renumbering
// them, and every workout prompt is one of the voice lines.
func TestWorkoutCueKindsAndLines(t *testing.T) {
	if CueEnd != 6 || CueEngage != 7 {
		t.Fatalf("kinds renumbered: end %d engage %d", CueEnd, CueEngage)
	}
	want := map[CueKind]string{CueEngage: "engage", CueReengage: "reengage", CueRep: "rep",
		CueSetEnd: "set-end", CueRestEnd: "rest-end", CueNext: "next", CueTick: "tick"}
	for k, n := range want {
		if k.String() != n {
			t.Errorf("kind %d is %q, want %q", k, k, n)
		}
	}
	all := VoiceLines()
	for _, id := range []string{VoiceEngage, VoiceReengage, VoiceSetEnd, VoiceWorkoutEnd, "hold", "3"} {
		if all[id] == "" || Line(id) != all[id] {
			t.Errorf("voice line %q missing", id)
		}
	}
	if Line("nope") != "" {
		t.Error("unknown id has words")
	}
}
