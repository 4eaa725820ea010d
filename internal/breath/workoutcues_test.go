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

// The two tables of spoken lines never share an id: Line reads the drill's
// first, so a shared id would silently hide the workout's words.
func TestVoiceIDsAreUnique(t *testing.T) {
	for id := range workoutLines {
		if _, ok := lines[id]; ok {
			t.Errorf("voice id %q is in both tables", id)
		}
	}
	if got := CueNext + 1; int(got) != len(cueNames) {
		t.Errorf("%d kinds but %d names", got, len(cueNames))
	}
}
