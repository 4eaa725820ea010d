//go:build !darwin && !windows

package appdir

// fyneRoot on Linux and the BSDs is the XDG config folder.
func fyneRoot() (string, error) { return xdgRoot() }
