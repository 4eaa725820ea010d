//go:build !linux

package cli

import "os"

// Elsewhere the PIN is read as lines; kiosks run on Linux.
func isTerminal(*os.File) bool { return false }

func readHidden(*os.File) (string, error) { return "", nil }
