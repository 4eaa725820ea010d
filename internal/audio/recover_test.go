package audio

import (
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

// devices hands out a fresh fake device at each open, or the error set for
// that open, and remembers them all.
type devices struct {
	ft   *fakeTime
	mu   sync.Mutex
	errs []error // the error of each open in turn; nil opens fine
	outs []*fakeOut
}

func (d *devices) open() (output, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	n := len(d.outs)
	d.outs = append(d.outs, nil)
	if n < len(d.errs) && d.errs[n] != nil {
		return nil, d.errs[n]
	}
	o := &fakeOut{clock: d.ft, lat: samples(40 * ms)}
	d.outs[n] = o
	return o, nil
}

func (d *devices) opened() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.outs)
}

func (d *devices) last() *fakeOut {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.outs[len(d.outs)-1]
}

func reopeningPlayer(errs ...error) (*Player, *devices, *fakeTime, **pacedSink) {
	ft := &fakeTime{}
	devs := &devices{ft: ft, errs: errs}
	var s *pacedSink
	p := newPlayer(ft.now, nil, "", func() *pacedSink { s = newPacedSink(ft.now, false); return s })
	p.openDev = devs.open
	p.retryIn = time.Millisecond
	return p, devs, ft, &s
}

func waitFor(t *testing.T, what string, ok func() bool) {
	t.Helper()
	for end := time.Now().Add(5 * time.Second); !ok(); {
		if time.Now().After(end) {
			t.Fatalf("gave up waiting: %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

func startOnDevice(t *testing.T, p *Player) {
	t.Helper()
	p.Start(testTimeline(t, 1), DefaultMix())
	waitFor(t, "the device to open", func() bool { return !p.Starting() })
}

// A drill that has opened the device closes it when it stops, so an idle app
// streams nothing; the next drill opens it again.
func TestStopClosesTheDeviceAndTheNextStartReopensIt(t *testing.T) {
	p, devs, ft, sink := reopeningPlayer()
	defer p.Close()
	startOnDevice(t, p)
	first := devs.last()
	run(first, ft, time.Second)
	p.Stop()
	first.mu.Lock()
	closed := first.closed
	first.mu.Unlock()
	if !closed {
		t.Fatal("the device stayed open after the drill")
	}
	done := (*sink).done
	ft.advance(time.Minute)
	(*sink).step()
	if (*sink).done != done {
		t.Fatal("the idle player's silent sink pulled samples")
	}
	startOnDevice(t, p)
	if devs.opened() != 2 || devs.last() == first {
		t.Fatalf("the next drill did not open the device again (%d opens)", devs.opened())
	}
	run(devs.last(), ft, 1040*ms)
	if got := p.Now(); got != time.Second {
		t.Fatalf("the second drill reads %v after 1040 ms with 40 ms latency, want 1s", got)
	}
}

// A device that failed is tried again by the next drill, and the drill after
// a second failure says the newer reason.
func TestNextDrillTriesAFailedDeviceAgain(t *testing.T) {
	p, devs, ft, _ := reopeningPlayer(nil, errors.New("no audio device (ALSA: default: Connection refused)"))
	defer p.Close()
	startOnDevice(t, p)
	dev := devs.last()
	run(dev, ft, time.Second)
	dev.setFail(errors.New("ALSA: File descriptor in bad state")) // the sound server was killed
	p.check()
	if off, why := p.Silent(); !off || why != OffDeviceFailed || !strings.Contains(p.Detail(), "bad state") {
		t.Fatalf("Silent() = %v, %q (detail %q) after the device died", off, why, p.Detail())
	}
	p.Stop() // also ends the retries of that session
	waitFor(t, "the retries to end", func() bool { p.mu.Lock(); defer p.mu.Unlock(); return !p.retrying })
	n := devs.opened()
	p.mu.Lock()
	p.retryIn = time.Hour // this drill's own retries are the next test's
	p.mu.Unlock()
	startOnDevice(t, p) // the server is still down
	if devs.opened() != n+1 {
		t.Fatal("the next drill did not try the device")
	}
	if off, why := p.Silent(); !off || why != OffNoDevice || !strings.Contains(p.Detail(), "Connection refused") {
		t.Fatalf("Silent() = %v, %q (detail %q) while the server is down", off, why, p.Detail())
	}
	p.Stop()
	startOnDevice(t, p) // and back up
	if off, why := p.Silent(); off {
		t.Fatalf("sound still off once the device opens again: %q", why)
	}
	run(devs.last(), ft, 540*ms)
	if got := p.Now(); got != 500*ms {
		t.Fatalf("Now %v, want 500ms", got)
	}
}

// A drill started while the sound server was down (restarting) gets its
// sound once the server is back, mid-drill: it stayed silent to its end, a
// kiosk's taster for the best part of a minute.
func TestDrillStartedWhileTheServerIsDownGetsItsSoundBack(t *testing.T) {
	down := errors.New("no audio device (ALSA: default: Connection refused)")
	p, devs, _, _ := reopeningPlayer(down, down)
	defer p.Close()
	startOnDevice(t, p)
	waitFor(t, "the device to come back", func() bool { p.mu.Lock(); defer p.mu.Unlock(); return p.device })
	if devs.opened() != 3 {
		t.Fatalf("%d opens, want 3 (two refused while the server was down)", devs.opened())
	}
	if off, why := p.Silent(); off {
		t.Fatalf("sound still off after the server came back: %q", why)
	}
}

// While a session plays silent after the device died, the device is tried
// again until it opens; the session then carries on on it from where it was,
// and the picture neither jumps back nor runs ahead of the sound.
func TestSessionGetsItsSoundBackWhenTheDeviceReturns(t *testing.T) {
	down := errors.New("no audio device (ALSA: default: Connection refused)")
	p, devs, ft, sink := reopeningPlayer(nil, down, down)
	defer p.Close()
	startOnDevice(t, p)
	first := devs.last()
	run(first, ft, 2*time.Second)
	first.setFail(errors.New("ALSA: Broken pipe"))
	p.check()
	at := p.Now()
	if off, _ := p.Silent(); !off {
		t.Fatal("a dead device was not given up")
	}
	ft.advance(time.Second)
	(*sink).step()
	waitFor(t, "the device to come back", func() bool { p.mu.Lock(); defer p.mu.Unlock(); return p.device })
	if devs.opened() != 4 {
		t.Fatalf("%d opens, want 4 (two refused while the server was down)", devs.opened())
	}
	if off, why := p.Silent(); off {
		t.Fatalf("sound still off after the device came back: %q", why)
	}
	back := devs.last()
	held := p.Now()
	if !near(held, at+time.Second, 10*ms) {
		t.Fatalf("on the silent sink the session went from %v to %v, want about 1 s on", at, held)
	}
	pos := p.sess.pos
	run(back, ft, 40*ms) // the device's latency: not heard yet
	if got := p.Now(); got != held {
		t.Fatalf("the clock ran on to %v before the device's first samples were heard (%v)", got, held)
	}
	run(back, ft, time.Second)
	if got := p.Now(); !near(got, held+time.Second, 10*ms) {
		t.Fatalf("1 s after the hand-back Now is %v, want about %v", got, held+time.Second)
	}
	if p.sess.pos != pos+samples(1040*ms) {
		t.Fatalf("the session moved from sample %d to %d", pos, p.sess.pos)
	}
	if loud := rms(left(back.heard)); loud == 0 {
		t.Fatal("the device that came back plays silence")
	}
}

// A device that merely stalls (a loaded machine) is waited for, not given up.
func TestSlowDeviceIsNotTakenForDead(t *testing.T) {
	p, out, ft, _ := newTestPlayer()
	defer p.Close()
	p.Start(testTimeline(t, 1), DefaultMix())
	run(out, ft, time.Second)
	ft.advance(stallLimit / 2)
	p.check()
	if off, why := p.Silent(); off {
		t.Fatalf("a device that stalled %v was given up: %q", stallLimit/2, why)
	}
	before := p.Now()
	run(out, ft, time.Second)
	if got := p.Now(); got <= before {
		t.Fatalf("the clock did not carry on after the stall: %v then %v", before, got)
	}
}
