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

	Title    string // the phase's short label, in the drill's method's words
	Caption  string // the words of the current cue, as spoken
	Reminder string // a line under the caption: set-up, re-engage nudge, self-check or a fault to avoid

	Method    Method   // how the drill is taught, which sets its breathing
	Position  Position // the body position the drill is done in
	SelfCheck bool     // the hands are on the waist, feeling the draw-in (one hold a set)
	Fault     Fault    // the fault the reminder warns of, for the picture to show; FaultNone otherwise
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

	// The drawing-in method breathes out gently, draws in at the end of that
	// breath, then breathes normally (tidal breaths, deeper and slower than
	// the clinic hold's shallow ones) with the belly kept in.
	breathGentleOut = 0.25
	breathDrawnIn   = 0.22
	tidalDepth      = 0.25
	tidalPeriod     = 4 * time.Second
)

// faultEvery is how often, in reps, a fault reminder takes the place of the
// plain re-engage nudge, so each of the common faults comes up in a set of 10.
const faultEvery = 2

// Pose returns the pose at session time t. Times before zero give the first
// pose; times past the end give the Done pose.
func (tl *Timeline) Pose(t time.Duration) Pose {
	if t < 0 {
		t = 0
	}
	m := tl.Drill.Method
	p := Pose{T: t, Reps: tl.Drill.Reps, Breath: breathRest, Method: m, Position: tl.Drill.Position}
	if c, ok := tl.CueAt(t); ok {
		p.Caption = c.Caption
	}
	i := tl.SegmentAt(t)
	if i >= len(tl.Segments) {
		p.Phase, p.Rep, p.Progress = Done, tl.Drill.Reps, 1
		p.Title = m.PhaseTitle(Done)
		return p
	}
	s := tl.Segments[i]
	into := t - s.Start
	p.Phase, p.Rep = s.Phase, s.Rep
	p.Progress = float64(into) / float64(s.Len)
	p.Left = s.Len - into
	p.Title = m.PhaseTitle(s.Phase)
	if m == DrawingIn {
		p.Breath = drawingInBreath(s.Phase, p.Progress, into, s.Len, tl.Drill.Hold)
	} else {
		p.Breath = clinicBreath(s.Phase, p.Progress, into, s.Len, tl.Drill.Hold)
	}
	switch s.Phase {
	case Inhale:
		p.Engagement = ease(p.Progress)
	case Hold:
		p.Engagement = 1
		p.HoldLeft = p.Left
	case Release:
		p.Engagement = 1 - ease(p.Progress)
	}
	p.Reminder, p.SelfCheck, p.Fault = reminderFor(tl.Drill.Position, s.Phase, s.Rep)
	return p
}

// reminderFor picks the line under the caption. The set-up line stays up
// through the count-in; the first hold of a set is the article's self-check,
// with the hands on the waist; later reps start with the re-engage nudge,
// which stays up while the person draws in again, and every faultEvery-th
// rep's hold names one common fault, in turn.
func reminderFor(pos Position, ph Phase, rep int) (string, bool, Fault) {
	switch {
	case ph == LeadIn:
		return pos.SetUp(), false, FaultNone
	case ph == Hold && rep == 1:
		return SelfCheck, true, FaultNone
	case ph == Hold && rep%faultEvery == 0:
		f := Faults[(rep/faultEvery-1)%len(Faults)]
		return f.Reminder(), false, f
	case rep > 1 && (ph == Exhale || ph == Inhale):
		return Reminder, false, FaultNone
	}
	return "", false, FaultNone
}

// clinicBreath is the lung level in the clinic's order: a full breath out, a
// deep breath in (to the sides and back) while drawing in, then a breath out
// and shallow breaths through the hold.
func clinicBreath(ph Phase, x float64, into, seg, hold time.Duration) float64 {
	switch ph {
	case Exhale:
		return lerp(breathRest, breathEmpty, ease(x))
	case Inhale:
		return lerp(breathEmpty, breathFull, ease(x))
	case Hold:
		return holdBreath(into, seg)
	case Release:
		return lerp(holdBreath(hold, hold), breathRest, ease(x))
	}
	return breathRest
}

// drawingInBreath is the lung level in the physiotherapy form: a gentle breath
// out, the draw-in at its end, normal breathing through the hold.
func drawingInBreath(ph Phase, x float64, into, seg, hold time.Duration) float64 {
	switch ph {
	case Exhale:
		return lerp(breathRest, breathGentleOut, ease(x))
	case Inhale:
		return lerp(breathGentleOut, breathDrawnIn, ease(x))
	case Hold:
		return tidalBreath(into)
	case Release:
		return lerp(tidalBreath(hold), breathRest, ease(x))
	}
	return breathRest
}

// tidalBreath is normal breathing from the drawn-in low: it starts at its
// trough so there is no kink where the draw-in ends.
func tidalBreath(into time.Duration) float64 {
	phase := 2 * math.Pi * float64(into) / float64(tidalPeriod)
	return breathDrawnIn + tidalDepth*(1-math.Cos(phase))/2
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
		if p.Method == DrawingIn {
			p.Breath = breathDrawnIn
		}
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
