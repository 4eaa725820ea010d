// Package diagram draws the corset figure: a front view whose waist narrows
// and whose laces pull tight as the belly button is drawn in, a side view in
// which the belly moves toward the spine, and a breath gauge. The figure is
// a pure function of a breath.Pose (geometry.go); the widget only maps it
// onto Fyne vector primitives that it creates once.
package diagram

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/breath"
)

// Corset is the animated figure.
type Corset struct {
	widget.BaseWidget

	// OnFrame is called on every driven frame with the pose just applied, so
	// captions and counters elsewhere change on the same frame as the picture.
	OnFrame func(breath.Pose)

	pose    breath.Pose
	reduced bool

	now     func() time.Duration
	tl      *breath.Timeline
	anim    *fyne.Animation
	driving bool
	r       *renderer // the live renderer, so a new pose skips the widget-level refresh
}

// New returns a figure at rest.
func New() *Corset {
	c := &Corset{pose: breath.Pose{Breath: 0.5}}
	c.ExtendBaseWidget(c)
	return c
}

// SetPose shows p (or its still form in reduced motion).
func (c *Corset) SetPose(p breath.Pose) {
	c.pose = p
	// A pose changes only geometry: the renderer places what moved. A full
	// Refresh would also look the theme up again, on every frame; Fyne calls
	// Refresh itself when the theme or size changes.
	if c.r != nil {
		c.r.apply()
		return
	}
	c.Refresh()
}

// Pose is the pose last set, before any reduced-motion substitution.
func (c *Corset) Pose() breath.Pose { return c.pose }

// Shown is the pose the figure is drawing: the set pose, or its still form
// when motion is reduced.
func (c *Corset) Shown() breath.Pose {
	if c.ReducedMotion() {
		return c.pose.Still()
	}
	return c.pose
}

// SetReducedMotion switches to one still picture per phase.
func (c *Corset) SetReducedMotion(on bool) {
	c.reduced = on
	c.Refresh()
}

// ReducedMotion reports whether the figure shows still poses, either because
// it was asked to or because the desktop has animations turned off.
func (c *Corset) ReducedMotion() bool {
	if c.reduced {
		return true
	}
	if a := fyne.CurrentApp(); a != nil && a.Settings() != nil {
		return !a.Settings().ShowAnimations()
	}
	return false
}

// Drive makes the figure follow tl on the clock now: every frame it reads
// now() and shows tl.Pose of it. The animation is only a per-frame hook; its
// own progress is ignored, so nothing but the clock moves the picture.
func (c *Corset) Drive(now func() time.Duration, tl *breath.Timeline) {
	c.Stop()
	if now == nil || tl == nil {
		return
	}
	c.now, c.tl, c.driving = now, tl, true
	c.anim = &fyne.Animation{
		Duration:    time.Second,
		RepeatCount: fyne.AnimationRepeatForever,
		Curve:       fyne.AnimationLinear,
		Tick:        c.tick,
	}
	c.tick(0)
	c.anim.Start()
}

// Stop ends driving; the figure keeps its last pose.
func (c *Corset) Stop() {
	c.driving = false
	c.halt()
}

func (c *Corset) halt() {
	if c.anim != nil {
		c.anim.Stop()
		c.anim = nil
	}
}

func (c *Corset) tick(float32) {
	if !c.driving {
		return
	}
	p := c.tl.Pose(c.now())
	c.SetPose(p)
	if c.OnFrame != nil {
		c.OnFrame(p)
	}
}

// MinSize keeps the figure's proportions readable; it grows to fill whatever
// it is given.
func (c *Corset) MinSize() fyne.Size {
	c.ExtendBaseWidget(c)
	return fyne.NewSize(designW*0.32, designH*0.32)
}

// CreateRenderer builds every canvas object the figure will ever use.
func (c *Corset) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	r := newRenderer(c)
	c.r = r
	if c.driving && c.anim == nil {
		// The renderer was destroyed while driving (e.g. its tab was hidden
		// long enough to be cleaned up); pick the clock up again.
		c.Drive(c.now, c.tl)
	}
	return r
}
