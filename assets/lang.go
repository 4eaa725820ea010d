package assets

import "embed"

// Lang holds the translation catalogues, lang/<code>.json, one per language
// CoreCue ships. The files are in the format Fyne's lang package reads (a
// flat object from the English text to its translation, plural forms as an
// object of CLDR categories); en.json is the source every other file
// translates, and internal/i18n reads them all. lang/pending.json, the keys a
// language may still leave to English, is a check for the tests and is not
// embedded.
//
//go:embed lang/??.json
var Lang embed.FS
