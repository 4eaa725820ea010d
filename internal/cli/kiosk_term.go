package cli

import (
	"os"
	"strings"

	"golang.org/x/term"
)

// isTerminal reports whether f is an interactive terminal (a Unix tty or a
// Windows console), where the PIN is typed rather than piped in.
func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// readHidden reads one line with the terminal's echo off and restores the
// terminal after; golang.org/x/term does that on Linux, macOS, the BSDs and
// the Windows console alike.
func readHidden(f *os.File) (string, error) {
	b, err := term.ReadPassword(int(f.Fd()))
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(b)), nil
}
