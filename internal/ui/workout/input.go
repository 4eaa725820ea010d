package workout

import (
	"errors"
	"strconv"
	"strings"

	"github.com/corecue/corecue/internal/i18n"
)

// ParsePain reads a 0-10 pain rating typed by the person. Empty is allowed
// only where the rating is optional (it then returns -1).
func ParsePain(field, text string, optional bool) (int, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		if optional {
			return -1, nil
		}
		return 0, errors.New(i18n.F("%s: enter a number from 0 (none) to 10 (worst)", field))
	}
	n, err := strconv.Atoi(text)
	if err != nil {
		return 0, errors.New(i18n.F("%s: %q is not a whole number from 0 to 10", field, text))
	}
	if n < 0 || n > 10 {
		return 0, errors.New(i18n.F("%s: %d is outside 0-10", field, n))
	}
	return n, nil
}

// parseCount reads a whole number within lo..hi for the named field.
func parseCount(field, text string, lo, hi int) (int, error) {
	text = strings.TrimSpace(text)
	n, err := strconv.Atoi(text)
	if err != nil {
		return 0, errors.New(i18n.F("%s: %q is not a whole number", field, text))
	}
	if n < lo || n > hi {
		return 0, errors.New(i18n.F("%s: %d is outside %d-%d", field, n, lo, hi))
	}
	return n, nil
}
