package kiosk

import "time"

// Corner is one of the screen's corners, where the admin gesture is tapped.
type Corner int

const (
	NoCorner Corner = iota
	TopLeft
	TopRight
	BottomLeft
	BottomRight
)

// The admin gesture: five taps in one corner within three seconds.
const (
	GestureTaps   = 5
	GestureWindow = 3 * time.Second
)

// Gesture spots the hidden admin gesture. Taps in another corner, or too
// slow to fit the window, start the count again.
type Gesture struct {
	corner Corner
	taps   []time.Time
}

// Tap records a tap at t; it reports true when it completes the gesture.
func (g *Gesture) Tap(c Corner, t time.Time) bool {
	if c == NoCorner {
		g.Clear()
		return false
	}
	if c != g.corner {
		g.corner, g.taps = c, g.taps[:0]
	}
	g.taps = append(g.taps, t)
	// Keep only the taps inside the window ending now.
	for len(g.taps) > 0 && t.Sub(g.taps[0]) > GestureWindow {
		g.taps = g.taps[1:]
	}
	if len(g.taps) >= GestureTaps {
		g.Clear()
		return true
	}
	return false
}

// Clear forgets the taps so far.
func (g *Gesture) Clear() { g.corner, g.taps = NoCorner, nil }

// CornerOf says which corner a point of a w×h screen is in, given the side
// of the square corner zone.
func CornerOf(x, y, w, h, zone float32) Corner {
	left, right := x < zone, x >= w-zone
	top, bottom := y < zone, y >= h-zone
	switch {
	case top && left:
		return TopLeft
	case top && right:
		return TopRight
	case bottom && left:
		return BottomLeft
	case bottom && right:
		return BottomRight
	}
	return NoCorner
}
