// Package libtext shows the exercise library's words and the risk engine's
// reasons in a language. The engines keep their English (internal/exercise
// hands out the library's text, internal/risk its reasons as risk.Words)
// and import no catalogue; the screens and the handout pass that text
// through here. The library's words are catalogue messages keyed by their
// English (assets/lang/library/<code>.json), so a clinic's exercises.json
// that rewrites an exercise's name, description or a form cue shows the
// clinic's own words: no file translates them.
package libtext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/risk"
)

// Name is an exercise's name in code, as the library or a variation wrote
// it: "Dead bug, weighted" is the name and each variation's label in code.
// A label is looked up as the risk engine's reasons write it, capitalised
// ("Weighted"), and lower-cased after the name: alone, "kneeling" is the
// catalogue's word for the drill's all-fours position, not the variation
// on the knees.
func Name(code, shown string) string {
	if t := i18n.In(code, shown); t != shown || code == i18n.Source {
		return t
	}
	base, labels := splitVaried(shown)
	if len(labels) == 0 {
		return shown
	}
	out := i18n.In(code, base)
	for _, l := range labels {
		out += ", " + lowerFirst(i18n.In(code, risk.Capitalised(l)))
	}
	return out
}

func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// splitVaried cuts the variation labels exercise.VariedName put after a
// name; a name with none has no labels.
func splitVaried(shown string) (base string, labels []string) {
	base = shown
	for {
		i := strings.LastIndex(base, ", ")
		if i < 0 {
			return base, labels
		}
		label := base[i+2:]
		if !isLabel(label) {
			return base, labels
		}
		labels = append([]string{label}, labels...)
		base = base[:i]
	}
}

func isLabel(s string) bool {
	for _, v := range exercise.Variations() {
		if v.Label == s {
			return true
		}
	}
	return false
}

// Text is a description, form cue or other text of the library in code:
// the translation of the built-in English, or the text as it is when the
// clinic's library wrote its own.
func Text(code, english string) string { return i18n.In(code, english) }

// Cues are form cues in code.
func Cues(code string, cues []string) []string {
	out := make([]string, len(cues))
	for i, c := range cues {
		out[i] = Text(code, c)
	}
	return out
}

// Says is a reason, modifier or note in code: its Words translated, or its
// Text as it is when it has none (an assessment read back from JSON, or a
// line a screen wrote itself).
func Says(code string, w risk.Words, text string) string {
	if w.Format == "" {
		return text
	}
	return i18n.PIn(code, w)
}

// Reason is r in code.
func Reason(code string, r risk.Reason) string { return Says(code, r.Words, r.Text) }

// Modifier is m in code.
func Modifier(code string, m risk.Modifier) string { return Says(code, m.Words, m.Text) }

// Note is n in code.
func Note(code string, n risk.Note) string { return Says(code, n.Words, n.Text) }
