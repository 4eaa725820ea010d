package audio

import (
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gopxl/beep/v2"
)

// fakeTime is a monotonic clock the test moves by hand.
type fakeTime struct{ t atomic.Int64 }

func (f *fakeTime) now() time.Duration      { return time.Duration(f.t.Load()) }
func (f *fakeTime) advance(d time.Duration) { f.t.Add(int64(d)) }

// fakeOut is a sound device that pulls only when the test says so.
type fakeOut struct {
	clock     *fakeTime
	mu        sync.Mutex
	s         beep.Streamer
	lat       int64
	last      time.Duration
	fail      error
	suspended bool
	closed    bool
	heard     [][2]float64
}

func (f *fakeOut) pull(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	buf := make([][2]float64, n)
	if f.s != nil {
		f.s.Stream(buf)
	}
	f.heard = append(f.heard, buf...)
	f.last = f.clock.now()
}

func (f *fakeOut) play(s beep.Streamer)    { f.s = s }
func (f *fakeOut) lock()                   { f.mu.Lock() }
func (f *fakeOut) unlock()                 { f.mu.Unlock() }
func (f *fakeOut) latency() int64          { return f.lat }
func (f *fakeOut) lastPull() time.Duration { f.mu.Lock(); defer f.mu.Unlock(); return f.last }
func (f *fakeOut) err() error              { f.mu.Lock(); defer f.mu.Unlock(); return f.fail }
func (f *fakeOut) setFail(err error)       { f.mu.Lock(); f.fail = err; f.mu.Unlock() }
func (f *fakeOut) suspend()                { f.mu.Lock(); f.suspended = true; f.mu.Unlock() }
func (f *fakeOut) resume() error           { f.mu.Lock(); f.suspended = false; f.mu.Unlock(); return nil }
func (f *fakeOut) close()                  { f.mu.Lock(); f.closed = true; f.mu.Unlock() }

const ms = time.Millisecond

func TestClockSubtractsLatencyAndCapsExtrapolation(t *testing.T) {
	ft := &fakeTime{}
	c := newClock(ft.now, samples(80*ms))
	c.pull(int(samples(50 * ms)))
	if got := c.read(); got != 0 {
		t.Fatalf("50 ms pulled through 80 ms of latency reads %v, want 0", got)
	}
	ft.advance(10 * ms) // a separate request, not a piece of the same burst
	c.pull(int(samples(50 * ms)))
	if got := c.read(); got != 20*ms {
		t.Fatalf("100 ms pulled minus 80 ms latency reads %v, want 20ms", got)
	}
	ft.advance(5 * ms)
	if got := c.read(); got != 25*ms {
		t.Fatalf("5 ms after the pull reads %v, want 25ms", got)
	}
	ft.advance(time.Second) // the device went quiet: extrapolate one pull at most
	if got := c.read(); got != 70*ms {
		t.Fatalf("long after the last 50 ms pull reads %v, want 70ms (20 + one pull)", got)
	}
}

func TestClockNeverRunsBackwards(t *testing.T) {
	ft := &fakeTime{}
	c := newClock(ft.now, 0)
	c.pull(int(samples(100 * ms)))
	ft.advance(90 * ms)
	high := c.read() // 190 ms, extrapolated
	if high != 190*ms {
		t.Fatalf("read %v, want 190ms", high)
	}
	c.pull(int(samples(10 * ms))) // the pull lands "late": counted time is only 110 ms
	if got := c.read(); got < high {
		t.Fatalf("clock went back from %v to %v", high, got)
	}
	for i := 0; i < 50; i++ {
		ft.advance(7 * ms)
		c.pull(int(samples(7 * ms)))
		got := c.read()
		if got < high {
			t.Fatalf("step %d: clock went back from %v to %v", i, high, got)
		}
		high = got
	}
}

// newTestPlayer plays on a fake device with 40 ms latency; sinks made on a
// fail-over are returned through sink and step only when told.
func newTestPlayer() (*Player, *fakeOut, *fakeTime, **pacedSink) {
	ft := &fakeTime{}
	out := &fakeOut{clock: ft, lat: samples(40 * ms)}
	var sink *pacedSink
	p := newPlayer(ft.now, out, "", func() *pacedSink { sink = newPacedSink(ft.now, false); return sink })
	return p, out, ft, &sink
}

// run pulls d of audio in 10 ms chunks as a real device would.
func run(out *fakeOut, ft *fakeTime, d time.Duration) {
	for ; d > 0; d -= 10 * ms {
		ft.advance(10 * ms)
		out.pull(int(samples(10 * ms)))
	}
}

func near(got, want, tol time.Duration) bool { return got >= want-tol && got <= want+tol }

func TestPlayerPauseFreezesAndOffsetShifts(t *testing.T) {
	p, out, ft, _ := newTestPlayer()
	p.Start(testTimeline(t, 1), DefaultMix())
	if out.suspended {
		t.Fatal("Start left the device suspended")
	}
	run(out, ft, 1040*ms)
	if got := p.Now(); got != time.Second {
		t.Fatalf("after 1040 ms pulled with 40 ms latency Now is %v, want 1s", got)
	}
	p.Pause()
	frozen := p.Now()
	run(out, ft, 2*time.Second) // the device keeps pulling silence
	if got := p.Now(); got != frozen || !p.Paused() {
		t.Fatalf("paused clock moved from %v to %v (paused=%v)", frozen, got, p.Paused())
	}
	for _, v := range out.heard[len(out.heard)-100:] {
		if v != [2]float64{} {
			t.Fatal("sound while paused")
		}
	}
	p.Resume()
	run(out, ft, 500*ms)
	if got := p.Now(); !near(got, frozen+500*ms, 10*ms) {
		t.Fatalf("500 ms after resuming at %v Now is %v", frozen, got)
	}

	base := p.Now()
	p.SetOffset(100 * ms) // show the picture 100 ms later
	if got := p.Now(); got != base-100*ms {
		t.Fatalf("offset +100ms: Now %v, want %v", got, base-100*ms)
	}
	p.SetOffset(time.Second)
	if got := p.Now(); got != base-MaxOffset {
		t.Fatalf("offset beyond the limit: Now %v, want it clamped to %v", got, base-MaxOffset)
	}
	p.Stop()
	if p.Now() != 0 || !out.suspended {
		t.Fatalf("after Stop: Now %v, device suspended %v", p.Now(), out.suspended)
	}
}

// A restarted session must not inherit anything from the last one, even if
// the old streamer is still being pulled somewhere.
func TestStaleSessionCannotMoveTheClock(t *testing.T) {
	p, out, ft, _ := newTestPlayer()
	tl := testTimeline(t, 1)
	p.Start(tl, DefaultMix())
	run(out, ft, time.Second)
	old := p.ctrl
	p.Start(tl, DefaultMix())
	if got := p.Now(); got != 0 {
		t.Fatalf("new session starts at %v, want 0", got)
	}
	old.Stream(make([][2]float64, Rate))
	if got := p.Now(); got != 0 {
		t.Fatalf("pulling the old session moved the new clock to %v", got)
	}
}

func TestDeviceStallFallsBackWithoutAJump(t *testing.T) {
	p, out, ft, sink := newTestPlayer()
	p.Start(testTimeline(t, 1), DefaultMix())
	run(out, ft, 3*time.Second)
	p.check()
	if off, _ := p.Silent(); off {
		t.Fatal("a healthy device was given up")
	}
	before := p.Now()
	ft.advance(stallLimit + 100*ms) // the device stops pulling
	stalled := p.Now()
	p.check()
	off, why := p.Silent()
	if !off || !strings.Contains(why, "stopped") || *sink == nil {
		t.Fatalf("after a %v stall: silent=%v %q", stallLimit+100*ms, off, why)
	}
	if got := p.Now(); got != stalled || stalled-before > 10*ms {
		t.Fatalf("clock jumped at the fall-back: %v before the stall, %v stalled, %v after", before, stalled, got)
	}
	pos := p.sess.pos
	ft.advance(time.Second)
	(*sink).step()
	if got := p.Now(); !near(got, stalled+time.Second, 10*ms) {
		t.Fatalf("1 s on the silent sink: Now %v, want about %v", got, stalled+time.Second)
	}
	if p.sess.pos != pos+Rate {
		t.Fatalf("the session moved from sample %d to %d, want it to carry on by %d", pos, p.sess.pos, Rate)
	}
	// Pause still freezes on the sink.
	p.Pause()
	frozen := p.Now()
	ft.advance(time.Second)
	(*sink).step()
	if p.Now() != frozen {
		t.Fatal("paused clock moved on the silent sink")
	}
}

func TestDeviceErrorFallsBack(t *testing.T) {
	p, out, ft, _ := newTestPlayer()
	p.Start(testTimeline(t, 1), DefaultMix())
	run(out, ft, time.Second)
	before := p.Now()
	out.fail = errors.New("oto: ALSA error at snd_pcm_writei: device unplugged")
	p.check() // an error is a dead device at once, before any stall
	off, why := p.Silent()
	if !off || why != OffDeviceFailed || !strings.Contains(p.Detail(), "ALSA: snd_pcm_writei: device unplugged") {
		t.Fatalf("silent=%v %q (detail %q)", off, why, p.Detail())
	}
	if got := p.Now(); got != before {
		t.Fatalf("clock jumped from %v to %v", before, got)
	}
}

func TestPacedSinkKeepsRealTime(t *testing.T) {
	ft := &fakeTime{}
	var sink *pacedSink
	p := newPlayer(ft.now, nil, "Sound is off (--no-audio)", func() *pacedSink { sink = newPacedSink(ft.now, false); return sink })

	if off, why := p.Silent(); !off || why != "Sound is off (--no-audio)" {
		t.Fatalf("Silent() = %v, %q", off, why)
	}
	p.StartClicks(time.Second)
	for i := 0; i < 250; i++ {
		ft.advance(10 * ms)
		sink.step()
	}
	if got := p.Now(); got != 2500*ms {
		t.Fatalf("2.5 s on the paced sink reads %v", got)
	}
	p.Stop()
	done := sink.done
	ft.advance(time.Hour) // suspended: nothing is pulled
	sink.step()
	if sink.done != done {
		t.Fatal("a stopped player's sink kept pulling")
	}
	p.StartClicks(time.Second) // and nothing is caught up on waking
	ft.advance(10 * ms)
	sink.step()
	if got := p.Now(); got != 10*ms {
		t.Fatalf("10 ms into the next session Now is %v", got)
	}
}

func TestClicksLandOnThePeriod(t *testing.T) {
	click := calibrationClick()
	s := newSession(clickEvents{period: Rate / 2, snd: click}, nil, Mix{Cues: 1, CuesOn: true})
	buf := make([][2]float64, 2*Rate+100)
	for i := 0; i < len(buf); i += 333 { // odd chunks
		s.Stream(buf[i:min(i+333, len(buf))])
	}
	g := Mix{Cues: 1, CuesOn: true}.gains()[layerCues]
	for k := 0; k <= 3; k++ {
		at := k * Rate / 2
		if got, want := buf[at+100][0], float64(click[100])*g; got != want {
			t.Fatalf("click %d: sample +100 is %g, want %g", k, got, want)
		}
		if k > 0 && buf[at-1][0] != 0 {
			t.Fatalf("click %d starts early", k)
		}
	}
}

// SetMix mid-session glides over one chunk, then holds the new level.
func TestSetMixGlidesWithoutAStep(t *testing.T) {
	p, out, ft, _ := newTestPlayer()
	p.Start(testTimeline(t, 1), Mix{Bed: 1, BedOn: true})
	run(out, ft, 8*time.Second) // into the inhale, where the bed is loud
	m := Mix{Bed: 1, BedOn: true, Mute: true}
	p.SetMix(m)
	n := len(out.heard)
	run(out, ft, 20*ms)
	glide, after := out.heard[n:n+480], out.heard[n+480:]
	for _, v := range after {
		if v != [2]float64{} {
			t.Fatal("sound after muting")
		}
	}
	if rms(left(glide[:100])) <= rms(left(glide[380:])) || rms(left(glide[:100])) == 0 {
		t.Fatal("the mute did not fade across the chunk")
	}
}

func left(x [][2]float64) []float64 {
	out := make([]float64, len(x))
	for i, v := range x {
		out[i] = v[0]
	}
	return out
}

// One device request arrives as several quick pieces: the clock extrapolates
// across the whole burst, not just its last piece.
func TestClockExtrapolatesAcrossABurst(t *testing.T) {
	ft := &fakeTime{}
	c := newClock(ft.now, 0)
	for i := 0; i < 4; i++ { // 4 × 10 ms pieces within microseconds
		c.pull(int(samples(10 * ms)))
		ft.advance(time.Microsecond)
	}
	start := c.read()
	ft.advance(30 * ms)
	if got := c.read(); got-start < 29*ms {
		t.Fatalf("30 ms after a 40 ms burst the clock moved %v", got-start)
	}
	ft.advance(30 * ms) // past the burst: capped at its 40 ms
	if got := c.read(); got > 80*ms+5*time.Microsecond {
		t.Fatalf("clock ran past the burst: %v", got)
	}
	// A piece well after the burst starts a new span.
	c.pull(int(samples(10 * ms)))
	ft.advance(20 * ms)
	if got := c.read(); got > 90*ms+5*time.Microsecond {
		t.Fatalf("a lone 10 ms piece let the clock run to %v", got)
	}
}
