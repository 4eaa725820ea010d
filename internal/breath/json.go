package breath

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/corecue/corecue/internal/jsonfile"
)

// drillJSON is the stored form of a drill: seconds, not nanoseconds, so a
// clinician can read and edit a saved drill by hand.
type drillJSON struct {
	Name     string  `json:"name"`
	Method   string  `json:"method,omitempty"`   // "clinic" when absent, as drills saved before it was added
	Position string  `json:"position,omitempty"` // "lying" when absent
	LeadIn   float64 `json:"lead_in_s"`
	Exhale   float64 `json:"exhale_s"`
	Inhale   float64 `json:"inhale_s"`
	Hold     float64 `json:"hold_s"`
	Release  float64 `json:"release_s"`
	Reps     int     `json:"reps"`
}

// MarshalJSON writes phase lengths in seconds.
func (d Drill) MarshalJSON() ([]byte, error) {
	return json.Marshal(drillJSON{d.Name, d.Method.String(), d.Position.String(), d.LeadIn.Seconds(),
		d.Exhale.Seconds(), d.Inhale.Seconds(), d.Hold.Seconds(), d.Release.Seconds(), d.Reps})
}

// UnmarshalJSON reads a stored drill strictly (see jsonfile) and refuses one
// that would not validate, naming the field.
func (d *Drill) UnmarshalJSON(b []byte) error {
	var j drillJSON
	if err := jsonfile.Decode(b, &j); err != nil {
		return fmt.Errorf("drill: %w", err)
	}
	out := Drill{Name: j.Name, Reps: j.Reps}
	if j.Method != "" {
		m, err := ParseMethod(j.Method)
		if err != nil {
			return err
		}
		out.Method = m
	}
	if j.Position != "" {
		p, err := ParsePosition(j.Position)
		if err != nil {
			return err
		}
		out.Position = p
	}
	for _, f := range []struct {
		name string
		s    float64
		dst  *time.Duration
	}{{"lead-in", j.LeadIn, &out.LeadIn}, {"exhale", j.Exhale, &out.Exhale}, {"inhale", j.Inhale, &out.Inhale},
		{"hold", j.Hold, &out.Hold}, {"release", j.Release, &out.Release}} {
		v, err := Seconds(f.name, f.s)
		if err != nil {
			return err
		}
		*f.dst = v
	}
	if err := out.Validate(); err != nil {
		return err
	}
	*d = out
	return nil
}
