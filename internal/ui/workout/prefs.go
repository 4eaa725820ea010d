package workout

import (
	"fyne.io/fyne/v2"

	engine "github.com/corecue/corecue/internal/workout"
)

// Preference keys for the workout settings.
const (
	prefWarmUp   = "workout.warm_up"
	prefWarmReps = "workout.warm_up_reps"
	prefWarmHold = "workout.warm_up_hold"
	prefTempo    = "workout.tempo"
	prefPace     = "workout.rep_seconds"
	prefReengage = "workout.reengage_every"
)

// loadOptions reads the saved settings; anything out of range falls back to
// its default rather than stopping a session from starting.
func loadOptions(p fyne.Preferences) engine.Options {
	d := engine.DefaultOptions()
	o := engine.Options{
		WarmUp:        p.BoolWithFallback(prefWarmUp, d.WarmUp),
		WarmUpReps:    p.IntWithFallback(prefWarmReps, d.WarmUpReps),
		WarmUpHold:    p.IntWithFallback(prefWarmHold, d.WarmUpHold),
		Tempo:         p.BoolWithFallback(prefTempo, d.Tempo),
		RepSeconds:    p.IntWithFallback(prefPace, d.RepSeconds),
		ReengageEvery: p.IntWithFallback(prefReengage, d.ReengageEvery),
	}
	if o.Validate() != nil {
		return d
	}
	return o
}

func saveOptions(p fyne.Preferences, o engine.Options) {
	p.SetBool(prefWarmUp, o.WarmUp)
	p.SetInt(prefWarmReps, o.WarmUpReps)
	p.SetInt(prefWarmHold, o.WarmUpHold)
	p.SetBool(prefTempo, o.Tempo)
	p.SetInt(prefPace, o.RepSeconds)
	p.SetInt(prefReengage, o.ReengageEvery)
}
