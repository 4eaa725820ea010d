package jsonfile

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quote shows text from a file inside a message: clipped to n characters and
// quoted, with control, bidirectional-override and other invisible
// characters escaped (\n, \u202e), so a message stays one line and a
// terminal shows what the file holds rather than obeying it.
func Quote(s string, n int) string {
	return strconv.Quote(Clip(s, n))
}

// Clip shortens s to n characters (runes), marking the cut with "…".
func Clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// OneLine folds every run of white space, line breaks included, into one
// space: for messages from elsewhere (a database, the system) that are
// shown on one line.
func OneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// CheckText refuses a character that would break a one-line list, a table
// cell or a terminal: control characters (a line break only where
// multiline allows it), the bidirectional embeddings, overrides and
// isolates that make text display in another order than it is stored, and
// the Unicode line and paragraph separators. Joiners and marks that scripts
// such as Bengali need are allowed.
func CheckText(s string, multiline bool) error {
	for _, r := range s {
		if multiline && r == '\n' {
			continue
		}
		if bad(r) {
			return fmt.Errorf("contains a %s (%U)", what(r), r)
		}
	}
	return nil
}

func bad(r rune) bool {
	switch {
	case unicode.IsControl(r):
		return true
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x2028, r == 0x2029, r == 0x061C:
		return true
	}
	return false
}

func what(r rune) string {
	if unicode.IsControl(r) {
		return "control character"
	}
	if r == 0x2028 || r == 0x2029 {
		return "line separator"
	}
	return "bidirectional control character"
}
