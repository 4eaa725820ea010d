// Package i18n is CoreCue's translation catalogue: every word a person
// reads or hears, looked up by its English text in the language in use.
//
// The catalogues are Fyne lang files (assets/lang/<code>.json: the English
// text as key, the translation as value, plural forms as an object of CLDR
// categories), but the lookup is this package's own and imports no Fyne.
// Fyne 2.7's lang package picks its language once from the system's locale
// and offers no way to change it while the app runs, keeps it in one
// global, and cannot be imported by the engines, the command line or the
// PDF handout, which all need the same words in a language given to them
// (a kiosk visitor's choice, `--lang pl`). So engines keep returning their
// English text, and the screens, the command line and the handout pass it
// through L, F or N here; docs/languages.md tells the whole design.
//
// A clinic corrects or adds a language with lang-<code>.json in the storage
// folder (LoadDir), read through internal/jsonfile like every clinic file.
package i18n

import (
	"fmt"
	"slices"
	"strings"
	"sync/atomic"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// Source is the language the catalogue keys are written in.
const Source = "en"

// entry is one translated message: other is the text (or the plural form
// "other"); forms holds the other plural categories a language has.
type entry struct {
	other string
	forms map[plural.Form]string
}

// Catalog is every language's messages, keyed by the English text.
type Catalog struct {
	msgs  map[string]map[string]entry // language code → key → entry
	langs []Language                  // the languages, in the order a chooser lists them
}

// current is the catalogue and language L, F and N use. The screens set it
// on the UI goroutine while tests and the audio goroutine may read it, hence
// the atomic.
type state struct {
	cat  *Catalog
	code string
}

var current atomic.Pointer[state]

// Use makes code the language L, F and N translate into, from the built-in
// catalogue and whatever LoadDir added. An unknown code is an error naming
// the codes there are, and changes nothing.
func Use(code string) error {
	c := catalog()
	if !c.Has(code) {
		return fmt.Errorf("unknown language %q: use %s", code, strings.Join(c.Codes(), ", "))
	}
	current.Store(&state{cat: c, code: code})
	return nil
}

// Current is the language in use ("en" until Use says otherwise).
func Current() string {
	if s := current.Load(); s != nil {
		return s.code
	}
	return Source
}

func now() (*Catalog, string) {
	if s := current.Load(); s != nil {
		return s.cat, s.code
	}
	return catalog(), Source
}

// L translates an English text into the language in use; a text the
// language lacks stays English.
func L(english string) string {
	c, code := now()
	return c.Text(code, english)
}

// F translates an English fmt format and fills it in. A translation may
// reorder the values with explicit indexes (%[2]s).
func F(format string, args ...any) string {
	return fmt.Sprintf(L(format), args...)
}

// N translates a message with plural forms: other is the English plural,
// which is the key ("%d reps"), and n picks the form by the language's CLDR
// rules; the result is filled in with n and then args.
func N(other string, n int, args ...any) string {
	c, code := now()
	return fmt.Sprintf(c.Plural(code, other, n), append([]any{n}, args...)...)
}

// In translates english into code without changing the language in use
// (the command line's --lang and the handout).
func In(code, english string) string { return catalog().Text(code, english) }

// FIn is F in code, without changing the language in use.
func FIn(code, format string, args ...any) string {
	return fmt.Sprintf(In(code, format), args...)
}

// NIn is N in code, without changing the language in use.
func NIn(code, other string, n int, args ...any) string {
	return fmt.Sprintf(catalog().Plural(code, other, n), append([]any{n}, args...)...)
}

// Text is english in code, or english itself when code has no translation.
func (c *Catalog) Text(code, english string) string {
	if e, ok := c.msgs[code][english]; ok && e.other != "" {
		return e.other
	}
	if e, ok := c.msgs[Source][english]; ok && e.other != "" {
		return e.other
	}
	return english
}

// Plural is the form of other that n takes in code.
func (c *Catalog) Plural(code, other string, n int) string {
	for _, lc := range []string{code, Source} {
		e, ok := c.msgs[lc][other]
		if !ok {
			continue
		}
		if s, ok := e.forms[formFor(lc, n)]; ok {
			return s
		}
		return e.other
	}
	return other
}

func formFor(code string, n int) plural.Form {
	tag, err := language.Parse(code)
	if err != nil {
		return plural.Other
	}
	if n < 0 {
		n = -n
	}
	return plural.Cardinal.MatchPlural(tag, n, 0, 0, 0, 0)
}

// Has reports whether code is a language of the catalogue.
func (c *Catalog) Has(code string) bool {
	return slices.ContainsFunc(c.langs, func(l Language) bool { return l.Code == code })
}

// Codes lists the language codes, English first.
func (c *Catalog) Codes() []string {
	out := make([]string, len(c.langs))
	for i, l := range c.langs {
		out[i] = l.Code
	}
	return out
}

// Languages lists the catalogue's languages, English first, in the order a
// chooser shows them.
func (c *Catalog) Languages() []Language { return slices.Clone(c.langs) }

// Keys lists the English keys code translates.
func (c *Catalog) Keys(code string) []string {
	out := make([]string, 0, len(c.msgs[code]))
	for k := range c.msgs[code] {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Forms lists the plural categories code's entry for key gives ("one",
// "few", "other"…); a plain message gives none.
func (c *Catalog) Forms(code, key string) []string {
	e := c.msgs[code][key]
	var out []string
	for f := range e.forms {
		out = append(out, formNames[f])
	}
	slices.Sort(out)
	return out
}

// NeededForms lists the plural categories code's grammar uses for whole
// numbers, by CLDR (Polish: one, few, many, other).
func NeededForms(code string) []string {
	seen := map[plural.Form]bool{}
	for n := 0; n <= 200; n++ {
		seen[formFor(code, n)] = true
	}
	var out []string
	for f := range seen {
		out = append(out, formNames[f])
	}
	slices.Sort(out)
	return out
}

// Phrase is a text an engine built from an English fmt format and values
// (the risk engine's reasons): Parts gives both. A value that is itself a
// Phrase is translated in turn; a Phrase with no values is a text as it is,
// looked up whole and never read as a format, so an exercise's name with a
// "%" in it stays as written.
type Phrase interface {
	Parts() (format string, args []any)
}

// P translates a phrase into the language in use.
func P(p Phrase) string {
	c, code := now()
	return c.phrase(code, p)
}

// PIn is P in code, without changing the language in use.
func PIn(code string, p Phrase) string { return catalog().phrase(code, p) }

func (c *Catalog) phrase(code string, p Phrase) string {
	format, args := p.Parts()
	if len(args) == 0 {
		return c.Text(code, format)
	}
	vals := make([]any, len(args))
	for i, a := range args {
		if q, ok := a.(Phrase); ok {
			vals[i] = c.phrase(code, q)
		} else {
			vals[i] = a
		}
	}
	return fmt.Sprintf(c.Text(code, format), vals...)
}
