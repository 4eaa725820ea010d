package appdir

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"github.com/corecue/corecue/internal/jsonfile"
	"github.com/corecue/corecue/internal/regfile"
)

// prefsLimit bounds the preferences file read before Fyne starts: CoreCue
// keeps a few dozen short values there.
const prefsLimit = 1 << 20

// PrepareFyne readies what Fyne's app.NewWithID(id) reads, and is called
// just before it. It returns a one-line notice for the person when their
// preferences file had to be set aside.
//
// With CORECUE_HOME set, Fyne's own files (the app's preferences.json, and
// Fyne's settings.json) move into that folder too, so two runs with
// different CORECUE_HOME folders share no settings: Fyne places them under
// os.UserConfigDir on Linux and the BSDs, which reads XDG_CONFIG_HOME each
// time, so it is set for the whole process. (macOS and Windows take Fyne's
// folder from the home folder; there CORECUE_HOME moves CoreCue's own files
// only.) A child process started later inherits the setting; the only one
// Fyne starts, xdg-user-dir for a file dialog's side bar, then lists the
// home folder in place of Documents, Music and the rest.
//
// Fyne writes its preferences file in place (truncate, then write), so a
// run ended in between leaves it empty or cut short, and Fyne's own load
// then logs "Preferences load error: EOF" on stderr and starts with no
// settings, silently overwriting the file at the next change. Read first
// here: an empty file holds nothing and is removed; one that is not a JSON
// object is kept beside it as preferences.json.broken; either way the app
// starts with its defaults and the notice says so.
func PrepareFyne(id string) (notice string, err error) {
	if home := os.Getenv("CORECUE_HOME"); home != "" && runtime.GOOS != "darwin" && runtime.GOOS != "windows" {
		abs, err := filepath.Abs(home)
		if err != nil {
			return "", fmt.Errorf("CORECUE_HOME %q: %v", home, err)
		}
		if err := os.Setenv("XDG_CONFIG_HOME", abs); err != nil {
			return "", err
		}
	}
	path, err := PrefsPath(id)
	if err != nil {
		return "", err
	}
	return checkPrefs(path)
}

// PrefsPath is the file Fyne keeps app id's preferences in: preferences.json
// in the folder App.Storage() gives it.
func PrefsPath(id string) (string, error) {
	root, err := fyneRoot()
	if err != nil {
		return "", fmt.Errorf("no settings folder: %w", err)
	}
	return filepath.Join(root, "fyne", id, "preferences.json"), nil
}

// checkPrefs sets aside a preferences file Fyne could not load (see
// PrepareFyne). A missing file is the first run; a FIFO or device there is
// refused, as Fyne would wait on it for ever.
func checkPrefs(path string) (string, error) {
	data, err := regfile.ReadFile(path, prefsLimit)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	if len(bytes.TrimSpace(data)) == 0 {
		if err := os.Remove(path); err != nil {
			return "", fmt.Errorf("the settings file %s is empty and cannot be removed: %v", path, err)
		}
		return fmt.Sprintf("the settings file %s was empty (cut off while it was being saved); CoreCue starts with its default settings", path), nil
	}
	var values map[string]any
	if len(data) > prefsLimit {
		err = errors.New("it is larger than 1 MiB")
	} else if err = jsonfile.DecodeNumbers(data, &values); err == nil && values == nil {
		err = errors.New("it holds null, not the settings")
	}
	if err == nil {
		return "", nil
	}
	broken := path + ".broken"
	if rerr := os.Rename(path, broken); rerr != nil {
		return "", fmt.Errorf("the settings file %s cannot be read (%v) nor set aside: %v", path, err, rerr)
	}
	return fmt.Sprintf("the settings file %s could not be read (%v); it is kept as %s and CoreCue starts with its default settings",
		path, err, filepath.Base(broken)), nil
}
