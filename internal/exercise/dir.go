package exercise

import (
	"errors"
	"os"
	"path/filepath"
)

// AppID is the Fyne application id; the storage folder is named after it.
const AppID = "org.corecue.CoreCue"

// StorageDir is the folder that holds exercises.json: $CORECUE_HOME when
// set, else the folder Fyne's App.Storage() uses on Linux
// ($XDG_CONFIG_HOME/fyne/org.corecue.CoreCue, ~/.config when unset).
func StorageDir() (string, error) {
	if d := os.Getenv("CORECUE_HOME"); d != "" {
		return d, nil
	}
	cfg := os.Getenv("XDG_CONFIG_HOME")
	if cfg == "" {
		home, err := os.UserHomeDir()
		if err != nil || home == "" {
			return "", errors.New("neither CORECUE_HOME, XDG_CONFIG_HOME nor a home folder is set")
		}
		cfg = filepath.Join(home, ".config")
	}
	return filepath.Join(cfg, "fyne", AppID), nil
}
