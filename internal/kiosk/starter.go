package kiosk

import (
	"errors"
	"fmt"
	"os"
)

// Starter is the config a first run gets when there is none: every setting
// at its default, and a clinic that says only what is true in any waiting
// room (book at the reception). The admin screen or the file then names the
// real clinic.
func Starter() Config {
	c := Defaults()
	c.Clinic.Name = "Reception"
	c.Clinic.Booking = "Ask at the reception desk."
	return c
}

// WriteStarter writes Starter to path when no file is there, so that
// `corecue kiosk set-pin && corecue kiosk` works on a fresh machine. It
// reports whether it wrote one; an existing file is never touched.
func WriteStarter(path string) (bool, error) {
	if _, err := os.Lstat(path); err == nil {
		return false, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return false, fmt.Errorf("kiosk config: %v", err)
	}
	if err := Save(path, Starter()); err != nil {
		return false, err
	}
	return true, nil
}
