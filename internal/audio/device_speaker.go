//go:build cgo && !linux

package audio

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/gopxl/beep/v2"
	"github.com/gopxl/beep/v2/speaker"
)

// The speaker can be initialised once per process, so the probe's outcome is
// kept for every later Open.
var (
	devOnce sync.Once
	dev     *device
	devErr  error
)

// device is the sound card through beep's speaker (macOS and Windows;
// Linux talks to ALSA itself, device_alsa.go). The speaker plays the
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
// succeeds even with no device, so the probe waits for the device to start
// pulling, and a device that swallows samples faster or slower than real
// time (the ALSA null device) would give a useless clock.
//
// speaker.Resume is the one call through which oto's error comes out: with
// no device it returns ALSA's error at once; on a working device it waits
// for oto's write to finish, so it is asked on a goroutine of its own.
func probeDevice(now func() time.Duration) (*device, error) {
	if err := speaker.Init(Rate, int(samples(deviceBuffer))); err != nil {
		return nil, deviceErr(OffNoDevice, "no audio device (%s)", shortErr(err))
	}
	d := &device{now: now}
	speaker.Play(d)
	failed := make(chan error, 1)
	go func() { failed <- speaker.Resume() }()
	// The first pull only fills oto's own buffer; the device has started
	// once a second one comes.
	fill := samples(deviceBuffer / 2)
	end := now() + startWait
	for d.pulled.Load() <= fill && now() < end {
		select {
		case err := <-failed:
			if err != nil {
				return nil, deviceErr(OffNoDevice, "no audio device (%s)", shortErr(err))
			}
		case <-time.After(5 * time.Millisecond):
		}
	}
	if d.pulled.Load() <= fill {
		return nil, deviceErr(OffSilentDevice, "the audio device plays nothing")
	}
	// Then the pulls must settle at real-time rate. A slow window means the
	// device is still starting (CI saw one stand still for 300 ms after its
	// first pulls); two fast ones in a row mean a device that plays nothing
	// in real time at all.
	ratio, fast := 0.0, 0
	for now() < end {
		n0, t0 := d.pulled.Load(), now()
		time.Sleep(rateWindow)
		n1, t1 := d.pulled.Load(), now()
		ratio = float64(n1-n0) / (Rate * (t1 - t0).Seconds())
		switch {
		case ratio >= 0.5 && ratio <= 2:
			return d, nil
		case ratio > 2:
			if fast++; fast == 2 {
				end = 0
			}
		default:
			fast = 0
		}
	}
	_ = speaker.Suspend() // a null device would spin a core for nothing
	return nil, deviceErr(OffOutOfTime, "the audio device does not play in real time (%.1f× real time)", ratio)
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

// err is nil: the one call through which beep passes oto's error on,
// speaker.Resume, contends for the lock oto holds while it writes, which
// stalled playback for seconds on PulseAudio. A failed device is known by
// its pulls stopping instead.
func (d *device) err() error { return nil }

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

// buildHasNoDevice is nil: a cgo build can try the device.
func buildHasNoDevice() error { return nil }
