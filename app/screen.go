package main

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// openSize is the main window's size when the screen has room for it.
var openSize = fyne.NewSize(1280, 800)

// fitScreen opens w at openSize, or at the screen's work area when that is
// smaller (a 1024x600 netbook): Fyne does not clamp a window to the screen,
// so a larger one would lose its right and bottom edges. The monitor is
// asked once the driver has started, on its main thread, where GLFW wants it.
func fitScreen(a fyne.App, w fyne.Window) {
	w.Resize(openSize)
	a.Lifecycle().SetOnStarted(func() {
		m := glfw.GetPrimaryMonitor()
		if m == nil {
			return
		}
		_, _, wpx, hpx := m.GetWorkarea()
		scale := w.Canvas().Scale()
		if wpx <= 0 || hpx <= 0 || scale <= 0 {
			return
		}
		screen := fyne.NewSize(float32(wpx)/scale, float32(hpx)/scale)
		if screen.Width < openSize.Width || screen.Height < openSize.Height {
			w.Resize(fyne.NewSize(min(openSize.Width, screen.Width), min(openSize.Height, screen.Height)))
		}
	})
}
