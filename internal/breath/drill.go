// Package breath turns a drill (how long each part of the stomach-vacuum cycle
// lasts, how many reps) into a timeline: the cues a listener hears and the pose
// the picture shows at any instant. It is the single source of truth for picture,
// captions and sound, and it imports nothing from Fyne or audio.
package breath

import (
	"fmt"
	"math"
	"strings"
	"time"
)

// Step is the granularity of every adjustable phase length. Half seconds keep
// every cue on an exact sample at 8, 22.05, 44.1 and 48 kHz.
const Step = 500 * time.Millisecond

// Drill describes one practice: a lead-in, then Reps cycles of
// exhale → inhale while drawing in → breathe out and hold → release.
type Drill struct {
	Name     string        `json:"name"`
	Method   Method        `json:"method"`
	Position Position      `json:"position"`
	LeadIn   time.Duration `json:"lead_in"`
	Exhale   time.Duration `json:"exhale"`
	Inhale   time.Duration `json:"inhale"`
	Hold     time.Duration `json:"hold"`
	Release  time.Duration `json:"release"`
	Reps     int           `json:"reps"`
}

// Default phase lengths for the vacuum preset, and why:
//   - lead-in 3 s: a spoken or shown 3-2-1, as most guided apps do before the first breath;
//   - exhale 4 s: a full, unhurried breath out empties the lungs so the next inhale is deep;
//   - inhale 4 s: the clinic pairs the inhale with drawing the navel in; 4 s sits in the
//     4–5 s range breathing apps use for a comfortable in-breath;
//   - hold 10 s: long enough to feel the "corset" tighten and to take two or three shallow
//     breaths while keeping it (the point is holding the muscle, not the breath), short enough
//     that beginners do not start bracing or breath-holding;
//   - release 4 s: let the belly go and take a normal breath before the next rep.
//
// One rep is 22 s, so 10 reps take under 4 minutes and 20 reps under 8.
const (
	DefaultLeadIn  = 3 * time.Second
	DefaultExhale  = 4 * time.Second
	DefaultInhale  = 4 * time.Second
	DefaultHold    = 10 * time.Second
	DefaultRelease = 4 * time.Second
)

// Vacuum returns the clinic's stomach-vacuum drill with the given number of reps.
func Vacuum(reps int) Drill {
	return Drill{
		Name:    fmt.Sprintf("Vacuum %d", reps),
		LeadIn:  DefaultLeadIn,
		Exhale:  DefaultExhale,
		Inhale:  DefaultInhale,
		Hold:    DefaultHold,
		Release: DefaultRelease,
		Reps:    reps,
	}
}

// Taster is the short version a waiting-room visitor can try in about a minute.
func Taster() Drill {
	d := Vacuum(3)
	d.Name = "Taster"
	d.Hold = 6 * time.Second
	d.Release = 3 * time.Second
	return d
}

// Presets are the drills offered in the picker, in order: the clinic's
// vacuum at its three rep counts, then the physiotherapy drawing-in.
func Presets() []Drill {
	return []Drill{Vacuum(10), Vacuum(15), Vacuum(20), DrawingInDrill(10)}
}

// Preset looks a preset up by the names the command line accepts: "vacuum"
// (10 reps unless reps says otherwise) and "taster".
func Preset(name string, reps int) (Drill, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "vacuum", "":
		if reps == 0 {
			reps = 10
		}
		d := Vacuum(reps)
		return d, d.Validate()
	case "taster":
		d := Taster()
		if reps != 0 {
			d.Reps = reps
		}
		return d, d.Validate()
	case "drawing-in":
		if reps == 0 {
			reps = 10
		}
		d := DrawingInDrill(reps)
		return d, d.Validate()
	}
	return Drill{}, fmt.Errorf("unknown preset %q (choose vacuum, drawing-in or taster)", name)
}

// Limits for custom drills. Every phase must be a whole number of Steps.
const (
	MinReps    = 1
	MaxReps    = 100
	MaxLeadIn  = 10 * time.Second
	MinPhase   = 1 * time.Second
	MaxBreath  = 30 * time.Second
	MaxHold    = 120 * time.Second
	MaxRelease = 60 * time.Second
	MaxNameLen = 40
)

// FieldError names the field of a drill that is out of bounds.
type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

// Validate refuses a drill that could not be practised: a phase that is
// negative, zero, not a multiple of Step or beyond its limit, reps out of range,
// or a blank or over-long name.
func (d Drill) Validate() error {
	name := strings.TrimSpace(d.Name)
	if name == "" {
		return &FieldError{"name", "must not be empty"}
	}
	if n := len([]rune(name)); n > MaxNameLen {
		return &FieldError{"name", fmt.Sprintf("is %d characters; at most %d", n, MaxNameLen)}
	}
	if d.Method != Clinic && d.Method != DrawingIn {
		return &FieldError{"method", "must be clinic or drawing-in"}
	}
	if d.Position < Lying || d.Position > Standing {
		return &FieldError{"position", "must be lying, kneeling, sitting or standing"}
	}
	if d.Reps < MinReps || d.Reps > MaxReps {
		return &FieldError{"reps", fmt.Sprintf("must be %d–%d, got %d", MinReps, MaxReps, d.Reps)}
	}
	checks := []struct {
		field    string
		v        time.Duration
		min, max time.Duration
	}{
		{"lead-in", d.LeadIn, 0, MaxLeadIn},
		{"exhale", d.Exhale, MinPhase, MaxBreath},
		{"inhale", d.Inhale, MinPhase, MaxBreath},
		{"hold", d.Hold, MinPhase, MaxHold},
		{"release", d.Release, MinPhase, MaxRelease},
	}
	for _, c := range checks {
		if c.v < c.min || c.v > c.max {
			return &FieldError{c.field, fmt.Sprintf("must be %s–%s, got %s", secs(c.min), secs(c.max), secs(c.v))}
		}
		if c.v%Step != 0 {
			return &FieldError{c.field, fmt.Sprintf("must be in 0.5 s steps, got %s", secs(c.v))}
		}
	}
	return nil
}

// Seconds converts a user-entered number of seconds into a phase length,
// refusing NaN, infinities and values that are not in 0.5 s steps.
func Seconds(field string, s float64) (time.Duration, error) {
	if math.IsNaN(s) || math.IsInf(s, 0) {
		return 0, &FieldError{field, "is not a number"}
	}
	if s < 0 {
		return 0, &FieldError{field, fmt.Sprintf("must not be negative, got %g s", s)}
	}
	if s > 3600 {
		return 0, &FieldError{field, fmt.Sprintf("is far too long (%g s)", s)}
	}
	halves := s * 2
	if math.Abs(halves-math.Round(halves)) > 1e-9 {
		return 0, &FieldError{field, fmt.Sprintf("must be in 0.5 s steps, got %g s", s)}
	}
	return time.Duration(math.Round(halves)) * Step, nil
}

// Duration is the length of the whole drill, lead-in and end cue included.
func (d Drill) Duration() time.Duration {
	return d.LeadIn + time.Duration(d.Reps)*d.RepDuration() + EndDuration
}

// RepDuration is one cycle.
func (d Drill) RepDuration() time.Duration { return d.Exhale + d.Inhale + d.Hold + d.Release }

func secs(d time.Duration) string {
	return fmt.Sprintf("%g s", d.Seconds())
}
