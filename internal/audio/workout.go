package audio

import (
	"time"

	"github.com/corecue/corecue/internal/breath"
)

// workoutCueSounds gives each guided-workout cue its own shape, in the same
// grammar as the drill's: one strike for a small event, two to let go, a
// held chord to engage, so sets and rests are told apart with eyes closed.
func workoutCueSounds() map[breath.CueKind]sound {
	return map[breath.CueKind]sound{
		breath.CueEngage:   chord([]float64{392, 494, 588}, 500*time.Millisecond),
		breath.CueReengage: pings([]float64{740}, 200*time.Millisecond),
		breath.CueRep:      scale(ping(900, 60*time.Millisecond, 15*time.Millisecond), 0.45),
		breath.CueSetEnd:   pings([]float64{880, 587}, 260*time.Millisecond),
		breath.CueRestEnd:  pings([]float64{660, 990}, 160*time.Millisecond),
		breath.CueNext:     pings([]float64{523, 659, 784}, 140*time.Millisecond),
	}
}

// StartCues plays a list of cues, already on the session's time axis (the
// guided workout builds its own), from time zero, replacing whatever was
// playing. With bed set, the breath-sound bed follows that drill timeline
// from time zero (a warm-up), and is silent after it.
func (p *Player) StartCues(cues []breath.Cue, bedTL *breath.Timeline, m Mix) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var b *bed
	if bedTL != nil {
		b = newBed(bedTL)
	}
	s := newSession(newCueList(cues), b, m)
	p.begin(s)
	p.sess = s
}
