// Package locale keeps Fyne from rejecting the C locale at start-up. Fyne
// reads the locale name from LC_ALL, LC_MESSAGES or LANG and parses it as a
// language tag; "C.UTF-8", "C.utf8" and "POSIX.UTF-8", Debian's and most
// containers' default, are not tags, and every command, even ones that open
// no window, printed three lines of "Fyne error: Error parsing user locale".
// The C locale means untranslated messages, which for Fyne is English, so
// this package tells Fyne that through LANGUAGE, which Fyne consults first
// and the C library ignores while the locale is C.
//
// It must run before Fyne's lang package initialises, which parses the
// locale in its init: app/ imports it for its side effect, and it imports
// nothing but os and strings, so Go's initialisation order (packages sorted
// by import path, each once its imports are ready) runs it before Fyne's
// locale reader, github.com/jeandeaual/go-locale, which imports the same two.
package locale

import (
	"os"
	"strings"
)

func init() { fixC(os.Getenv, os.Setenv) }

// fixC sets LANGUAGE=en when the locale in force is a C or POSIX one with a
// codeset or modifier and LANGUAGE is unset. Plain "C" and "POSIX" need
// nothing: Fyne recognises those.
func fixC(getenv func(string) string, setenv func(string, string) error) {
	if getenv("LANGUAGE") != "" {
		return
	}
	name := ""
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if name = getenv(v); name != "" {
			break
		}
	}
	if name == "C" || name == "POSIX" {
		return
	}
	base, _, _ := strings.Cut(name, "@")
	base, _, _ = strings.Cut(base, ".")
	if base == "C" || base == "POSIX" {
		_ = setenv("LANGUAGE", "en")
	}
}
