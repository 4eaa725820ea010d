package breath

// Cue kinds a guided workout adds to the drill's. They come after the drill's
// kinds so the drill's numbering never changes.
const (
	CueEngage   CueKind = iota + CueEnd + 1 // start of a set: engage the core
	CueReengage                             // every few reps: engage again
	CueRep                                  // tempo tick at the start of each rep
	CueSetEnd                               // the set is over: let go and rest
	CueRestEnd                              // rest is over: the next set starts
	CueNext                                 // the next exercise is announced
)

// The workout's spoken prompts, added to the drill's so scripts/make-voice.sh
// makes their clips and the manifest test covers them.
var workoutLines = map[string]string{
	"engage":      "Engage your core. Draw your belly button in, and keep breathing.",
	"reengage":    "Engage again. Don't let it fade.",
	"set-end":     "Set done. Let go, and rest.",
	"workout-end": "That's the workout done. Well done.",
}

// Workout voice clip ids, for the workout package.
const (
	VoiceEngage     = "engage"
	VoiceReengage   = "reengage"
	VoiceSetEnd     = "set-end"
	VoiceWorkoutEnd = "workout-end"
)

// Line returns the words of a voice clip id, "" when there is none. The
// drill's lines and the workout's are two tables so that each file keeps its
// own words; no id is in both (TestVoiceIDsAreUnique).
func Line(id string) string {
	if s, ok := lines[id]; ok {
		return s
	}
	return workoutLines[id]
}
