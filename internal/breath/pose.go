package breath

import (
	"math"
	"time"
)

// Pose is everything the picture, the captions and the counters show at one
// instant. It is a pure function of session time: the same t always gives the
// same Pose, so the screen can be rendered for any moment (corecue frame) and
// tested without a running animation.
type Pose struct {
	T        time.Duration
	Phase    Phase
	Rep      int // 1-based; 0 in the lead-in
	Reps     int
	Progress float64       // 0..1 through the current phase
	Left     time.Duration // time left in the current phase
	HoldLeft time.Duration // time left in the hold; zero outside it

	// Engagement is how far the belly button is drawn in toward the spine,
	// 0 relaxed to 1 fully drawn in. It is continuous and eased: no jumps.
	Engagement float64
	// Breath is how full the lungs are, 0 empty to 1 full; 0.5 is a relaxed breath.
	Breath float64

	Caption  string // the words of the current cue, as spoken
	Reminder string // the re-engage nudge, at the start of reps after the first
}

// Breath levels the picture moves between.
const (
	breathRest    = 0.5
	breathEmpty   = 0.08
	breathFull    = 0.95
	breathHoldLow = 0.35
	shallowDepth  = 0.10            // peak-to-trough of the shallow breaths in the hold
	shallowPeriod = 3 * time.Second // one shallow breath in the hold
	holdExhaleMax = 3 * time.Second // how long the breath out at the start of the hold takes
)

// Pose returns the pose at session time t. Times before zero give the first
// pose; times past the end give the Done pose.
func (tl *Timeline) Pose(t time.Duration) Pose {
	if t < 0 {
		t = 0
	}
	p := Pose{T: t, Reps: tl.Drill.Reps, Breath: breathRest}
	if c, ok := tl.CueAt(t); ok {
		p.Caption = c.Caption
	}
	i := tl.SegmentAt(t)
	if i >= len(tl.Segments) {
		p.Phase, p.Rep, p.Progress = Done, tl.Drill.Reps, 1
		return p
	}
	s := tl.Segments[i]
	into := t - s.Start
	p.Phase, p.Rep = s.Phase, s.Rep
	p.Progress = float64(into) / float64(s.Len)
	p.Left = s.Len - into
	switch s.Phase {
	case Exhale:
		p.Breath = lerp(breathRest, breathEmpty, ease(p.Progress))
	case Inhale:
		p.Engagement = ease(p.Progress)
		p.Breath = lerp(breathEmpty, breathFull, ease(p.Progress))
	case Hold:
		p.Engagement = 1
		p.HoldLeft = p.Left
		p.Breath = holdBreath(into, s.Len)
	case Release:
		p.Engagement = 1 - ease(p.Progress)
		p.Breath = lerp(holdBreath(tl.Drill.Hold, tl.Drill.Hold), breathRest, ease(p.Progress))
	}
	// The nudge stays up while the person is drawing in again, until the hold.
	if s.Rep > 1 && (s.Phase == Exhale || s.Phase == Inhale) {
		p.Reminder = Reminder
	}
	return p
}

// holdBreath is the lung level `into` the hold: a breath out while keeping the
// draw-in, then slow shallow breaths. The shallow wave starts at its trough so
// the curve has no kink where the breath out ends.
func holdBreath(into, hold time.Duration) float64 {
	out := hold / 2
	if out > holdExhaleMax {
		out = holdExhaleMax
	}
	if into <= out {
		return lerp(breathFull, breathHoldLow, ease(float64(into)/float64(out)))
	}
	phase := 2 * math.Pi * float64(into-out) / float64(shallowPeriod)
	return breathHoldLow + shallowDepth*(1-math.Cos(phase))/2
}

// Still returns the representative pose for the phase with no motion, for
// reduced-motion mode: the picture changes once per phase, never in between.
func (p Pose) Still() Pose {
	switch p.Phase {
	case LeadIn, End, Done:
		p.Engagement, p.Breath = 0, breathRest
	case Exhale:
		p.Engagement, p.Breath = 0, breathEmpty
	case Inhale:
		p.Engagement, p.Breath = 0.6, breathFull
	case Hold:
		p.Engagement, p.Breath = 1, breathHoldLow
	case Release:
		p.Engagement, p.Breath = 0, breathRest
	}
	p.Progress = 0
	return p
}

// ease is smoothstep: zero speed at both ends, so joined phases never jerk.
func ease(x float64) float64 {
	x = math.Max(0, math.Min(1, x))
	return x * x * (3 - 2*x)
}

func lerp(a, b, x float64) float64 { return a + (b-a)*x }
