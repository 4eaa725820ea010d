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
// "Mon 2 Jan 2006 15:04", "2 Jan 15:04", "Mon 2 Jan 15:04", "2 Jan 2006"
// and "Mon 2 Jan 2006" in English.
const (
	DayYearTime = "%[1]s %[2]d %[3]s %[4]d %[5]s"
	DayTime     = "%[2]d %[3]s %[5]s"
	WeekdayTime = "%[1]s %[2]d %[3]s %[5]s"
	DayYear     = "%[2]d %[3]s %[4]d"
	WeekdayYear = "%[1]s %[2]d %[3]s %[4]d"
)

// Weekday is a weekday's short name in the language in use ("Mon").
func Weekday(d time.Weekday) string { return In(Current(), weekdays[d%7]) }

// Date writes t with one of the formats above in the language in use:
// Date(t, DayYearTime) is "Mon 2 Jan 2006 15:04" in English, as Go's
// time.Format would write it, but with the language's own names.
func Date(t time.Time, format string) string { return DateIn(Current(), t, format) }

// DateIn is Date in code, without changing the language in use (the
// handout).
func DateIn(code string, t time.Time, format string) string {
	return FIn(code, format, In(code, weekdays[t.Weekday()%7]), t.Day(), In(code, months[t.Month()-1]), t.Year(), t.Format("15:04"))
}

// DateKeys are the catalogue keys Date and Weekday use, for the check that
// every language has them.
func DateKeys() []string {
	out := append(weekdays[:0:0], weekdays[:]...)
	out = append(out, months[:]...)
	return append(out, DayYearTime, DayTime, WeekdayTime, DayYear, WeekdayYear)
}
