package audio

import (
	"errors"
	"fmt"
)

// Why sound is off, as Silent says it: whole sentences in English that the
// screens pass through the catalogue (internal/wording checks that it has
// each one). They name no flag, setting or device error: a screen is read
// by a person, not by whoever started the program. What the device itself
// said goes to Detail, for the log.
const (
	OffByChoice      = "Sound is off: CoreCue was started without sound"
	OffInThisBuild   = "Sound is off: this copy of CoreCue cannot play sound"
	OffNoDevice      = "Sound is off: no sound device was found"
	OffSilentDevice  = "Sound is off: the sound device plays nothing"
	OffOutOfTime     = "Sound is off: the sound device does not keep time"
	OffDeviceFailed  = "Sound is off: the sound device stopped working"
	OffDeviceStalled = "Sound is off: the sound device stopped playing"
)

// Reasons are every reason Silent can give.
func Reasons() []string {
	return []string{OffByChoice, OffInThisBuild, OffNoDevice, OffSilentDevice, OffOutOfTime, OffDeviceFailed, OffDeviceStalled}
}

// deviceError is a sound device that could not be opened: why is the
// reason a person reads, one of the above; the error's text is the
// device's own account, for the log.
type deviceError struct{ why, detail string }

func (e *deviceError) Error() string { return e.detail }

// deviceErr is an open error with its reason and, for the log, the words
// of format and args.
func deviceErr(why, format string, args ...any) error {
	return &deviceError{why: why, detail: fmt.Sprintf(format, args...)}
}

// reasonFor is the reason shown for an open error; one that gives none is
// taken for a missing device.
func reasonFor(err error) string {
	var de *deviceError
	if errors.As(err, &de) {
		return de.why
	}
	return OffNoDevice
}
