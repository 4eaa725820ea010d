package frames

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

// The test driver ticks a started animation once: a started driver calls
// its frame function, a stopped one never does.
func TestDriverCallsFrameOnlyWhileRunning(t *testing.T) {
	test.NewTempApp(t)
	calls := 0
	d := New(func() { calls++ })
	if d.Running() || calls != 0 {
		t.Fatal("a new driver is running")
	}
	d.Start()
	if !d.Running() || calls != 1 {
		t.Fatalf("started: running %v, %d calls; want a frame", d.Running(), calls)
	}
	d.Start() // again: no second animation
	if calls != 1 {
		t.Errorf("starting twice ran %d frames", calls)
	}
	d.Stop()
	d.Tick()
	if d.Running() || calls != 1 {
		t.Errorf("a stopped driver ran a frame (%d calls)", calls)
	}
}
