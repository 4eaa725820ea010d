package kiosk

import (
	"testing"
	"time"
)

func TestGesture(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	at := func(ms int) time.Time { return t0.Add(time.Duration(ms) * time.Millisecond) }
	tap := func(g *Gesture, c Corner, ms ...int) bool {
		done := false
		for _, m := range ms {
			done = g.Tap(c, at(m))
		}
		return done
	}
	var g Gesture
	if !tap(&g, TopRight, 0, 500, 1000, 1500, 2000) {
		t.Fatal("five quick taps missed")
	}
	if tap(&g, TopRight, 0, 500, 1000, 1500) {
		t.Fatal("four taps opened admin")
	}
	g.Clear()
	if tap(&g, TopLeft, 0, 1000, 2000, 3000, 4000) {
		t.Fatal("five taps over four seconds opened admin")
	}
	// ...but the window slides: one more quick tap completes it.
	g.Clear()
	if tap(&g, TopLeft, 0, 2500, 2700, 2900, 3100) {
		t.Fatal("a tap older than three seconds counted")
	}
	if !g.Tap(TopLeft, at(3300)) {
		t.Fatal("sliding window")
	}
	g.Clear()
	tap(&g, BottomLeft, 0, 100, 200, 300)
	if g.Tap(BottomRight, at(400)) {
		t.Fatal("taps in two corners opened admin")
	}
	g.Clear()
	tap(&g, BottomLeft, 0, 100)
	g.Tap(NoCorner, at(150))
	if tap(&g, BottomLeft, 200, 300, 400) {
		t.Fatal("a tap outside the corners did not break the count")
	}
}

func TestCornerOf(t *testing.T) {
	const w, h, z = 1920, 1080, 96
	for _, c := range []struct {
		x, y float32
		want Corner
	}{
		{5, 5, TopLeft}, {1900, 10, TopRight}, {10, 1070, BottomLeft}, {1919, 1079, BottomRight},
		{960, 5, NoCorner}, {96, 5, NoCorner}, {5, 540, NoCorner}, {1824, 984, BottomRight},
	} {
		if got := CornerOf(c.x, c.y, w, h, z); got != c.want {
			t.Errorf("(%v,%v): %v want %v", c.x, c.y, got, c.want)
		}
	}
}
