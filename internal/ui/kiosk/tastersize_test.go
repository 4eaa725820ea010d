package kiosk

import (
	"testing"

	"fyne.io/fyne/v2"
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
	d := fyne.CurrentApp().Driver()
	capt, rem := k.drill.stage.Caption, k.drill.stage.Reminder
	capBottom := d.AbsolutePositionForObject(capt).Y + capt.MinSize().Height
	remTop := d.AbsolutePositionForObject(rem).Y
	if capt.Text == "" || rem.Text == "" {
		t.Fatalf("caption %q, set-up line %q", capt.Text, rem.Text)
	}
	if capBottom > remTop+1 {
		t.Fatalf("the caption needs %v px down to y=%v, the set-up line starts at y=%v", capt.MinSize().Height, capBottom, remTop)
	}
}
