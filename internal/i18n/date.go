package i18n

import "time"

// weekdays and months are the short names a date is written with, in
// English; each is a catalogue key.
var (
	weekdays = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	months   = [...]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

// The ways a screen writes a day, as catalogue formats whose values are
// weekday, day, month, year and time (a language may reorder them):
// "Mon 2 Jan 2006 15:04", "2 Jan 15:04" and "Mon 2 Jan 15:04" in English.
const (
	DayYearTime = "%[1]s %[2]d %[3]s %[4]d %[5]s"
	DayTime     = "%[2]d %[3]s %[5]s"
	WeekdayTime = "%[1]s %[2]d %[3]s %[5]s"
)

// Weekday is a weekday's short name in the language in use ("Mon").
func Weekday(d time.Weekday) string { return L(weekdays[d%7]) }

// Date writes t with one of the formats above in the language in use:
// Date(t, DayYearTime) is "Mon 2 Jan 2006 15:04" in English, as Go's
// time.Format would write it, but with the language's own names.
func Date(t time.Time, format string) string {
	return F(format, Weekday(t.Weekday()), t.Day(), L(months[t.Month()-1]), t.Year(), t.Format("15:04"))
}

// DateKeys are the catalogue keys Date and Weekday use, for the check that
// every language has them.
func DateKeys() []string {
	out := append(weekdays[:0:0], weekdays[:]...)
	out = append(out, months[:]...)
	return append(out, DayYearTime, DayTime, WeekdayTime)
}
