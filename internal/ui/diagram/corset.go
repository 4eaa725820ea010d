// Package diagram puts the body figure on screen: the posed body with the
// deep corset muscle, diaphragm and pelvic floor moving with a breath.Pose.
// The drawing itself is internal/figure's pure geometry; this widget paints
// the parts that never move with the pose as one image, and moves a small
// set of Fyne lines, circles and boxes for the parts that do.
package diagram

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/i18n"
)

// Corset is the animated body figure.
type Corset struct {
	widget.BaseWidget

	pose     breath.Pose
	position breath.Position
	view     figure.View
	labelPx  float64
	reduced  bool
	fault    breath.Fault

	r *renderer // the live renderer, so a new pose skips the widget-level refresh
}

// New returns a figure at rest, lying, showing every view.
func New() *Corset {
	c := &Corset{pose: breath.Pose{Breath: 0.5}}
	c.ExtendBaseWidget(c)
	return c
}

// SetPose shows p (or its still form in reduced motion).
func (c *Corset) SetPose(p breath.Pose) {
	c.pose = p
	// A pose changes only the moving parts: the renderer places what moved.
	// A full Refresh would look the theme up again on every frame; Fyne calls
	// Refresh itself when the theme or size changes.
	if c.r != nil {
		c.r.apply()
		return
	}
	c.Refresh()
}

// Pose is the pose last set, before any reduced-motion substitution.
func (c *Corset) Pose() breath.Pose { return c.pose }

// SetPosition poses the body lying, kneeling, sitting or standing.
func (c *Corset) SetPosition(p breath.Position) {
	if p != c.position {
		c.position = p
		c.Refresh()
	}
}

// BodyPosition is the body's position.
func (c *Corset) BodyPosition() breath.Position { return c.position }

// SetView picks the side view, front view, cross-section or all three.
func (c *Corset) SetView(v figure.View) {
	if v != c.view {
		c.view = v
		c.Refresh()
	}
}

// SetFault draws one common fault on the body (FaultNone: done right), for
// the right-and-wrong picture pairs.
func (c *Corset) SetFault(f breath.Fault) {
	if f != c.fault {
		c.fault = f
		c.Refresh()
	}
}

// SetLabelSize sets the label text height in pixels (0: from the figure's
// size), for screens read from further away such as the kiosk.
func (c *Corset) SetLabelSize(px float64) {
	c.labelPx = px
	c.Refresh()
}

// FigureWords is the lookup the figure draws its own words with: the
// language the screens show, or nil (English) for a script whose letters
// join or reorder. The figure's painter sets one glyph per character in Go's
// fonts, which have no such letters: the labels came out blank (Bengali on
// the practice screen), and a font would not shape them either.
func FigureWords() func(string) string {
	if i18n.NeedsShaping(i18n.Current()) {
		return nil
	}
	return i18n.L
}

// Options are the figure's drawing options at size w × h for the pose shown.
func (c *Corset) Options(w, h float64) figure.Options {
	lpx := c.labelPx
	if lpx > 0 {
		lpx = max(lpx, figure.LabelSize(w, h))
	}
	// The labels on the body are in the language the screens show.
	return figure.Options{Position: c.position, View: c.view, Pose: c.Shown(), Fault: c.fault, W: w, H: h, LabelPx: lpx, Words: FigureWords()}
}

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

// MinSize keeps the figure readable with its labels (190 px high leaves the
// practice screen within 1024x600, TestNoScreenNeedsMoreThan1024x600), and
// tall enough for the breath gauge's words and a track that is not
// squashed at the label size asked for; it grows to fill whatever it is
// given.
func (c *Corset) MinSize() fyne.Size {
	c.ExtendBaseWidget(c)
	lpx := max(c.labelPx, figure.MinLabelPx)
	return fyne.NewSize(480, max(190, float32(figure.GaugeMinHeight(lpx))))
}

// CreateRenderer builds the figure's canvas objects.
func (c *Corset) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	r := newRenderer(c)
	c.r = r
	return r
}
