package i18n

import "unicode"

// shapedScripts are the scripts whose letters join, stack or reorder as
// they are set: Fyne's text (go-text's HarfBuzz port) shapes them, but the
// figure's painter and the PDF set one glyph per character, which prints
// them wrong.
var shapedScripts = []*unicode.RangeTable{unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati, unicode.Devanagari, unicode.Arabic}

// NeedsShaping reports whether code is written in such a script, judged by
// its name in its own script ("বাংলা").
func NeedsShaping(code string) bool {
	l, ok := Lookup(code)
	if !ok {
		return false
	}
	for _, r := range l.Name {
		if unicode.In(r, shapedScripts...) {
			return true
		}
	}
	return false
}
