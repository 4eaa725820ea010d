// Package appdir names CoreCue's storage folder, the one rule every package
// that reads or writes a file there shares.
package appdir

import (
	"errors"
	"os"
	"path/filepath"
)

// AppID is CoreCue's application ID; Fyne names its preferences folder after it.
const AppID = "org.corecue.CoreCue"

// Dir is $CORECUE_HOME when set (tests, kiosks), else the folder Fyne's
// App.Storage() uses on Linux: $XDG_CONFIG_HOME/fyne/<AppID>, with
// ~/.config standing in for an unset XDG_CONFIG_HOME.
func Dir() (string, error) {
	if d := os.Getenv("CORECUE_HOME"); d != "" {
		return d, nil
	}
	cfg := os.Getenv("XDG_CONFIG_HOME")
	if cfg == "" {
		home, err := os.UserHomeDir()
		if err != nil || home == "" {
			return "", errors.New("no storage folder: set CORECUE_HOME, XDG_CONFIG_HOME or HOME")
		}
		cfg = filepath.Join(home, ".config")
	}
	return filepath.Join(cfg, "fyne", AppID), nil
}
