// Package frames is the one clock-to-picture loop of CoreCue's animated
// screens (practice, guided workout, kiosk drill, calibration): while it
// runs, it calls the screen's frame function once per display frame on the
// UI goroutine, and the screen reads its session clock there and shows the
// pose for that time. The loop keeps no time of its own, so nothing but the
// session clock moves a picture.
package frames

import (
	"time"

	"fyne.io/fyne/v2"
)

// Driver calls a frame function on every display frame while started.
type Driver struct {
	frame   func()
	anim    *fyne.Animation
	running bool
}

// New returns a stopped driver for frame.
func New(frame func()) *Driver {
	d := &Driver{frame: frame}
	// The animation is only a per-frame hook: its own progress is ignored.
	d.anim = &fyne.Animation{Duration: time.Second, RepeatCount: fyne.AnimationRepeatForever, Curve: fyne.AnimationLinear,
		Tick: func(float32) { d.Tick() }}
	return d
}

// Tick runs one frame if the driver is running: what the display does once
// per frame (tests call it to step a screen).
func (d *Driver) Tick() {
	if d.running {
		d.frame()
	}
}

// Start begins calling the frame function each frame; starting a running
// driver does nothing.
func (d *Driver) Start() {
	if d.running {
		return
	}
	d.running = true
	d.anim.Start()
}

// Stop ends the calls; the picture keeps its last frame.
func (d *Driver) Stop() {
	if !d.running {
		return
	}
	d.running = false
	d.anim.Stop()
}

// Running reports whether the driver is calling its frame function.
func (d *Driver) Running() bool { return d.running }
