package kiosk

import (
	"testing"
	"time"

	"github.com/corecue/corecue/internal/breath"
)

// A visitor opens the taster and presses Start: the count-in's reminder
// tells them how to sit, as the figure sits and the invitation says, not
// how to lie on their back.
func TestTasterSetUpLineIsTheSittingOne(t *testing.T) {
	k, _ := newKiosk(t)
	start(t, k)
	tapTile(t, k, "Try the core vacuum")
	if got := k.drill.stage.Reminder.Text; got != breath.Sitting.SetUp() {
		t.Fatalf("before Start the taster's reminder is %q, want the sitting set-up %q", got, breath.Sitting.SetUp())
	}
	k.DrillNow = func() time.Duration { return time.Second } // in the count-in
	k.DrillStarting = func() bool { return false }
	press(t, k, "Start")
	if got := k.drill.stage.Reminder.Text; got != breath.Sitting.SetUp() {
		t.Fatalf("in the count-in the taster's reminder is %q, want the sitting set-up %q", got, breath.Sitting.SetUp())
	}
	if pos := k.drill.stage.Diagram.BodyPosition(); pos != breath.Sitting {
		t.Fatalf("the figure is %v", pos)
	}
}
