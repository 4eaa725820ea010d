package audio

import (
	"math"
	"testing"
	"time"

	"github.com/corecue/corecue/internal/breath"
)

// Every workout cue kind has a sound of its own, distinct from every other
// kind's, that starts and ends silent.
func TestWorkoutCueKindsHaveDistinctSounds(t *testing.T) {
	kinds := []breath.CueKind{breath.CueEngage, breath.CueReengage, breath.CueRep,
		breath.CueSetEnd, breath.CueRestEnd, breath.CueNext}
	all := append(kinds, allKinds...)
	for i, k := range all {
		s := cueSound(k)
		if len(s) < 100 {
			t.Fatalf("%s: %d samples", k, len(s))
		}
		if s[0] != 0 {
			t.Errorf("%s starts at %g", k, s[0])
		}
		for _, other := range all[:i] {
			if same(s, cueSound(other)) {
				t.Errorf("%s sounds the same as %s", k, other)
			}
		}
	}
	if n := bursts(f64(cueSound(breath.CueSetEnd))); n != 2 {
		t.Errorf("set end strikes %d times, want 2", n)
	}
}

// A cue list plays its cues at their exact samples, voice included, with
// silence between them.
func TestCueListPlacesEachCueOnItsSample(t *testing.T) {
	cues := []breath.Cue{
		{At: time.Second, Kind: breath.CueEngage, Voice: breath.VoiceEngage, Caption: breath.Line(breath.VoiceEngage)},
		{At: 9 * time.Second, Kind: breath.CueRep, Caption: "2"},
	}
	s := newSession(newCueList(cues), nil, tonesOnly())
	out := make([][2]float64, samples(10*time.Second))
	s.Stream(out)
	first := func(from int64) int64 {
		for i := from; i < int64(len(out)); i++ {
			if out[i][0] != 0 {
				return i
			}
		}
		return -1
	}
	if got := first(0); got < samples(time.Second) || got > samples(time.Second)+48 {
		t.Fatalf("first sound at sample %d, want %d", got, samples(time.Second))
	}
	after := samples(time.Second) + int64(len(cueSound(breath.CueEngage)))
	if got := first(after); got < samples(9*time.Second) || got > samples(9*time.Second)+48 {
		t.Fatalf("rep tick at sample %d, want %d", got, samples(9*time.Second))
	}
	if voiceClip(breath.VoiceEngage) == nil || voiceClip(breath.VoiceWorkoutEnd) == nil {
		t.Fatal("workout voice clips are missing")
	}
}

func f64(s sound) []float64 {
	out := make([]float64, len(s))
	for i, v := range s {
		out[i] = float64(v)
	}
	return out
}

// same reports whether two sounds are sample for sample within 1%.
func same(a, b sound) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(float64(a[i]-b[i])) > 0.01 {
			return false
		}
	}
	return true
}
