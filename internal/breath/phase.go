package breath

import "time"

// Phase is one part of the drill.
type Phase int

const (
	LeadIn  Phase = iota // 3-2-1 before the first rep
	Exhale               // breathe out fully
	Inhale               // breathe in while drawing the belly button toward the spine
	Hold                 // breathe out and keep it drawn in: the corset tightens
	Release              // let go and breathe normally
	End                  // the closing cue
	Done                 // after the drill
)

var phaseNames = [...]string{"lead-in", "exhale", "inhale", "hold", "release", "end", "done"}

func (p Phase) String() string {
	if p < 0 || int(p) >= len(phaseNames) {
		return "unknown"
	}
	return phaseNames[p]
}

// Title is the short label the screen shows above the caption.
func (p Phase) Title() string {
	switch p {
	case LeadIn:
		return "Get ready"
	case Exhale:
		return "Breathe out"
	case Inhale:
		return "Breathe in · draw in"
	case Hold:
		return "Keep it in · keep breathing"
	case Release:
		return "Release"
	case End:
		return "Well done"
	}
	return ""
}

// EndDuration is how long the closing cue lasts after the last release.
const EndDuration = 3 * time.Second

// The words of each spoken prompt, which are also the captions, word for word.
// The voice clips in assets/voice are made from exactly these strings
// (scripts/make-voice.sh), so keep the two in step: a test checks it.
var lines = map[string]string{
	"exhale": "Breathe all the way out.",
	"inhale": "Breathe in to your sides, and draw your belly button in.",
	"hold":   "Breathe out, and keep it drawn in. Keep breathing gently.",
	// The physiotherapy drawing-in (method.go) has its own words for three phases.
	"gentle-out":     "Breathe out gently.",
	"draw-in":        "Gently draw your low belly in.",
	"hold-breathing": "Keep it drawn in, and breathe normally.",
	"release":        "Let go, and breathe normally.",
	"end":            "That's the drill done. Well done.",
	"1":              "One.",
	"2":              "Two.",
	"3":              "Three.",
	"4":              "Four.",
	"5":              "Five.",
	"6":              "Six.",
	"7":              "Seven.",
	"8":              "Eight.",
	"9":              "Nine.",
	"10":             "Ten.",
}

// VoiceLines returns a copy of every spoken line keyed by clip id.
func VoiceLines() map[string]string {
	out := make(map[string]string, len(lines)+len(workoutLines))
	for _, table := range []map[string]string{lines, workoutLines} {
		for k, v := range table {
			out[k] = v
		}
	}
	return out
}

// Reminder is the short nudge shown at the start of every rep after the first:
// engagement fades rep by rep, so each rep starts from a fresh draw-in.
const Reminder = "New rep: engage again from zero — don't let it fade."

// SelfCheck is the article's check, shown once a set during the first hold.
const SelfCheck = "Hands on your waist: feel it draw in, not push out."
