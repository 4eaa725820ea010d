// Package appdir names CoreCue's storage folder, the one rule every package
// that reads or writes a file there shares.
//
// The folder is the one Fyne's App.Storage() gives the app, so the database
// and clinic files sit beside Fyne's own preferences: <root>/fyne/<AppID>,
// where the root is each system's place for app settings. The root comes
// from one file per system (root_xdg.go, root_darwin.go, root_windows.go).
package appdir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// AppID is CoreCue's application ID; Fyne names its preferences folder after it.
const AppID = "org.corecue.CoreCue"

// Dir is $CORECUE_HOME when set (tests, kiosks), else the folder Fyne's
// App.Storage() uses on this system. PrepareFyne moves Fyne's own files
// into $CORECUE_HOME too.
func Dir() (string, error) {
	if d := os.Getenv("CORECUE_HOME"); d != "" {
		return d, nil
	}
	root, err := fyneRoot()
	if err != nil {
		return "", fmt.Errorf("no storage folder: %w", err)
	}
	return filepath.Join(root, "fyne", AppID), nil
}

// underHome is a folder inside the person's home folder, which is how
// Fyne places its root on macOS and Windows. Fyne would fall back to a
// relative path with no home; CoreCue says so instead.
func underHome(parts ...string) (string, error) {
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return "", errors.New("the home folder is unknown; set CORECUE_HOME")
	}
	return filepath.Join(append([]string{home}, parts...)...), nil
}

// xdgRoot is $XDG_CONFIG_HOME, or ~/.config when it is unset, as Go's
// os.UserConfigDir (which Fyne calls) reads it. A relative XDG_CONFIG_HOME
// would put the folder wherever CoreCue happened to be started.
func xdgRoot() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("%v; set CORECUE_HOME, or XDG_CONFIG_HOME to an absolute path", err)
	}
	return dir, nil
}
