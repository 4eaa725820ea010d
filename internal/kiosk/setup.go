package kiosk

import "github.com/corecue/corecue/internal/exercise"

// Setup is everything the kiosk needs, checked before any window opens:
// the config, where it came from, the admin PIN's hash and the exercise
// library (with the clinic's own exercises when their file is good).
type Setup struct {
	Config     Config
	ConfigPath string
	PINHash    string
	Library    *exercise.Library
}
