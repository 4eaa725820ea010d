// Package reminder works out when the daily practice reminder is next due.
// It keeps no timer itself: the window schedules one from Next.
package reminder

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Time is a time of day, to the minute. The zero value with Set false means
// no reminder.
type Time struct {
	Hour, Minute int
	Set          bool
}

// Parse reads "HH:MM" (24-hour); an empty string turns the reminder off.
func Parse(s string) (Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Time{}, nil
	}
	h, m, ok := strings.Cut(s, ":")
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || len(m) != 2 {
		return Time{}, fmt.Errorf("reminder time %q: use 24-hour HH:MM, such as 18:30", s)
	}
	if hh < 0 || hh > 23 || mm < 0 || mm > 59 {
		return Time{}, fmt.Errorf("reminder time %q: hours run 0-23 and minutes 0-59", s)
	}
	return Time{Hour: hh, Minute: mm, Set: true}, nil
}

// String is "HH:MM", or "" when off.
func (t Time) String() string {
	if !t.Set {
		return ""
	}
	return fmt.Sprintf("%02d:%02d", t.Hour, t.Minute)
}

// Next is the first moment strictly after now at the reminder's time of day,
// in now's location (a daylight-saving gap moves it as time.Date does).
func (t Time) Next(now time.Time) (time.Time, bool) {
	if !t.Set {
		return time.Time{}, false
	}
	at := time.Date(now.Year(), now.Month(), now.Day(), t.Hour, t.Minute, 0, 0, now.Location())
	if !at.After(now) {
		at = time.Date(now.Year(), now.Month(), now.Day()+1, t.Hour, t.Minute, 0, 0, now.Location())
	}
	return at, true
}

// Message is the notification's text: a nudge, or none when the person has
// already practised today.
func Message(practisedToday bool) (string, bool) {
	if practisedToday {
		return "", false
	}
	return "Time for your core practice: a vacuum warm-up and your plan. Keep breathing while you engage.", true
}
