package kiosk

import (
	"testing"

	"fyne.io/fyne/v2/widget"
)

// A visitor answers the leg question "No": the button stayed grey like the
// unchosen one (the screen was drawn again only when the answer's value
// changed, and "no" was the value before any answer), so nothing showed
// the tap had counted. Each answer must show as chosen, the other not.
func TestTheLegAnswerShowsAsChosen(t *testing.T) {
	k, _ := newKiosk(t)
	start(t, k)
	tapTile(t, k, "Is my workout safe for my back?")
	for range 8 {
		press(t, k, "No")
	}
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
