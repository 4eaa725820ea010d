package audio

import (
	"sync"
	"testing"
	"time"
)

// lazyPlayer is a player whose device opens only when the test releases
// open: the first Start waits for it.
func lazyPlayer(openErr error) (p *Player, out *fakeOut, ft *fakeTime, sink **pacedSink, release func()) {
	ft = &fakeTime{}
	out = &fakeOut{clock: ft, lat: samples(40 * ms)}
	var s *pacedSink
	p = newPlayer(ft.now, nil, "", func() *pacedSink { s = newPacedSink(ft.now, false); return s })
	gate := make(chan struct{})
	opened := make(chan struct{})
	var once sync.Once
	p.openDev = func() (output, error) {
		<-gate
		defer once.Do(func() { close(opened) })
		if openErr != nil {
			return nil, openErr
		}
		return out, nil
	}
	release = func() {
		close(gate)
		<-opened
		for p.Starting() { // openLater takes the lock after open returns
			time.Sleep(time.Millisecond)
		}
	}
	return p, out, ft, &s, release
}

func TestFirstStartWaitsForTheDeviceAtTimeZero(t *testing.T) {
	p, out, ft, sink, release := lazyPlayer(nil)
	defer p.Close()
	if p.Starting() {
		t.Fatal("the device was opened before anything played")
	}
	p.Start(testTimeline(t, 1), DefaultMix())
	if !p.Starting() {
		t.Fatal("Start did not open the device")
	}
	ft.advance(2 * time.Second) // the device takes its time
	(*sink).step()
	if got := p.Now(); got != 0 {
		t.Fatalf("while the device opens the session reads %v, want 0", got)
	}
	if off, why := p.Silent(); off {
		t.Fatalf("sound reported off while the device opens: %q", why)
	}
	release()
	if off, why := p.Silent(); off {
		t.Fatalf("sound off after the device opened: %q", why)
	}
	run(out, ft, 1040*ms)
	if got := p.Now(); got != time.Second {
		t.Fatalf("1040 ms pulled with 40 ms latency reads %v, want 1s", got)
	}
	// The session began with the device: its first sample was the first pulled.
	if got, want := p.sess.pos, samples(1040*ms); got != want {
		t.Fatalf("session at sample %d, want %d", got, want)
	}
}

func TestPauseWhileTheDeviceOpensHolds(t *testing.T) {
	p, out, ft, _, release := lazyPlayer(nil)
	defer p.Close()
	p.Start(testTimeline(t, 1), DefaultMix())
	p.Pause()
	release()
	run(out, ft, 500*ms)
	if got := p.Now(); got != 0 || !p.Paused() {
		t.Fatalf("paused before the device opened: Now %v, Paused %v", got, p.Paused())
	}
	p.Resume()
	run(out, ft, 540*ms)
	if got := p.Now(); got != 500*ms {
		t.Fatalf("540 ms after resuming (40 ms latency) reads %v, want 500ms", got)
	}
}

func TestDeviceThatWillNotOpenLeavesTheSilentSink(t *testing.T) {
	p, _, ft, sink, release := lazyPlayer(deviceErr(OffSilentDevice, "the audio device plays nothing"))
	defer p.Close()
	p.Start(testTimeline(t, 1), DefaultMix())
	release()
	off, why := p.Silent()
	if !off || why != OffSilentDevice || p.Detail() != "the audio device plays nothing" {
		t.Fatalf("Silent() = %v, %q", off, why)
	}
	ft.advance(time.Second)
	(*sink).step()
	if got := p.Now(); got != time.Second {
		t.Fatalf("1 s on the silent sink reads %v", got)
	}
	// The next drill tries the device again.
	tries := make(chan struct{}, 1)
	open := p.openDev
	p.mu.Lock()
	p.openDev = func() (output, error) { tries <- struct{}{}; return open() }
	p.mu.Unlock()
	p.Start(testTimeline(t, 1), DefaultMix())
	select {
	case <-tries:
	case <-time.After(5 * time.Second):
		t.Fatal("a second Start did not try the device again")
	}
}

func TestStopWhileTheDeviceOpensPlaysNothing(t *testing.T) {
	p, out, ft, _, release := lazyPlayer(nil)
	defer p.Close()
	p.Start(testTimeline(t, 1), DefaultMix())
	p.Stop()
	release()
	run(out, ft, 500*ms)
	if got := p.Now(); got != 0 {
		t.Fatalf("a stopped session reads %v", got)
	}
	for _, v := range out.heard {
		if v != [2]float64{} {
			t.Fatal("the device played a stopped session")
		}
	}
}
