package cli

import (
	"os"
	"strings"
)

// PlainLocale swaps a POSIX locale ("C", "POSIX", "C.UTF-8") for en_US.UTF-8
// in the variable that decides it. Fyne parses the locale name itself, cannot
// parse those, and logs an error on every run — noise on CI machines and in
// scripts that pipe our output. English is what a C locale means to a person.
// It must run before anything asks Fyne for a translation.
func PlainLocale() {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		val := os.Getenv(v)
		if val == "" {
			continue
		}
		if val == "C" || val == "POSIX" || strings.HasPrefix(val, "C.") {
			os.Setenv(v, "en_US.UTF-8")
		}
		return
	}
}
