//go:build !cgo

package audio

import "time"

// beep's speaker needs cgo (oto talks to ALSA through it), so a pure-Go build
// runs on the paced silent sink.
func openDevice(func() time.Duration) (output, error) {
	return nil, buildHasNoDevice()
}

// buildHasNoDevice says why this build cannot play sound at all, so Open
// can say so at once instead of at the first Start.
func buildHasNoDevice() error { return deviceErr(OffInThisBuild, "no audio device in this build") }
