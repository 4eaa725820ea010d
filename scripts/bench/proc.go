package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// clkTck is the kernel's clock tick for /proc/PID/stat times; 100 on every
// Linux we run on, asked of getconf in case it is not.
var clkTck = func() float64 {
	out, err := exec.Command("getconf", "CLK_TCK").Output()
	if err == nil {
		if v, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64); err == nil && v > 0 {
			return v
		}
	}
	return 100
}()

// cpuSeconds is the CPU time (user+system, all threads) pid has used.
func cpuSeconds(pid int) (float64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// The command name may hold spaces; the fields after it are fixed.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return 0, fmt.Errorf("/proc/%d/stat: no command name", pid)
	}
	f := strings.Fields(s[i+1:])
	// After ")": state is field 3 of the man page, utime 14, stime 15.
	if len(f) < 13 {
		return 0, fmt.Errorf("/proc/%d/stat: %d fields", pid, len(f))
	}
	ut, err1 := strconv.ParseFloat(f[11], 64)
	st, err2 := strconv.ParseFloat(f[12], 64)
	if err1 != nil || err2 != nil {
		return 0, fmt.Errorf("/proc/%d/stat: bad utime/stime", pid)
	}
	return (ut + st) / clkTck, nil
}

// peakRSS is VmHWM, the most resident memory pid has had, in bytes.
func peakRSS(pid int) (int64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				return 0, fmt.Errorf("VmHWM %q", rest)
			}
			return kb * 1024, nil
		}
	}
	return 0, errors.New("no VmHWM in /proc status")
}

// app is one run of the corecue binary with a scratch storage folder,
// preferences and frame log, so runs never share state.
type app struct {
	name    string
	cmd     *exec.Cmd
	spawned int64 // wall ns just before exec
	log     string
	done    chan struct{}
	scratch string
}

func startApp(bin, outDir, name string, args ...string) (*app, error) {
	scratch, err := os.MkdirTemp("", "corecue-bench.")
	if err != nil {
		return nil, err
	}
	a := &app{name: name, log: filepath.Join(outDir, name+".frames"), done: make(chan struct{}), scratch: scratch}
	os.Remove(a.log)
	out, err := os.Create(filepath.Join(outDir, name+".out"))
	if err != nil {
		return nil, err
	}
	a.cmd = exec.Command(bin, args...)
	a.cmd.Stdout, a.cmd.Stderr = out, out
	a.cmd.Env = append(os.Environ(),
		"CORECUE_HOME="+filepath.Join(scratch, "home"),
		"XDG_CONFIG_HOME="+filepath.Join(scratch, "config"),
		"CORECUE_BENCH_LOG="+a.log,
		// No one answers the red-flag questions in a measured run: none applies.
		"CORECUE_RED_FLAGS=none",
		// Fyne rejects C locales with an error on every start.
		"LANG=en_US.UTF-8", "LC_ALL=", "LC_MESSAGES=",
	)
	for _, d := range []string{"home", "config"} {
		if err := os.MkdirAll(filepath.Join(scratch, d), 0o755); err != nil {
			return nil, err
		}
	}
	if seed := seeds[name]; seed != nil {
		if err := seed(filepath.Join(scratch, "home")); err != nil {
			return nil, fmt.Errorf("%s: preparing its storage folder: %v", name, err)
		}
	}
	a.spawned = time.Now().UnixNano()
	if err := a.cmd.Start(); err != nil {
		out.Close()
		return nil, err
	}
	go func() {
		_ = a.cmd.Wait()
		out.Close()
		close(a.done)
	}()
	return a, nil
}

func (a *app) pid() int { return a.cmd.Process.Pid }

func (a *app) alive() bool {
	select {
	case <-a.done:
		return false
	default:
		return true
	}
}

// firstFrame waits for the "first WALL_NS" line and returns the time from
// exec to it.
func (a *app) firstFrame(limit time.Duration) (time.Duration, error) {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(a.log); err == nil {
			for _, ln := range strings.Split(string(b), "\n") {
				if rest, ok := strings.CutPrefix(ln, "first "); ok {
					ns, err := strconv.ParseInt(rest, 10, 64)
					if err != nil {
						return 0, fmt.Errorf("%s: bad first-frame line %q", a.name, ln)
					}
					return time.Duration(ns - a.spawned), nil
				}
			}
		}
		if !a.alive() {
			return 0, fmt.Errorf("%s exited before its first frame (see %s.out)", a.name, a.name)
		}
		time.Sleep(5 * time.Millisecond)
	}
	return 0, fmt.Errorf("%s drew no frame within %s", a.name, limit)
}

// stop ends the app: SIGTERM, then SIGKILL if it lingers.
func (a *app) stop() {
	defer os.RemoveAll(a.scratch)
	if !a.alive() {
		return
	}
	_ = a.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-a.done:
	case <-time.After(5 * time.Second):
		_ = a.cmd.Process.Kill()
		<-a.done
	}
}

// cpuRun is what one windowed run measured.
type cpuRun struct {
	cores   float64 // CPU seconds per wall second over the window
	peakRSS int64
	startup time.Duration // 0 when the run has no first-frame mark
	playing bool          // a stream was open on the sound server
	heard   bool          // and (when asked) something but silence came out of it
}

// measureCPU starts the app, lets it settle (past its first frame when it
// marks one, else a fixed warm-up), then reads its CPU time over dur.
func measureCPU(bin, outDir, name string, marks bool, warm, dur time.Duration, args ...string) (cpuRun, error) {
	return measureCPUListening(bin, outDir, name, marks, false, warm, dur, args...)
}

// measureCPUListening is measureCPU that, when listen is set, also checks
// that the app's sound is really playing (the null sink hears it within
// 20 s), and starts the warm-up from there: a drill with its sound off would
// leave the audio out of the figure.
func measureCPUListening(bin, outDir, name string, marks, listen bool, warm, dur time.Duration, args ...string) (cpuRun, error) {
	return measureCPUWhen(bin, outDir, name, marks, listen, func(*app) error { time.Sleep(warm); return nil }, dur, args...)
}

// measureCPUWhen is measureCPUListening that measures once ready returns
// instead of after a fixed warm-up.
func measureCPUWhen(bin, outDir, name string, marks, listen bool, ready func(*app) error, dur time.Duration, args ...string) (cpuRun, error) {
	var r cpuRun
	a, err := startApp(bin, outDir, name, args...)
	if err != nil {
		return r, err
	}
	defer a.stop()
	if marks {
		if r.startup, err = a.firstFrame(60 * time.Second); err != nil {
			return r, err
		}
	}
	if listen {
		// The first drill opens the sound device and waits for it at time
		// zero (about 2 s on this kind of machine): measure from its sound.
		for end := time.Now().Add(20 * time.Second); !r.heard && time.Now().Before(end); {
			r.heard = soundHeard(time.Second)
		}
	}
	if err := ready(a); err != nil {
		return r, fmt.Errorf("%s: %v", name, err)
	}
	r.playing = soundPlaying()
	c0, err := cpuSeconds(a.pid())
	if err != nil {
		return r, fmt.Errorf("%s: %v", name, err)
	}
	t0 := time.Now()
	time.Sleep(dur)
	c1, err := cpuSeconds(a.pid())
	if err != nil {
		return r, fmt.Errorf("%s died during the measurement (see %s.out)", name, name)
	}
	r.cores = (c1 - c0) / time.Since(t0).Seconds()
	if r.peakRSS, err = peakRSS(a.pid()); err != nil {
		return r, fmt.Errorf("%s: %v", name, err)
	}
	return r, nil
}

// measureStartups starts each of the windows n times, taking turns (the
// first, the second, the first again…), and returns for each its times from
// exec to its first frame. Taking turns puts a change in the machine's load
// during the runs on both sides of the ratio alike; one side's runs after
// the other's measured the load as often as the app (docs/benchmarks.md).
func measureStartups(bin, outDir string, n int, windows ...[]string) ([][]time.Duration, error) {
	out := make([][]time.Duration, len(windows))
	for i := 0; i < n; i++ {
		for w, cmd := range windows {
			a, err := startApp(bin, outDir, cmd[0], cmd[1:]...)
			if err != nil {
				return nil, err
			}
			d, err := a.firstFrame(60 * time.Second)
			a.stop()
			if err != nil {
				return nil, err
			}
			out[w] = append(out[w], d)
		}
	}
	return out, nil
}

// soundPlaying reports whether any stream is open on the sound server.
func soundPlaying() bool {
	out, err := exec.Command("pactl", "list", "short", "sink-inputs").Output()
	return err == nil && len(strings.TrimSpace(string(out))) > 0
}

// drillEnded waits until the practice screen has drawn the end of a drill
// of length d (its frame log reaches d), then lets it settle: on a loaded
// machine a 28 s drill took 40 s of wall time, and a fixed wait measured
// its last seconds as "idle".
func drillEnded(d time.Duration) func(*app) error {
	return func(a *app) error {
		for end := time.Now().Add(5 * time.Minute); time.Now().Before(end); time.Sleep(500 * time.Millisecond) {
			if !a.alive() {
				return fmt.Errorf("exited during the drill")
			}
			fr, err := readFrames(a.log)
			if err == nil && len(fr) > 0 && fr[len(fr)-1].session >= int64(d-100*time.Millisecond) {
				time.Sleep(3 * time.Second)
				return nil
			}
		}
		return fmt.Errorf("the drill did not reach its end (%s) in 5 minutes", d)
	}
}
