//go:build cgo && linux

package audio

/*
#cgo pkg-config: alsa
#include <alsa/asoundlib.h>

// quiet drops alsa-lib's own messages ("ALSA lib pcm.c:2666:(snd_pcm_open_noupdate)
// Unknown PCM default", the PulseAudio plugin's "Connection refused"): the
// player gets the same error back as a code and says it once, on screen.
static void quiet(const char *file, int line, const char *function, int err, const char *fmt, ...) {}
static void corecue_quiet_alsa(void) { snd_lib_error_set_handler(quiet); }
*/
import "C"

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/gopxl/beep/v2"
)

// pcmName is the ALSA device: the one every desktop routes to its sound
// server or card. Only it is tried: walking ALSA's other devices (JACK, OSS,
// the raw cards) gains nothing on a desktop and makes each of their
// libraries print its complaint.
const pcmName = "default"

var (
	quietOnce sync.Once
	// realTime is set once a device has played at real-time rate in this
	// process; later opens of the same device skip the rate check.
	realTime atomic.Bool
	// closing is the close of the last device, which may still be
	// draining: a card that allows one stream at a time is free only after.
	closing sync.WaitGroup
)

// device is the sound card through ALSA, opened for one stretch of playing
// and closed when the player goes idle: an open device streams silence,
// which an idle app would pay for all day, and a closed one can be opened
// again after the sound server restarts (beep's speaker cannot: oto keeps
// one context per process and stops for good on its first error).
type device struct {
	now    func() time.Duration
	pcm    *C.snd_pcm_t
	period int // frames per write

	mu  sync.Mutex
	cur beep.Streamer // guarded by mu

	last   atomic.Int64 // monotonic time of the latest pull
	pulled atomic.Int64
	fail   atomic.Pointer[error] // why the loop ended, if it failed
	stop   atomic.Bool
	done   chan struct{}
}

func openDevice(now func() time.Duration) (output, error) {
	quietOnce.Do(func() { C.corecue_quiet_alsa() })
	waitClosed(time.Second)
	d, err := startDevice(now)
	if err != nil {
		return nil, err
	}
	if err := d.probe(); err != nil {
		d.close()
		return nil, err
	}
	return d, nil
}

// waitClosed waits, at most d, for the last device's close.
func waitClosed(d time.Duration) {
	ch := make(chan struct{})
	go func() { closing.Wait(); close(ch) }()
	select {
	case <-ch:
	case <-time.After(d):
	}
}

// startDevice opens the PCM and starts the loop that feeds it silence until
// play gives it something else.
func startDevice(now func() time.Duration) (*device, error) {
	name := C.CString(pcmName)
	defer C.free(unsafe.Pointer(name))
	var pcm *C.snd_pcm_t
	if rc := C.snd_pcm_open(&pcm, name, C.SND_PCM_STREAM_PLAYBACK, 0); rc < 0 {
		return nil, deviceErr(OffNoDevice, "no audio device (ALSA: %s: %s)", pcmName, alsaErr(rc))
	}
	rc := C.snd_pcm_set_params(pcm, C.SND_PCM_FORMAT_S16_LE, C.SND_PCM_ACCESS_RW_INTERLEAVED,
		2, Rate, 1, C.uint(deviceBuffer/time.Microsecond))
	var buffer, period C.snd_pcm_uframes_t
	if rc >= 0 {
		rc = C.snd_pcm_get_params(pcm, &buffer, &period)
	}
	if rc < 0 {
		C.snd_pcm_close(pcm)
		return nil, deviceErr(OffNoDevice, "no audio device (ALSA: cannot play 48 kHz stereo: %s)", alsaErr(rc))
	}
	d := &device{now: now, pcm: pcm, period: max(int(period), 64), done: make(chan struct{})}
	d.last.Store(int64(now()))
	go d.loop()
	return d, nil
}

func alsaErr(rc C.int) string { return C.GoString(C.snd_strerror(rc)) }

// probe checks the device really plays: the first writes only fill ALSA's
// buffer, so it has started once more than that has been pulled; and one
// that swallows samples faster or slower than real time (ALSA's null
// device) would give a useless clock.
func (d *device) probe() error {
	fill := samples(deviceBuffer) + int64(d.period)
	end := d.now() + startWait
	for d.pulled.Load() <= fill && d.now() < end {
		if err := d.err(); err != nil {
			return deviceErr(OffNoDevice, "no audio device (%s)", shortErr(err))
		}
		time.Sleep(5 * time.Millisecond)
	}
	if err := d.err(); err != nil {
		return deviceErr(OffNoDevice, "no audio device (%s)", shortErr(err))
	}
	if d.pulled.Load() <= fill {
		return deviceErr(OffSilentDevice, "the audio device plays nothing")
	}
	if realTime.Load() {
		return nil
	}
	// A slow window means the device is still starting (CI saw one stand
	// still for 300 ms after its first pulls); two fast ones in a row mean a
	// device that plays nothing in real time at all.
	ratio, fast := 0.0, 0
	for d.now() < end {
		n0, t0 := d.pulled.Load(), d.now()
		time.Sleep(rateWindow)
		n1, t1 := d.pulled.Load(), d.now()
		if err := d.err(); err != nil {
			return deviceErr(OffNoDevice, "no audio device (%s)", shortErr(err))
		}
		ratio = float64(n1-n0) / (Rate * (t1 - t0).Seconds())
		switch {
		case ratio >= 0.5 && ratio <= 2:
			realTime.Store(true)
			return nil
		case ratio > 2:
			if fast++; fast == 2 {
				end = 0
			}
		default:
			fast = 0
		}
	}
	return deviceErr(OffOutOfTime, "the audio device does not play in real time (%.1f× real time)", ratio)
}

// loop pulls one period at a time and writes it; the blocking write paces
// it at the device's rate. It ends on close or on an error ALSA cannot
// recover from (the sound server went away, the card was unplugged).
func (d *device) loop() {
	defer close(d.done)
	buf := make([][2]float64, d.period)
	pcm := make([]int16, 2*d.period)
	for !d.stop.Load() {
		d.mu.Lock()
		d.last.Store(int64(d.now()))
		d.pulled.Add(int64(len(buf)))
		n := 0
		if d.cur != nil {
			n, _ = d.cur.Stream(buf)
		}
		clear(buf[n:]) // a drained session leaves silence; the device must not stop
		d.mu.Unlock()
		for i, v := range buf {
			pcm[2*i], pcm[2*i+1] = toS16(v[0]), toS16(v[1])
		}
		for off := 0; off < len(buf); {
			w := C.snd_pcm_writei(d.pcm, unsafe.Pointer(&pcm[2*off]), C.snd_pcm_uframes_t(len(buf)-off))
			if w < 0 {
				// An underrun (the machine was busy) or a suspend is
				// recovered and counts as slow, not dead.
				w = C.snd_pcm_sframes_t(C.snd_pcm_recover(d.pcm, C.int(w), 1))
			}
			if w < 0 {
				err := fmt.Errorf("ALSA: %s", alsaErr(C.int(w)))
				d.fail.Store(&err)
				return
			}
			off += int(w)
		}
	}
}

func toS16(v float64) int16 {
	return int16(min(max(v, -1), 1) * 32767)
}

func (d *device) play(s beep.Streamer)    { d.cur = s }
func (d *device) lock()                   { d.mu.Lock() }
func (d *device) unlock()                 { d.mu.Unlock() }
func (d *device) latency() int64          { return samples(deviceBuffer + serverLatency) }
func (d *device) lastPull() time.Duration { return time.Duration(d.last.Load()) }

// err is the error that ended the loop, if any: the device is dead then.
func (d *device) err() error {
	if e := d.fail.Load(); e != nil {
		return *e
	}
	return nil
}

// The player closes the device when it goes idle and opens a new one for
// the next session, so these are never asked of a device.
func (d *device) suspend()      {}
func (d *device) resume() error { return nil }

// close stops the loop and lets what is buffered play out, then closes the
// PCM, all off the caller's goroutine: a wedged device may never return.
func (d *device) close() {
	if d.stop.Swap(true) {
		return
	}
	closing.Add(1)
	go func() {
		defer closing.Done()
		<-d.done
		if d.err() == nil {
			C.snd_pcm_drain(d.pcm)
		}
		C.snd_pcm_close(d.pcm)
	}()
}

// buildHasNoDevice is nil: a cgo build can try the device.
func buildHasNoDevice() error { return nil }
