//go:build cgo

package audio

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gopxl/beep/v2"
	"github.com/gopxl/beep/v2/speaker"
)

// The device buffer: half in ALSA, half in oto's player (speaker.Init splits
// it). 80 ms rides out scheduling hiccups on a busy machine and is well under
// what breath cues need.
const deviceBuffer = 80 * time.Millisecond

// serverLatency is what lies past our buffers: the ALSA plugin and the sound
// server. make bench measured the sound arriving about 119 ms after the
// samples were pulled with this 80 ms buffer on ALSA over PulseAudio (the top
// of the clock's saw-tooth, +39 ms with 80 ms counted, +19.5 ms with 100).
// Counting slightly less keeps any error on the side where sound is late,
// which people notice least (ITU-R BT.1359); calibration covers other devices.
const serverLatency = 35 * time.Millisecond

// firstPullWait bounds how long the probe waits for the device to start
// pulling (about 2 s on ALSA over PulseAudio, measured).
const firstPullWait = 4 * time.Second

// The speaker can be initialised once per process, so the probe's outcome is
// kept for every later Open.
var (
	devOnce sync.Once
	dev     *device
	devErr  error
)

// device is the sound card through beep's speaker. The speaker plays the
// device itself, forever; the session is swapped in and out under the
// speaker's lock.
type device struct {
	now    func() time.Duration
	cur    beep.Streamer // guarded by speaker.Lock
	last   atomic.Int64
	pulled atomic.Int64
}

func openDevice(now func() time.Duration) (output, error) {
	devOnce.Do(func() { dev, devErr = probeDevice(now) })
	if devErr != nil {
		return nil, devErr
	}
	return dev, nil
}

// probeDevice opens the speaker and checks it really plays: beep's Init
// succeeds even with no device (ALSA opens in the background), so the probe
// waits for the first pull, and a device that swallows samples faster or
// slower than real time (the ALSA null device) would give a useless clock.
//
// speaker.Resume would report an ALSA error directly, but on a working
// device it blocks until oto's first write completes (about 2 s on ALSA over
// PulseAudio, measured), so it is asked only once the device has failed to
// pull, to word the reason.
func probeDevice(now func() time.Duration) (*device, error) {
	if err := speaker.Init(Rate, int(samples(deviceBuffer))); err != nil {
		return nil, fmt.Errorf("no audio device (%s)", shortErr(err))
	}
	d := &device{now: now}
	speaker.Play(d)
	// The first pull only fills oto's own buffer; the device has started
	// once a second one comes. On ALSA over PulseAudio that took about 2 s
	// here; with no device it never comes.
	fill := samples(deviceBuffer / 2)
	for end := now() + firstPullWait; d.pulled.Load() <= fill && now() < end; {
		time.Sleep(5 * time.Millisecond)
	}
	if d.pulled.Load() <= fill {
		if err := speaker.Resume(); err != nil {
			return nil, fmt.Errorf("no audio device (%s)", shortErr(err))
		}
		return nil, errors.New("the audio device plays nothing")
	}
	// Skip the first burst that fills the buffers, then measure the rate.
	time.Sleep(100 * time.Millisecond)
	n0, t0 := d.pulled.Load(), now()
	time.Sleep(200 * time.Millisecond)
	n1, t1 := d.pulled.Load(), now()
	ratio := float64(n1-n0) / (Rate * (t1 - t0).Seconds())
	if ratio < 0.5 || ratio > 2 {
		_ = speaker.Suspend() // a null device would spin a core for nothing
		return nil, fmt.Errorf("the audio device does not play in real time (%.1f× real time)", ratio)
	}
	return d, nil
}

func (d *device) Stream(x [][2]float64) (int, bool) {
	d.last.Store(int64(d.now()))
	d.pulled.Add(int64(len(x)))
	if d.cur == nil {
		clear(x)
		return len(x), true
	}
	n, _ := d.cur.Stream(x)
	clear(x[n:]) // a drained session leaves silence; the speaker must not stop
	return len(x), true
}

func (d *device) Err() error { return nil }

func (d *device) play(s beep.Streamer)    { d.cur = s }
func (d *device) lock()                   { speaker.Lock() }
func (d *device) unlock()                 { speaker.Unlock() }
func (d *device) latency() int64          { return samples(deviceBuffer + serverLatency) }
func (d *device) lastPull() time.Duration { return time.Duration(d.last.Load()) }

// err asks the sound system whether it has failed. Resume is the only call
// through which beep passes oto's error on; on a running device it changes
// nothing.
func (d *device) err() error { return speaker.Resume() }

// suspend and resume leave the device running, playing silence while idle.
// speaker.Suspend would save a little CPU, but on ALSA over PulseAudio
// (checked with oto v3.3.2) the stream wedges after speaker.Resume: one
// period is pulled, then none, and the session would fall back to silence.
func (d *device) suspend() {}

func (d *device) resume() error { return nil }

// close stops feeding the speaker; beep cannot close oto's context.
func (d *device) close() {
	speaker.Lock()
	d.cur = nil
	speaker.Unlock()
}
