package kiosk

import (
	"fmt"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// On a 1280x800 screen the taster's three-line caption ("Sit or stand tall,
// hands on your belly. 3 calm breaths, about a minute. Press Start.") was
// drawn over the set-up line under it: the stage kept room for two lines
// whatever the caption needed.
func TestTasterCaptionIsNotDrawnOverTheLineBelow(t *testing.T) {
	k, _ := newKiosk(t)
	k.window.Resize(fyne.NewSize(1280, 800))
	start(t, k)
	tapTile(t, k, "Try the core vacuum")
	k.window.Resize(fyne.NewSize(1281, 800)) // lay out again at the new size
	k.window.Resize(fyne.NewSize(1280, 800))
	if capt, rem := k.drill.stage.Caption.Text, k.drill.stage.Reminder.Text; capt == "" || rem == "" {
		t.Fatalf("caption %q, set-up line %q", capt, rem)
	}
	if over := overprints(k); len(over) > 0 {
		t.Fatal(over)
	}
}

// A visitor tries the taster on a 1280x800 and a 1024x600 kiosk, before
// Start and in the first hold. The figure had become a thumbnail at
// 1280x800 and vanished at 1024x600, under a caption that took the height,
// and the breath gauge's words were printed over each other. The figure
// must get at least its own smallest size and the height the gauge needs
// for its words at the kiosk's 24 px (about ten lines of them), and no
// text on the screen may be drawn over other text or off the screen.
func TestTasterFigureIsLargeOnSmallScreens(t *testing.T) {
	for _, sz := range []fyne.Size{{Width: 1280, Height: 800}, {Width: 1024, Height: 600}} {
		t.Run(fmt.Sprint(sz.Width, "x", sz.Height), func(t *testing.T) {
			k, _ := newKiosk(t)
			k.window.Resize(sz)
			start(t, k)
			tapTile(t, k, "Try the core vacuum")
			check := func(when string) {
				t.Helper()
				fig := k.drill.stage.Diagram
				got, least := fig.Size(), fig.MinSize()
				if got.Width < least.Width || got.Height < max(least.Height, 10*MinText) {
					t.Errorf("%s: the figure is laid out at %v; it needs at least %vx%v", when, got, least.Width, max(least.Height, 10*MinText))
				}
				if got.Width < sz.Width*0.45 {
					t.Errorf("%s: the figure is %v wide on a %v wide screen", when, got.Width, sz.Width)
				}
				for _, o := range overprints(k) {
					t.Errorf("%s: %s", when, o)
				}
			}
			check("before Start")
			k.DrillNow = func() time.Duration { return 14 * time.Second } // the first hold
			k.DrillStarting = func() bool { return false }
			press(t, k, "Start")
			k.drill.Frame()
			check("in the hold")
		})
	}
}

// overprints lists every pair of texts on the screen whose boxes cross, and
// every text that reaches past the window's edge.
func overprints(k *Kiosk) []string {
	type box struct {
		what     string
		pos, end fyne.Position
	}
	var boxes []box
	d := fyne.CurrentApp().Driver()
	win := k.window.Canvas().Size()
	var out []string
	walk(k.root, func(o fyne.CanvasObject) {
		tx, ok := o.(*canvas.Text)
		if !ok || tx.Text == "" {
			return
		}
		p := d.AbsolutePositionForObject(tx)
		m := fyne.MeasureText(tx.Text, tx.TextSize, tx.TextStyle)
		// The text is drawn at its box's alignment within the object's width.
		x := p.X
		switch tx.Alignment {
		case fyne.TextAlignCenter:
			x += (tx.Size().Width - m.Width) / 2
		case fyne.TextAlignTrailing:
			x += tx.Size().Width - m.Width
		}
		// The box is the glyphs' height, not the line's: lines of one
		// label sit a line height apart, closer than MeasureText's height.
		y := p.Y + (m.Height-tx.TextSize)/2
		b := box{tx.Text, fyne.NewPos(x, y), fyne.NewPos(x+m.Width, y+tx.TextSize)}
		if b.pos.X < 0 || b.pos.Y < 0 || b.end.X > win.Width+0.5 || b.end.Y > win.Height+0.5 {
			out = append(out, fmt.Sprintf("%q at %v-%v is off the %v screen", b.what, b.pos, b.end, win))
		}
		boxes = append(boxes, b)
	})
	for i, a := range boxes {
		for _, b := range boxes[i+1:] {
			if a.pos.X < b.end.X-0.5 && b.pos.X < a.end.X-0.5 && a.pos.Y < b.end.Y-0.5 && b.pos.Y < a.end.Y-0.5 {
				out = append(out, fmt.Sprintf("%q (%v-%v) and %q (%v-%v) overlap", a.what, a.pos, a.end, b.what, b.pos, b.end))
			}
		}
	}
	return out
}
