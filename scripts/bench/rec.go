package main

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync/atomic"
	"syscall"
	"time"
)

// stamp says that by wall time Wall (Unix ns) the recorder had received N
// samples: the arrival times of the monitor's data, from which recorded
// samples are mapped to wall time.
type stamp struct {
	N    int64
	Wall int64
}

// recorder captures what the null sink plays (its monitor source) as mono
// 16-bit samples at 48 kHz through parec, noting when each piece arrives.
type recorder struct {
	cmd    *exec.Cmd
	path   string
	stamps []stamp
	peak   atomic.Int32 // loudest sample so far: 0 means nothing has played
	err    error
	done   chan struct{}
}

// startRecorder records the null sink's monitor into path. latency is the
// fragment size asked of PulseAudio: small fragments arrive soon after the
// sink renders them, so their arrival times pin the recording to the wall
// clock within a few milliseconds.
func startRecorder(path string, latency time.Duration) (*recorder, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	r := &recorder{path: path, done: make(chan struct{})}
	r.cmd = exec.Command("parec", "--device=nullsink.monitor", "--raw", "--format=s16le",
		"--rate=48000", "--channels=1", fmt.Sprintf("--latency-msec=%d", latency.Milliseconds()))
	r.cmd.Stderr = os.Stderr
	pipe, err := r.cmd.StdoutPipe()
	if err != nil {
		f.Close()
		return nil, err
	}
	if err := r.cmd.Start(); err != nil {
		f.Close()
		return nil, fmt.Errorf("parec: %v (install pulseaudio-utils)", err)
	}
	go r.copyFrom(pipe, f)
	return r, nil
}

// copyFrom writes what parec sends into f until parec ends, stamping each
// read with its arrival time, then closes f and done. The first error is
// kept: it is the cause, and what follows it usually its consequence.
func (r *recorder) copyFrom(pipe io.Reader, f *os.File) {
	defer close(r.done)
	w := bufio.NewWriterSize(f, 1<<20)
	buf := make([]byte, 1<<16)
	var bytes int64
	for {
		n, err := pipe.Read(buf)
		if n > 0 {
			now := time.Now().UnixNano()
			bytes += int64(n)
			r.notePeak(buf[:n&^1])
			r.stamps = append(r.stamps, stamp{N: bytes / 2, Wall: now})
			_, werr := w.Write(buf[:n])
			r.keep(werr)
		}
		if err != nil {
			// A closed pipe is how parec's end shows, not a failure.
			if !errors.Is(err, io.EOF) && !errors.Is(err, os.ErrClosed) {
				r.keep(err)
			}
			break
		}
	}
	r.keep(w.Flush())
	r.keep(f.Close())
}

// keep records err unless an earlier error is already recorded.
func (r *recorder) keep(err error) {
	if err != nil && r.err == nil {
		r.err = err
	}
}

func (r *recorder) notePeak(b []byte) {
	p := r.peak.Load()
	for i := 0; i+1 < len(b); i += 2 {
		v := int32(int16(binary.LittleEndian.Uint16(b[i:])))
		if v < 0 {
			v = -v
		}
		p = max(p, v)
	}
	r.peak.Store(p)
}

// stop ends the recording and returns the arrival stamps.
func (r *recorder) stop() ([]stamp, error) {
	_ = r.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-r.done:
	case <-time.After(5 * time.Second):
		_ = r.cmd.Process.Kill()
		<-r.done
	}
	_ = r.cmd.Wait()
	return r.stamps, r.err
}

// readRaw loads mono s16le samples.
func readRaw(path string) ([]int16, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := make([]int16, len(b)/2)
	for i := range out {
		out[i] = int16(binary.LittleEndian.Uint16(b[2*i:]))
	}
	return out, nil
}

// readWAVMono loads a 16-bit PCM WAV file (as corecue render writes) and
// mixes its channels to one.
func readWAVMono(path string) ([]int16, int, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, 0, err
	}
	if len(b) < 12 || string(b[0:4]) != "RIFF" || string(b[8:12]) != "WAVE" {
		return nil, 0, fmt.Errorf("%s: not a WAV file", path)
	}
	var channels, bits, rate int
	for p := 12; p+8 <= len(b); {
		id, size := string(b[p:p+4]), int(binary.LittleEndian.Uint32(b[p+4:]))
		body := b[p+8:]
		if size > len(body) {
			size = len(body)
		}
		switch id {
		case "fmt ":
			if size < 16 {
				return nil, 0, fmt.Errorf("%s: short fmt chunk", path)
			}
			channels = int(binary.LittleEndian.Uint16(body[2:]))
			rate = int(binary.LittleEndian.Uint32(body[4:]))
			bits = int(binary.LittleEndian.Uint16(body[14:]))
		case "data":
			if bits != 16 || channels < 1 {
				return nil, 0, fmt.Errorf("%s: want 16-bit PCM, got %d bits, %d channels", path, bits, channels)
			}
			n := size / (2 * channels)
			out := make([]int16, n)
			for i := 0; i < n; i++ {
				sum := 0
				for c := 0; c < channels; c++ {
					sum += int(int16(binary.LittleEndian.Uint16(body[2*(i*channels+c):])))
				}
				out[i] = int16(sum / channels)
			}
			return out, rate, nil
		}
		p += 8 + size + size&1
	}
	return nil, 0, fmt.Errorf("%s: no data chunk", path)
}

// soundHeard listens to the null sink for d and reports whether anything
// but silence came out: an app whose device probe failed keeps its stream
// open but plays nothing.
func soundHeard(d time.Duration) bool {
	cmd := exec.Command("parec", "--device=nullsink.monitor", "--raw", "--format=s16le", "--rate=48000", "--channels=1")
	out, err := cmd.StdoutPipe()
	if err != nil || cmd.Start() != nil {
		return false
	}
	t := time.AfterFunc(d, func() { _ = cmd.Process.Signal(syscall.SIGINT) })
	defer t.Stop()
	b, _ := io.ReadAll(out)
	_ = cmd.Wait()
	for i := 0; i+1 < len(b); i += 2 {
		if b[i] != 0 || b[i+1] != 0 {
			return true
		}
	}
	return false
}
