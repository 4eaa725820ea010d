package assets

import "embed"

// Lang holds the translation catalogues, lang/<code>.json, one per language
// CoreCue ships. The files are in the format Fyne's lang package reads (a
// flat object from the English text to its translation, plural forms as an
// object of CLDR categories); en.json is the source every other file
// translates, and internal/i18n reads them all. lang/library/<code>.json are
// the exercise library's own words (names, descriptions, form cues, the
// published figures' quantities), in the same format and read into the same
// catalogue; library/en.json holds exactly the built-in library's English.
// lang/pending.json, the keys a
// language may still leave to English, is a check for the tests and is not
// embedded.
//
//go:embed lang/??.json lang/library/??.json
var Lang embed.FS
