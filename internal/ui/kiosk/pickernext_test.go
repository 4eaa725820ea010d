package kiosk

import (
	"testing"

	"fyne.io/fyne/v2"
)

// Before any exercise is tapped the picker's last line said "Tap the
// exercises you do" on a greyed button: light grey on grey, which a visitor
// could not read. It must be words on the page, with no greyed button, and
// turn into the Check button at the first tap.
func TestPickerSaysWhatToDoInReadableWords(t *testing.T) {
	k, _ := newKiosk(t)
	start(t, k)
	tapTile(t, k, "Is my workout safe for my back?")
	for range 8 {
		press(t, k, "No")
	}
	walk(k.holder, func(o fyne.CanvasObject) {
		if d, ok := o.(fyne.Disableable); ok && d.Disabled() {
			t.Errorf("a greyed %T on the picker", o)
		}
	})
	if !shows(k, "Tap the exercises you do") {
		t.Fatal("the picker does not say what to do")
	}
	press(t, k, "Crunch")
	if _, ok := buttons(k)["Check my 1 exercises"]; !ok {
		if _, ok := buttons(k)["Check my 1 exercise"]; !ok {
			t.Fatalf("no Check button after a tap; have %v", keys(buttons(k)))
		}
	}
}
