package audio

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/gopxl/beep/v2"
)

// clock is one session's clock: the samples its output has pulled, minus
// those still on their way to the ear, extrapolated between pulls. The audio
// goroutine writes it; the UI reads it with one atomic load and never waits
// on the audio lock. Each Start makes a new clock, which is the "serial":
// a stale streamer still counting into an old clock changes nothing visible.
type clock struct {
	now func() time.Duration // monotonic
	mu  sync.Mutex           // orders writers only; readers never take it
	st  atomic.Pointer[stamp]
	out atomic.Int64 // largest value read so far (ns): the clock never goes back
}

// stamp is the clock's state after one write. It is replaced, never changed,
// so a reader always sees a consistent set.
type stamp struct {
	pulled int64         // samples counted while not paused
	bias   int64         // samples to take off: output latency, or the shift of a fail-over
	at     time.Duration // when pulled last changed
	span   time.Duration // length of the last pull: extrapolation never goes further
	paused bool
	frozen time.Duration // the reading while paused
}

func newClock(now func() time.Duration, latency int64) *clock {
	c := &clock{now: now}
	c.st.Store(&stamp{bias: latency, at: now()})
	return c
}

// pull records n more samples taken by the output.
func (c *clock) pull(n int) {
	if n <= 0 {
		return
	}
	c.mu.Lock()
	s := *c.st.Load()
	now := c.now()
	s.pulled += int64(n)
	// beep's mixer hands the device's one ~40 ms request to us in 512-sample
	// pieces within microseconds; those pieces are one burst, and the clock
	// may run on for the whole of it. Capping at the last piece alone made
	// the reading stand still for three quarters of every burst (make bench).
	if s.span > 0 && now-s.at < burstGap {
		s.span += duration(int64(n))
	} else {
		s.span = duration(int64(n))
	}
	s.at = now
	c.st.Store(&s)
	c.mu.Unlock()
}

// burstGap separates one device request's pieces from the next request.
const burstGap = 2 * time.Millisecond

// read is the session time now: monotonic, frozen while paused, never negative.
func (c *clock) read() time.Duration {
	s := c.st.Load()
	v := s.frozen
	if !s.paused {
		v = duration(s.pulled - s.bias)
		if s.span > 0 {
			v += min(max(c.now()-s.at, 0), s.span)
		}
	}
	v = max(v, 0)
	for {
		last := c.out.Load()
		if int64(v) <= last {
			return time.Duration(last)
		}
		if c.out.CompareAndSwap(last, int64(v)) {
			return v
		}
	}
}

func (c *clock) pause() {
	v := c.read()
	c.mu.Lock()
	s := *c.st.Load()
	s.paused, s.frozen = true, v
	c.st.Store(&s)
	c.mu.Unlock()
}

// resume restarts from the pulled count without extrapolating over the time
// spent paused; until the next pull the reading holds at the frozen value.
func (c *clock) resume() {
	c.mu.Lock()
	s := *c.st.Load()
	s.paused, s.at, s.span = false, c.now(), 0
	c.st.Store(&s)
	c.mu.Unlock()
}

// rebase keeps the reading at its current value while the samples behind it
// change meaning: when a failed device hands over to the silent sink, what
// was buffered in the device is never heard, and the new sink has no latency.
func (c *clock) rebase() {
	v := c.read()
	c.mu.Lock()
	s := *c.st.Load()
	s.bias = s.pulled - samples(v)
	s.at, s.span = c.now(), 0
	c.st.Store(&s)
	c.mu.Unlock()
}

// delay holds the reading back by n samples from the next pull on: the
// samples a device just opened has to play before its first pull is heard.
// The reading never goes back, so it stands still until they have.
func (c *clock) delay(n int64) {
	c.mu.Lock()
	s := *c.st.Load()
	s.bias += n
	c.st.Store(&s)
	c.mu.Unlock()
}

// counter passes a streamer through and counts what is pulled. It sits inside
// the session's beep.Ctrl, so while paused (the Ctrl plays silence without
// calling it) the count, and with it the clock, stands still.
type counter struct {
	s   beep.Streamer
	clk *clock
}

func (c *counter) Stream(x [][2]float64) (int, bool) {
	n, ok := c.s.Stream(x)
	c.clk.pull(n)
	return n, ok
}

func (c *counter) Err() error { return c.s.Err() }
