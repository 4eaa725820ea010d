//go:build cgo

package audio

import (
	"os"
	"testing"
	"time"

	"github.com/corecue/corecue/internal/breath"
)

// TestRealDevice plays a short drill through the real sound device. It needs
// one (e.g. a PulseAudio null sink: scripts/headless.sh), so it only runs with
// CORECUE_DEVICE_TEST=1. Record the sink's monitor alongside to hear it:
//
//	parecord --device=nullsink.monitor --file-format=wav heard.wav &
//	CORECUE_DEVICE_TEST=1 go test -run TestRealDevice -v ./internal/audio
func TestRealDevice(t *testing.T) {
	if os.Getenv("CORECUE_DEVICE_TEST") != "1" {
		t.Skip("set CORECUE_DEVICE_TEST=1 with a sound device (or PulseAudio null sink) to run")
	}
	p := Open(false)
	defer p.Close()
	tl, err := breath.New(breath.Drill{Name: "Device test", LeadIn: time.Second, Exhale: time.Second,
		Inhale: time.Second, Hold: 2 * time.Second, Release: time.Second, Reps: 1})
	if err != nil {
		t.Fatal(err)
	}
	opening := time.Now()
	p.Start(tl, DefaultMix()) // opens the device; the session waits at zero for it
	for p.Starting() {
		time.Sleep(10 * time.Millisecond)
	}
	if off, why := p.Silent(); off {
		t.Fatalf("no device: %s", why)
	}
	t.Logf("the device took %v to open", time.Since(opening).Round(time.Millisecond))
	start := time.Now()
	var lag []time.Duration // wall time minus session time, each 100 ms
	for p.Now() < tl.Total {
		time.Sleep(100 * time.Millisecond)
		lag = append(lag, time.Since(start)-p.Now())
		if time.Since(start) > 3*tl.Total {
			t.Fatalf("after %v the session clock reads only %v", time.Since(start), p.Now())
		}
	}
	wall := time.Since(start)
	p.Stop()
	if off, why := p.Silent(); off {
		t.Fatalf("the device failed during the drill: %s", why)
	}
	t.Logf("drill of %v took %v of wall time; wall minus session time: first %v, last %v",
		tl.Total, wall.Round(time.Millisecond), lag[0].Round(time.Millisecond), lag[len(lag)-1].Round(time.Millisecond))
	if r := wall.Seconds() / tl.Total.Seconds(); r < 0.9 || r > 1.2 {
		t.Errorf("the session clock ran at %.2f of real time", 1/r)
	}
}
