package cli

import (
	"errors"
	"os"
	"runtime"
)

// DisplayReachable says, in one line, why a window cannot open, before GLFW
// would fail with a stack trace. Only Linux and the BSDs need a DISPLAY or
// WAYLAND_DISPLAY; elsewhere the desktop is always there.
func DisplayReachable() error {
	switch runtime.GOOS {
	case "darwin", "windows", "android", "ios", "js":
		return nil
	}
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		return errors.New("no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset); " +
			"the commands render, frame, check, exercises and handout work without one")
	}
	return nil
}
