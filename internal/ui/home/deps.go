package home

import (
	"os"

	"github.com/corecue/corecue/internal/appdir"
	"github.com/corecue/corecue/internal/audio"
	"github.com/corecue/corecue/internal/clinic"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/store"
)

// Notice is something to tell the person once the window is up.
type Notice struct{ Title, Message string }

// Load opens everything the window needs from the storage folder. Only a
// missing storage folder is fatal: a damaged database is moved aside and a
// bad clinic file or exercise override is reported and left out, so the
// app always starts.
func Load(noAudio bool) (Deps, []Notice, error) {
	dir, err := appdir.Dir()
	if err != nil {
		return Deps{}, nil, err
	}
	var notes []Notice
	st, n, err := store.Open(dir)
	if err != nil {
		return Deps{}, nil, err
	}
	if !n.Empty() {
		notes = append(notes, Notice{i18n.L("Your saved data"), n.Message})
	}
	lib, err := exercise.Load(dir)
	if lib == nil {
		st.Close()
		return Deps{}, nil, err
	}
	if err != nil {
		notes = append(notes, Notice{i18n.L("Clinic exercise file not used"), err.Error() + "\n" + i18n.L("The built-in exercise library is in use.")})
	}
	d := Deps{Store: st, Library: lib}
	if c, ok, err := clinic.Load(dir); err != nil {
		notes = append(notes, Notice{i18n.L("Clinic details not used"), err.Error()})
	} else if ok {
		d.Clinic = &c
	}
	d.Player = audio.Open(noAudio)
	// Scripted runs (the benchmark, the end-to-end test) start a drill with
	// no one at the keyboard to answer the red-flag questions; they state
	// that none applies. A person starting CoreCue is always asked.
	d.Cleared = os.Getenv("CORECUE_RED_FLAGS") == "none"
	return d, notes, nil
}
