package audio

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/gopxl/beep/v2"
)

// output is where the session's samples go: the sound device or the paced
// silent sink. Both pull at real-time rate, so both drive the same clock.
type output interface {
	// play makes s what the output pulls from; nil plays silence. Callers
	// hold lock around it and around any change to the streamer tree.
	play(s beep.Streamer)
	lock()
	unlock()
	// latency is how many samples lie between a pull and the ear.
	latency() int64
	// lastPull is the monotonic time of the latest pull, paused or not.
	lastPull() time.Duration
	// err reports a failure the device has surfaced, if any.
	err() error
	suspend()
	resume() error
	close()
}

// playOn makes s what o pulls from, under o's lock; nil plays silence.
func playOn(o output, s beep.Streamer) {
	o.lock()
	o.play(s)
	o.unlock()
}

// pacedSink pulls Rate samples per second of monotonic time and discards
// them: the session clock for no device, --no-audio, or after a device fails.
type pacedSink struct {
	now  func() time.Duration
	mu   sync.Mutex
	s    beep.Streamer
	base time.Duration // pulling is due from here
	done int64         // samples pulled since base
	off  bool          // suspended
	buf  [][2]float64
	last atomic.Int64
	wake chan struct{} // resume's nudge to a loop asleep while suspended
	quit chan struct{}
	wg   sync.WaitGroup
}

// pacedTick is how often the sink catches up: short enough that a pull is
// never more than a frame's worth, long enough to cost nothing.
const pacedTick = 10 * time.Millisecond

// newPacedSink makes a sink; with run it pulls on its own goroutine, without
// it only when step is called (tests drive it with a fake clock).
func newPacedSink(now func() time.Duration, run bool) *pacedSink {
	p := &pacedSink{now: now, base: now(), buf: make([][2]float64, Rate/10),
		wake: make(chan struct{}, 1), quit: make(chan struct{})}
	p.last.Store(int64(p.base))
	if run {
		p.wg.Add(1)
		go p.loop()
	}
	return p
}

// loop sleeps while the sink is suspended: an idle app's silent clock
// should not wake it 100 times a second (make bench's idle figure).
func (p *pacedSink) loop() {
	defer p.wg.Done()
	t := time.NewTicker(pacedTick)
	defer t.Stop()
	for {
		select {
		case <-p.quit:
			return
		case <-t.C:
		}
		if p.step() {
			continue
		}
		t.Stop()
		select {
		case <-p.quit:
			return
		case <-p.wake:
		}
		t.Reset(pacedTick)
	}
}

// step pulls whatever is due by now; false when suspended.
func (p *pacedSink) step() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.off {
		return false
	}
	now := p.now()
	due := samples(now-p.base) - p.done
	for due > 0 {
		chunk := p.buf[:min(due, int64(len(p.buf)))]
		if p.s != nil {
			p.s.Stream(chunk)
		}
		p.done += int64(len(chunk))
		due -= int64(len(chunk))
	}
	p.last.Store(int64(now))
	return true
}

// play starts pacing afresh: the new streamer's sample 0 is due now.
func (p *pacedSink) play(s beep.Streamer) {
	p.s = s
	p.base, p.done = p.now(), 0
}

func (p *pacedSink) lock()                   { p.mu.Lock() }
func (p *pacedSink) unlock()                 { p.mu.Unlock() }
func (p *pacedSink) latency() int64          { return 0 }
func (p *pacedSink) lastPull() time.Duration { return time.Duration(p.last.Load()) }
func (p *pacedSink) err() error              { return nil }

func (p *pacedSink) suspend() {
	p.mu.Lock()
	p.off = true
	p.mu.Unlock()
}

// resume does not catch up on the time spent suspended.
func (p *pacedSink) resume() error {
	p.mu.Lock()
	if p.off {
		p.off = false
		p.base, p.done = p.now(), 0
	}
	p.mu.Unlock()
	select {
	case p.wake <- struct{}{}:
	default: // a nudge is already waiting
	}
	return nil
}

func (p *pacedSink) close() {
	select {
	case <-p.quit:
	default:
		close(p.quit)
	}
	p.wg.Wait()
}
