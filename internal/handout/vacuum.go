package handout

import (
	"slices"
	"time"

	"github.com/corecue/corecue/internal/breath"
)

// vacuumSteps are the clinic's core-engagement drill in CoreCue's words.
var vacuumSteps = []string{
	"Breathe out slowly until your lungs feel empty.",
	"Breathe in deeply, and as you do, draw your belly button back towards your spine.",
	"Breathe out again but keep the belly button drawn in. It should feel like a corset tightening around your middle: with your hands on your waist you feel the muscles firm up and pull in, not push out. Keep breathing gently; you are holding the muscles, not your breath.",
	"Let go: relax your belly and take an ordinary breath.",
	"Start the next rep from fully relaxed. Do 10, 15 or 20 reps, at the start of every session and before each exercise in your plan.",
}

// VacuumSteps are the drill's steps as the handout prints them, for the
// translation check.
func VacuumSteps() []string { return slices.Clone(vacuumSteps) }

// Still is one diagram picture in the handout: the moment of the vacuum
// drill it shows and its caption.
type Still struct {
	At      time.Duration // session time in breath.Vacuum's timeline
	Caption string
}

// holdCaption is the caption of the still that shows the corset held; the
// poster draws its four positions at that moment.
const holdCaption = "3. Keep it in, keep breathing"

// Stills returns the moments the handout pictures, all from the first rep
// of the default vacuum drill: lungs empty, drawn in on a full breath, the
// corset held, released. Each is taken late in its phase, once the picture
// has settled.
func Stills() []Still {
	tl, err := breath.New(breath.Vacuum(10))
	if err != nil {
		return nil
	}
	want := []struct {
		phase   breath.Phase
		at      float64 // fraction through the phase
		caption string
	}{
		{breath.Exhale, 0.9, "1. Breathe out fully"},
		{breath.Inhale, 0.9, "2. Breathe in, draw in"},
		{breath.Hold, 0.5, holdCaption},
		{breath.Release, 0.9, "4. Release"},
	}
	var out []Still
	for _, w := range want {
		for _, s := range tl.Segments {
			if s.Rep == 1 && s.Phase == w.phase {
				at := s.Start + time.Duration(float64(s.Len)*w.at)
				out = append(out, Still{At: at.Round(time.Millisecond), Caption: w.caption})
				break
			}
		}
	}
	return out
}
