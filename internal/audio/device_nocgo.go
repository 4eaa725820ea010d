//go:build !cgo

package audio

import (
	"errors"
	"time"
)

// beep's speaker needs cgo (oto talks to ALSA through it), so a pure-Go build
// runs on the paced silent sink.
func openDevice(func() time.Duration) (output, error) {
	return nil, errors.New("no audio device in this build")
}
