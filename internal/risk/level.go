// Package risk turns an exercise's attributes and a person's context into a
// back-risk level with cited reasons, the modifiers that fired and safer
// alternatives. It is pure and deterministic: the same library, item and
// context always give the same assessment. The rules are written out in
// docs/risk-rules.md; each rule id there is a constant here.
package risk

import "fmt"

// Level is a back-risk level. The zero value is NotAssessed, so a forgotten
// assessment never reads as low, and no level means "safe".
type Level int

const (
	NotAssessed Level = iota
	Low
	Moderate
	High
)

var levelNames = [...]string{"not assessed", "low", "moderate", "high"}

func (l Level) String() string {
	if l < NotAssessed || l > High {
		return fmt.Sprintf("Level(%d)", int(l))
	}
	return levelNames[l]
}

// MarshalText writes the level as its plain name ("not assessed", "low", ...).
func (l Level) MarshalText() ([]byte, error) {
	if l < NotAssessed || l > High {
		return nil, fmt.Errorf("risk level %d is not one of 0-3", int(l))
	}
	return []byte(levelNames[l]), nil
}

// UnmarshalText reads a name written by MarshalText.
func (l *Level) UnmarshalText(b []byte) error {
	v, err := ParseLevel(string(b))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// ParseLevel reads "not assessed", "low", "moderate" or "high".
func ParseLevel(s string) (Level, error) {
	for i, n := range levelNames {
		if n == s {
			return Level(i), nil
		}
	}
	return NotAssessed, fmt.Errorf("%q is not a risk level (not assessed, low, moderate, high)", s)
}

// raise adds one level, never above High; NotAssessed stays NotAssessed.
func raise(l Level) Level {
	if l == NotAssessed || l >= High {
		return l
	}
	return l + 1
}

// Disclaimer goes next to every assessment a person sees.
const Disclaimer = "General guidance, not a diagnosis. If an exercise hurts, stop and ask your clinician."

// ForYourBack is how every screen words a level for a person: "high risk for
// your back", or "not assessed" for an exercise the library does not know
// (never "safe").
func (l Level) ForYourBack() string {
	if l < Low || l > High {
		return "not assessed"
	}
	return levelNames[l] + " risk for your back"
}
