// Package framestest counts what a frame costs the window: Fyne repaints
// the whole window for any object that is refreshed, moved or resized, so a
// frame in which nothing visible changed should ask for none of them. Tests
// only.
package framestest

import (
	"sync/atomic"

	"fyne.io/fyne/v2"
)

// Counter counts the repaints asked of any canvas of the app it wraps.
type Counter struct {
	fyne.App
	n atomic.Int64
}

// Count makes a the current app behind a counter and returns it; the
// counter counts from then on. Put the app back with fyne.SetCurrentApp
// when the test is done (test.NewTempApp does).
func Count(a fyne.App) *Counter {
	c := &Counter{App: a}
	fyne.SetCurrentApp(c)
	return c
}

// Repaints is the number of repaints asked for so far.
func (c *Counter) Repaints() int { return int(c.n.Load()) }

// Driver is the app's driver, its canvases counted.
func (c *Counter) Driver() fyne.Driver { return driver{c.App.Driver(), c} }

type driver struct {
	fyne.Driver
	c *Counter
}

func (d driver) CanvasForObject(o fyne.CanvasObject) fyne.Canvas {
	cv := d.Driver.CanvasForObject(o)
	if cv == nil {
		return nil
	}
	return canvas{cv, d.c}
}

type canvas struct {
	fyne.Canvas
	c *Counter
}

// Refresh is what canvas.Refresh and every widget's refresh end in.
func (cv canvas) Refresh(o fyne.CanvasObject) {
	cv.c.n.Add(1)
	cv.Canvas.Refresh(o)
}

// SetDirty is what a canvas object's Move and Hide ask for.
func (cv canvas) SetDirty() {
	cv.c.n.Add(1)
	if d, ok := cv.Canvas.(interface{ SetDirty() }); ok {
		d.SetDirty()
	}
}
