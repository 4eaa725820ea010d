package audio

import (
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gopxl/beep/v2"

	"github.com/corecue/corecue/internal/breath"
)

// Player plays sessions and keeps their clock. Its methods may be called from
// any goroutine; Now never blocks on the audio goroutine.
type Player struct {
	now     func() time.Duration
	newSink func() *pacedSink

	mu       sync.Mutex
	out      output
	device   bool                   // out is the sound device
	why      string                 // why sound is off, in plain words; "" while it plays
	detail   string                 // the device's own words for it, for the log
	idle     bool                   // out is suspended
	openDev  func() (output, error) // opens the sound device; nil when there is none to open
	retryIn  time.Duration          // retryEvery, shorter in tests
	starting bool                   // Start is opening the device; the session waits for it
	opening  bool                   // an open of the device is under way (Start's or a retry's)
	retrying bool                   // a retry loop runs while the session plays silent
	ctrl     *beep.Ctrl
	sess     *session // the drill being played; nil for clicks
	started  time.Duration

	clk    atomic.Pointer[clock]
	offset atomic.Int64

	quit chan struct{}
	wg   sync.WaitGroup
}

// Limits of the A/V offset (SetOffset clamps to them).
const (
	MinOffset = -200 * time.Millisecond
	MaxOffset = 200 * time.Millisecond
)

// A device that reports an error is dead at once. One whose pulls merely
// stop is slow until they have stopped for stallLimit: on a loaded machine
// a healthy PulseAudio null sink stood still for 0.7 s at a time, and the
// sound stalls with it, so the picture holding still is right; a device
// still silent after 4 s has wedged.
const (
	stallLimit = 4 * time.Second
	watchEvery = 100 * time.Millisecond
)

// retryEvery is how often a session playing silent after the device failed
// tries the device again, so sound comes back on its own once the sound
// server does.
const retryEvery = 5 * time.Second

// epoch anchors the monotonic clock every Player reads.
var epoch = time.Now()

func monotonic() time.Duration { return time.Since(epoch) }

// pacedNow makes a paced sink on the real clock, pulling on its own goroutine.
func pacedNow() *pacedSink { return newPacedSink(monotonic, true) }

// Open returns a player on the sound device, or on the paced silent sink
// when noAudio is set, CORECUE_AUDIO=null, this build has no device support,
// or the device does not really play. It never fails and never waits; Silent
// says why sound is off.
//
// The device is opened by each Start that finds it closed, not here, and
// closed again when the player goes idle: an open sound device streams
// silence, which would cost an idle app CPU all day, and the first open
// takes about 2 s on ALSA over PulseAudio, which would hold up the window.
// Opening it afresh each time is also what lets sound come back after the
// sound server restarts.
func Open(noAudio bool) *Player {
	switch {
	case noAudio:
		p := newPlayer(monotonic, nil, OffByChoice, pacedNow)
		p.detail = "started with --no-audio"
		return p
	case os.Getenv("CORECUE_AUDIO") == "null":
		p := newPlayer(monotonic, nil, OffByChoice, pacedNow)
		p.detail = "started with CORECUE_AUDIO=null"
		return p
	}
	if err := buildHasNoDevice(); err != nil {
		p := newPlayer(monotonic, nil, reasonFor(err), pacedNow)
		p.detail = err.Error()
		return p
	}
	p := newPlayer(monotonic, nil, "", pacedNow)
	p.openDev = func() (output, error) { return openDevice(monotonic) }
	// Decode the voice clips now, off the caller's goroutine, so the first
	// Start does not wait for them.
	go voiceClip("")
	return p
}

// openLater opens the device off the caller's goroutine. Until it answers
// the session waits at time zero, so the first cue is heard, and seen, at
// its place; then the session starts on the device, or on the silent sink
// with the reason shown.
//
// Neither it nor retry is waited for by Close: an open can take seconds.
func (p *Player) openLater(open func() (output, error)) {
	out, err := open()
	p.mu.Lock()
	defer p.mu.Unlock()
	p.starting, p.opening = false, false
	if p.closed() {
		if out != nil {
			out.close()
		}
		return
	}
	if err != nil {
		p.offFor(err)
	} else {
		p.useDevice(out)
	}
	if p.ctrl != nil {
		p.attach()
		if err != nil {
			// The sound server may be on its way back (a kiosk's taster
			// started while it restarted): keep trying, as after a failure
			// mid-session, rather than stay silent to the drill's end.
			p.keepTrying()
		}
	}
}

// useDevice makes a freshly opened device the output, idle until attached.
func (p *Player) useDevice(out output) {
	p.out.close() // the paced sink stood in while nothing played
	p.out, p.device, p.idle, p.why, p.detail = out, true, true, "", ""
	p.wg.Add(1)
	go p.watch(out)
}

func (p *Player) closed() bool {
	select {
	case <-p.quit:
		return true
	default:
		return false
	}
}

// Starting reports whether the sound device is being opened: the session
// then waits at time zero, for up to a few seconds.
func (p *Player) Starting() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.starting
}

// newPlayer plays on out, or on a paced sink when out is nil (why says why).
// newSink makes the sink for that and for a fail-over.
func newPlayer(now func() time.Duration, out output, why string, newSink func() *pacedSink) *Player {
	p := &Player{now: now, newSink: newSink, retryIn: retryEvery, quit: make(chan struct{})}
	p.out, p.device, p.why = out, out != nil, why
	if out == nil {
		p.out = p.newSink()
	}
	p.out.suspend()
	p.idle = true
	return p
}

// Start plays the drill from its beginning, replacing whatever was playing.
func (p *Player) Start(tl *breath.Timeline, m Mix) {
	p.mu.Lock()
	defer p.mu.Unlock()
	s := newSession(newCueEvents(tl), newBed(tl), m)
	p.begin(s)
	p.sess = s
}

// StartClicks plays a calibration click every period; Now is then the time
// since the first click as heard.
func (p *Player) StartClicks(period time.Duration) {
	if period <= 0 {
		period = time.Second
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	// Calibration has to be heard whatever the drill's mix says.
	p.begin(newSession(clickEvents{period: samples(period), snd: calibrationClick()}, nil, Mix{Cues: 0.9, CuesOn: true}))
}

func (p *Player) begin(s *session) {
	p.stopLocked()
	p.ctrl = &beep.Ctrl{Streamer: &counter{s: s}}
	switch {
	case p.openDev != nil && !p.device && !p.opening:
		// Closed since the last session, or failed then: try it (again).
		p.starting, p.opening, p.why, p.detail = true, true, "", ""
		go p.openLater(p.openDev)
	case !p.starting:
		// On the device; or a retry is opening it and will take this
		// session over when it does.
		p.attach()
	}
}

// attach plays the session's Ctrl on the output and starts its clock.
func (p *Player) attach() {
	clk := newClock(p.now, p.out.latency())
	if p.ctrl.Paused {
		clk.pause()
	}
	p.ctrl.Streamer.(*counter).clk = clk // no output plays this Ctrl yet
	p.clk.Store(clk)
	p.started = p.now()
	if p.idle {
		p.idle = false
		if err := p.out.resume(); err != nil {
			// failover plays the Ctrl on the silent sink and rebases the clock.
			p.failover(OffDeviceFailed, shortErr(err))
			return
		}
	}
	playOn(p.out, p.ctrl)
}

// Stop ends the session and lets the output idle: the sound device is
// closed (the next Start opens it again), the silent sink stops pulling.
func (p *Player) Stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.stopLocked()
	p.suspendLocked()
}

func (p *Player) stopLocked() {
	if p.ctrl != nil {
		playOn(p.out, nil)
	}
	p.ctrl, p.sess = nil, nil
	p.clk.Store(nil)
}

// Suspend lets the output idle while nothing plays; the next Start wakes it.
func (p *Player) Suspend() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ctrl == nil {
		p.suspendLocked()
	}
}

func (p *Player) suspendLocked() {
	if p.device && p.openDev != nil {
		// Closing, not suspending: the next Start opens it again.
		// (Suspending wedges ALSA over PulseAudio: one period is pulled
		// after resuming, then none.)
		p.out.close()
		p.out, p.device = p.newSink(), false
		p.out.suspend()
		p.idle = true
		return
	}
	if !p.idle {
		p.out.suspend()
		p.idle = true
	}
}

// Pause silences the session and freezes its clock.
func (p *Player) Pause() { p.setPaused(true) }

// Resume carries on from where Pause stopped.
func (p *Player) Resume() { p.setPaused(false) }

func (p *Player) setPaused(on bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ctrl == nil || p.ctrl.Paused == on {
		return
	}
	p.out.lock()
	p.ctrl.Paused = on
	p.out.unlock()
	switch clk := p.clk.Load(); {
	case clk == nil: // waiting for the device; attach starts the clock paused
	case on:
		clk.pause()
	default:
		clk.resume()
	}
}

// Paused reports whether a session is playing and paused.
func (p *Player) Paused() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.ctrl != nil && p.ctrl.Paused
}

// Now is the session time as heard, shifted by the A/V offset (a positive
// offset shows the picture later), and zero when no session plays.
func (p *Player) Now() time.Duration {
	clk := p.clk.Load()
	if clk == nil {
		return 0
	}
	return max(clk.read()-time.Duration(p.offset.Load()), 0)
}

// SetMix changes the layers of the playing drill, gliding, not stepping.
func (p *Player) SetMix(m Mix) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.sess != nil {
		p.sess.setMix(m)
	}
}

// SetOffset sets the A/V calibration offset, clamped to MinOffset..MaxOffset.
func (p *Player) SetOffset(d time.Duration) {
	p.offset.Store(int64(min(max(d, MinOffset), MaxOffset)))
}

// Silent reports whether sound is off and, if so, why: one of Reasons, in
// English, for the screen to translate.
func (p *Player) Silent() (bool, string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.why != "", p.why
}

// Detail is the device's own account of why sound is off (ALSA's error,
// say), for a log rather than the screen; "" when there is none.
func (p *Player) Detail() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.detail
}

// offFor records that the device could not be opened: the plain reason
// for the screen, the error itself for the log. Called with p.mu held.
func (p *Player) offFor(err error) {
	p.why, p.detail = reasonFor(err), err.Error()
}

// Close stops everything; the player is not used again.
func (p *Player) Close() {
	p.mu.Lock()
	p.stopLocked()
	select {
	case <-p.quit:
	default:
		close(p.quit)
	}
	p.mu.Unlock()
	p.wg.Wait()
	p.mu.Lock()
	p.out.close()
	p.mu.Unlock()
}

// watch checks dev while it is the player's output.
func (p *Player) watch(dev output) {
	defer p.wg.Done()
	t := time.NewTicker(watchEvery)
	defer t.Stop()
	for {
		select {
		case <-p.quit:
			return
		case <-t.C:
			p.mu.Lock()
			gone := p.out != dev
			p.mu.Unlock()
			if gone {
				return
			}
			p.check()
		}
	}
}

// check moves a running session to the silent sink when the device has
// died: it reported an error, or its pulls stopped for stallLimit. A slower
// stall is a busy machine, which the sound and the picture wait out together.
func (p *Player) check() {
	p.mu.Lock()
	out := p.out
	live := p.device && p.ctrl != nil && !p.idle
	p.mu.Unlock()
	if !live {
		return
	}
	err := out.err()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.out != out || p.ctrl == nil || p.idle {
		return
	}
	switch {
	case err != nil:
		p.failover(OffDeviceFailed, shortErr(err))
	case p.now()-max(out.lastPull(), p.started) > stallLimit:
		p.failover(OffDeviceStalled, "no samples pulled for "+stallLimit.String())
	}
}

// failover hands the running session, position and pause state intact, to a
// paced silent sink. The clock is rebased so its reading carries on from the
// same session time: the picture neither jumps nor restarts.
func (p *Player) failover(reason, detail string) {
	old := p.out
	playOn(old, nil)
	if clk := p.clk.Load(); clk != nil {
		clk.rebase()
	}
	// A wedged device may block in its own calls; never let that hold us.
	go func() {
		old.suspend()
		old.close()
	}()
	sink := p.newSink()
	if p.ctrl != nil {
		playOn(sink, p.ctrl)
	}
	p.out, p.device, p.why, p.detail = sink, false, reason, detail
	p.keepTrying()
}

// keepTrying starts the retry loop for a session playing silent, unless one
// runs or there is no device to try (--no-audio).
func (p *Player) keepTrying() {
	if p.openDev != nil && !p.retrying {
		p.retrying = true
		go p.retry()
	}
}

// retry tries the device again every retryEvery while a session plays on
// the silent sink after a failure, and hands the session back to it, at the
// same session time, as soon as it plays. It ends with the session; the
// next Start tries the device itself.
func (p *Player) retry() {
	t := time.NewTicker(p.retryIn)
	defer t.Stop()
	for {
		select {
		case <-p.quit:
			p.mu.Lock()
			p.retrying = false
			p.mu.Unlock()
			return
		case <-t.C:
		}
		p.mu.Lock()
		if p.ctrl == nil || p.device || p.opening {
			p.retrying = false
			p.mu.Unlock()
			return
		}
		p.opening = true
		p.mu.Unlock()

		out, err := p.openDev()

		p.mu.Lock()
		p.opening = false
		switch {
		case err != nil:
			if !p.device {
				p.offFor(err)
			}
		case p.closed() || p.ctrl == nil || p.device:
			out.close()
		default:
			p.handBack(out)
		}
		p.mu.Unlock()
	}
}

// handBack moves the running session from the silent sink to a device that
// opened again. The clock holds at its reading while the first samples
// travel through the device's latency, then runs on: the picture waits a
// moment rather than jumping or running ahead of the sound.
func (p *Player) handBack(out output) {
	old := p.out
	playOn(old, nil)
	if clk := p.clk.Load(); clk != nil {
		clk.rebase()
		clk.delay(out.latency())
	}
	p.useDevice(out)
	p.idle = false
	playOn(p.out, p.ctrl)
}

// shortErr turns beep's and oto's wrapped error into something a person can
// read on screen: "ALSA: snd_pcm_open: "default": No such file or directory".
func shortErr(err error) string {
	s := err.Error()
	if i := strings.Index(s, "ALSA error at "); i >= 0 {
		s = "ALSA: " + s[i+len("ALSA error at "):]
	}
	if r := []rune(s); len(r) > 90 {
		s = string(r[:89]) + "…"
	}
	return s
}
