package kiosk

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/ui/uitest"
)

// A visitor answers the leg question "No": the button stayed grey like the
// unchosen one (the screen was drawn again only when the answer's value
// changed, and "no" was the value before any answer), so nothing showed
// the tap had counted. Each answer must show as chosen, the other not.
func TestTheLegAnswerShowsAsChosen(t *testing.T) {
	k, _ := newKiosk(t)
	toPicker(t, k)
	chosen := func(label string) bool { return buttons(k)[label].Importance == widget.HighImportance }
	if chosen("No") || chosen("Yes") {
		t.Fatal("a leg answer shows as chosen before any")
	}
	press(t, k, "No")
	if !chosen("No") || chosen("Yes") {
		t.Fatalf("after No: No chosen %v, Yes chosen %v", chosen("No"), chosen("Yes"))
	}
	press(t, k, "Yes")
	if chosen("No") || !chosen("Yes") {
		t.Fatalf("after Yes: No chosen %v, Yes chosen %v", chosen("No"), chosen("Yes"))
	}
}

// Before any exercise is tapped the picker's last line said "Tap the
// exercises you do" on a greyed button: light grey on grey, which a visitor
// could not read. It must be words on the page, with no greyed button, and
// turn into the Check button at the first tap.
func TestPickerSaysWhatToDoInReadableWords(t *testing.T) {
	k, _ := newKiosk(t)
	toPicker(t, k)
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

// At 1920x1080 the pain question's "10" ran under the list's scroll bar,
// which Fyne draws over the right edge of what it scrolls. Every control
// on the picker keeps clear of the bar, at every screen size.
func TestPickerControlsKeepClearOfTheScrollBar(t *testing.T) {
	for _, win := range []fyne.Size{{Width: 1024, Height: 600}, {Width: 1280, Height: 800}, {Width: 1920, Height: 1080}} {
		k, _ := newKiosk(t)
		k.window.Resize(win)
		toPicker(t, k)
		uitest.Relayout(k.window)
		d := fyne.CurrentApp().Driver()
		var scroll *container.Scroll
		walk(k.holder, func(o fyne.CanvasObject) {
			if s, ok := o.(*container.Scroll); ok {
				scroll = s
			}
		})
		if scroll == nil {
			t.Fatal("the picker has no scroll")
		}
		bar := d.AbsolutePositionForObject(scroll).X + scroll.Size().Width - theme.Size(theme.SizeNameScrollBar)
		walk(scroll.Content, func(o fyne.CanvasObject) {
			if b, ok := o.(*button); ok {
				if right := d.AbsolutePositionForObject(b).X + b.Size().Width; right > bar {
					t.Errorf("%v: %q reaches x=%v, under the scroll bar from x=%v", win, b.Text, right, bar)
				}
			}
		})
	}
}
