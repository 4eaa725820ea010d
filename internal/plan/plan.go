// Package plan holds a workout plan (a named list of exercises with sets and
// reps or holds) and its JSON file format. Every limit that import enforces is
// also enforced by Validate, so a plan built in the UI and a plan read from a
// file obey the same rules.
package plan

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/corecue/corecue/internal/jsonfile"
)

// Limits. They bound what a person can type and what a file can ask for, so
// nothing downstream (risk rules, PDF table, database) meets absurd values.
const (
	MaxItems      = 100
	MinSets       = 1
	MaxSets       = 20
	MinReps       = 1
	MaxReps       = 200
	MinHold       = 1   // seconds
	MaxHold       = 300 // seconds
	MaxRest       = 600 // seconds; ten minutes is already a break, not rest
	MaxNameLength = 100 // characters (runes), not bytes
)

// Plain is err's message without the kind Validate and Parse wrap it in, as
// a screen shows it: "("Crunch") sets 0 is outside 1-20" rather than
// "value out of range: ("Crunch") sets 0 is outside 1-20".
func Plain(err error) string {
	msg := err.Error()
	for _, kind := range []error{ErrTooLarge, ErrNotJSON, ErrVersion, ErrTooManyItems,
		ErrOutOfRange, ErrNameTooLong, ErrBadUTF8, ErrInvalid} {
		if errors.Is(err, kind) {
			msg = strings.Replace(msg, kind.Error()+": ", "", 1)
		}
	}
	return msg
}

// Errors that Validate and Parse wrap, so callers can tell the kind apart
// while still showing the full one-line message.
var (
	ErrTooLarge     = errors.New("file too large")
	ErrNotJSON      = errors.New("not JSON")
	ErrVersion      = errors.New("unknown version")
	ErrTooManyItems = errors.New("too many items")
	ErrOutOfRange   = errors.New("value out of range")
	ErrNameTooLong  = errors.New("name too long")
	ErrBadUTF8      = errors.New("bad UTF-8")
	ErrInvalid      = errors.New("invalid plan")
)

// Plan is a named workout.
type Plan struct {
	Name  string
	Items []Item
}

// Item is one exercise in a plan. Exercise is whatever the author wrote: a
// library id ("mcgill-curl-up") or a free-text name ("situps"); Resolve maps it
// to the library. Exactly one of Reps and HoldSeconds is set: an isometric
// exercise is timed, a dynamic one is counted.
type Item struct {
	Exercise    string
	Sets        int
	Reps        int
	HoldSeconds int
	RestSeconds int
}

// IsHold reports whether the item is timed rather than counted.
func (it Item) IsHold() bool { return it.HoldSeconds > 0 }

// Dose renders the volume the way a handout or list shows it: "3 × 10" or
// "3 × 20 s".
func (it Item) Dose() string {
	if it.IsHold() {
		return fmt.Sprintf("%d × %d s", it.Sets, it.HoldSeconds)
	}
	return fmt.Sprintf("%d × %d", it.Sets, it.Reps)
}

// Validate checks every limit and returns the first problem as one line that
// names the item and field.
func (p Plan) Validate() error {
	if err := checkName("plan name", p.Name); err != nil {
		return err
	}
	if len(p.Items) > MaxItems {
		return fmt.Errorf("%w: the plan has %d items, the limit is %d", ErrTooManyItems, len(p.Items), MaxItems)
	}
	for i, it := range p.Items {
		if err := it.Validate(); err != nil {
			return fmt.Errorf("item %d: %w", i+1, err)
		}
	}
	return nil
}

// Validate checks one item against the limits: its name, reps or a hold
// (one of the two), and every count in range. The guided workout and the
// planner's add form check items here too, so the limits live in one place.
func (it Item) Validate() error {
	if err := checkName("exercise", it.Exercise); err != nil {
		return err
	}
	switch {
	case it.Reps != 0 && it.HoldSeconds != 0:
		return fmt.Errorf("%w: %shas both reps and hold_seconds; give one", ErrInvalid, it.what())
	case it.Reps == 0 && it.HoldSeconds == 0:
		return fmt.Errorf("%w: %sneeds reps or hold_seconds", ErrInvalid, it.what())
	}
	for _, f := range []struct {
		name string
		v    int
		set  bool
	}{{"sets", it.Sets, true}, {"hold", it.HoldSeconds, it.HoldSeconds != 0},
		{"reps", it.Reps, it.Reps != 0}, {"rest", it.RestSeconds, true}} {
		if f.set {
			if err := it.inRange(f.name, f.v); err != nil {
				return err
			}
		}
	}
	return nil
}

// limits are the item fields' ranges, the one table every check reads. The
// names are the words a person reads (the planner's form shows these
// messages too), with the unit the value is in.
var limits = map[string]struct {
	lo, hi int
	unit   string
}{
	"sets": {MinSets, MaxSets, ""},
	"reps": {MinReps, MaxReps, ""},
	"hold": {MinHold, MaxHold, " s"},
	"rest": {0, MaxRest, " s"},
}

// inRange checks one field's value against its limits.
func (it Item) inRange(field string, v int) error {
	r := limits[field]
	if v < r.lo || v > r.hi {
		return fmt.Errorf("%w: %s%s %d%s is outside %d-%d%s", ErrOutOfRange, it.what(), field, v, r.unit, r.lo, r.hi, r.unit)
	}
	return nil
}

// what names the item at the start of a message, escaped so that whatever
// the name holds the message stays one line.
func (it Item) what() string {
	return "(" + jsonfile.Quote(it.Exercise, 40) + ") "
}

// checkName refuses names that would break a one-line list, a table cell or
// a terminal: empty, overlong, invalid UTF-8 or holding control characters.
func checkName(field, s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("%w: %s is not valid UTF-8", ErrBadUTF8, field)
	}
	if strings.TrimSpace(s) == "" {
		return fmt.Errorf("%w: %s is empty", ErrInvalid, field)
	}
	if n := utf8.RuneCountInString(s); n > MaxNameLength {
		return fmt.Errorf("%w: %s is %d characters, the limit is %d", ErrNameTooLong, field, n, MaxNameLength)
	}
	if err := jsonfile.CheckText(s, false); err != nil {
		return fmt.Errorf("%w: %s %v", ErrInvalid, field, err)
	}
	return nil
}
