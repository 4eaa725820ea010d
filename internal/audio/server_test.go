//go:build cgo && linux

package audio

import (
	"encoding/binary"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/corecue/corecue/internal/breath"
)

// pulse is a PulseAudio server of the test's own with a null sink, which
// the test can kill and start again on the same socket.
type pulse struct {
	t      *testing.T
	dir    string
	socket string
	cmd    *exec.Cmd
}

func newPulse(t *testing.T) *pulse {
	if os.Getenv("CORECUE_DEVICE_TEST") != "1" {
		t.Skip("set CORECUE_DEVICE_TEST=1 (scripts/headless.sh) to run with a real PulseAudio")
	}
	if _, err := exec.LookPath("pulseaudio"); err != nil {
		t.Skip("pulseaudio is not installed")
	}
	dir, err := os.MkdirTemp("", "cc-pulse") // short: socket paths are limited to 108 bytes
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(dir, 0o700)
	p := &pulse{t: t, dir: dir, socket: filepath.Join(dir, "native")}
	t.Setenv("PULSE_SERVER", "unix:"+p.socket)
	t.Cleanup(func() { p.kill(); os.RemoveAll(dir) })
	p.start()
	return p
}

func (p *pulse) start() {
	p.t.Helper()
	p.cmd = exec.Command("pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "-n", "--use-pid-file=no",
		"--disallow-exit", "--log-target=stderr",
		"--load=module-null-sink sink_name=nullsink",
		"--load=module-native-protocol-unix auth-anonymous=1 socket="+p.socket)
	p.cmd.Env = append(os.Environ(), "XDG_RUNTIME_DIR="+p.dir)
	if err := p.cmd.Start(); err != nil {
		p.t.Fatal(err)
	}
	for end := time.Now().Add(20 * time.Second); ; {
		if exec.Command("pactl", "-s", "unix:"+p.socket, "set-default-sink", "nullsink").Run() == nil {
			return
		}
		if time.Now().After(end) {
			p.t.Fatal("PulseAudio did not start")
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func (p *pulse) kill() {
	if p.cmd != nil && p.cmd.Process != nil {
		p.cmd.Process.Signal(syscall.SIGKILL)
		p.cmd.Wait()
		p.cmd = nil
	}
}

// heard records the null sink's monitor for d and returns the RMS level of
// what the device played.
func (p *pulse) heard(d time.Duration) float64 {
	p.t.Helper()
	rec := exec.Command("parec", "-s", "unix:"+p.socket, "--device=nullsink.monitor", "--raw",
		"--format=s16le", "--channels=1", "--rate=8000")
	out, err := rec.StdoutPipe()
	if err != nil {
		p.t.Fatal(err)
	}
	if err := rec.Start(); err != nil {
		p.t.Fatal(err)
	}
	buf := make([]byte, 2*int(8000*d.Seconds()))
	n, _ := io.ReadFull(out, buf)
	rec.Process.Kill()
	rec.Wait()
	var sum float64
	for i := 0; i+1 < n; i += 2 {
		v := float64(int16(binary.LittleEndian.Uint16(buf[i:]))) / 32768
		sum += v * v
	}
	if n < 2 {
		return 0
	}
	return math.Sqrt(sum / float64(n/2))
}

func waitUntil(t *testing.T, d time.Duration, what string, ok func() bool) time.Duration {
	t.Helper()
	start := time.Now()
	for !ok() {
		if time.Since(start) > d {
			t.Fatalf("not within %v: %s", d, what)
		}
		time.Sleep(20 * time.Millisecond)
	}
	return time.Since(start)
}

func longDrill(t *testing.T) *breath.Timeline {
	tl, err := breath.New(breath.Drill{Name: "Server test", LeadIn: time.Second, Exhale: time.Second,
		Inhale: time.Second, Hold: 2 * time.Second, Release: time.Second, Reps: 30})
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

// The sound server is killed in the middle of a drill and started again:
// the drill carries on silent with the reason shown, gets its sound back on
// its own well within a minute of the server's return, and the next drill
// plays too, all in the same process.
func TestSoundComesBackAfterTheServerRestarts(t *testing.T) {
	srv := newPulse(t)
	p := Open(false)
	defer p.Close()
	tl := longDrill(t)
	p.Start(tl, DefaultMix())
	waitUntil(t, 20*time.Second, "the device to open", func() bool { return !p.Starting() })
	if off, why := p.Silent(); off {
		t.Fatalf("no sound at the start: %s", why)
	}
	if lvl := srv.heard(2 * time.Second); lvl < 0.001 {
		t.Fatalf("the null sink heard nothing before the kill (RMS %.5f)", lvl)
	}

	srv.kill()
	took := waitUntil(t, 5*time.Second, "the player to notice the server died", func() bool { off, _ := p.Silent(); return off })
	_, why := p.Silent()
	t.Logf("server killed: %v later the drill says %q", took.Round(time.Millisecond), why)
	before := p.Now()
	time.Sleep(time.Second)
	if p.Now() <= before {
		t.Fatal("the drill's clock stopped with the server")
	}

	srv.start()
	took = waitUntil(t, time.Minute, "the sound to come back", func() bool { off, _ := p.Silent(); return !off })
	t.Logf("server started again: sound back %v later", took.Round(time.Millisecond))
	if lvl := srv.heard(2 * time.Second); lvl < 0.001 {
		t.Fatalf("the drill says sound is on but the null sink hears nothing (RMS %.5f)", lvl)
	}
	if p.Now() >= tl.Total {
		t.Fatal("the drill ended before the test did; make it longer")
	}

	// The server dies between drills: the next drill says why, and the one
	// after the server is back plays.
	p.Stop()
	srv.kill()
	p.Start(tl, DefaultMix())
	waitUntil(t, 20*time.Second, "the device to be tried", func() bool { return !p.Starting() })
	if off, why := p.Silent(); !off || !strings.Contains(why, "Sound is off") {
		t.Fatalf("with no server the drill says %v %q", off, why)
	}
	p.Stop()
	srv.start()
	p.Start(tl, DefaultMix())
	waitUntil(t, 20*time.Second, "the device to open", func() bool { return !p.Starting() })
	if off, why := p.Silent(); off {
		t.Fatalf("the next drill after the server came back is silent: %s", why)
	}
	if lvl := srv.heard(2 * time.Second); lvl < 0.001 {
		t.Fatalf("the null sink heard nothing from the next drill (RMS %.5f)", lvl)
	}
	p.Stop()
}

// On a loaded machine a healthy null sink stalls now and then; that is a
// slow device, not a dead one. Four busy loops on top of whatever else runs.
func TestLoadedMachineKeepsItsSound(t *testing.T) {
	srv := newPulse(t)
	_ = srv
	var hogs []*exec.Cmd
	for i := 0; i < 4; i++ {
		c := exec.Command("sh", "-c", "while :; do :; done")
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		hogs = append(hogs, c)
	}
	defer func() {
		for _, c := range hogs {
			c.Process.Kill()
			c.Wait()
		}
	}()
	p := Open(false)
	defer p.Close()
	p.Start(longDrill(t), DefaultMix())
	waitUntil(t, 30*time.Second, "the device to open", func() bool { return !p.Starting() })
	if off, why := p.Silent(); off {
		t.Fatalf("no sound at the start under load: %s", why)
	}
	var gap time.Duration
	last, lastAt := p.Now(), time.Now()
	for end := time.Now().Add(15 * time.Second); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		if off, why := p.Silent(); off {
			t.Fatalf("a healthy device was given up under load: %s", why)
		}
		if now := p.Now(); now != last {
			last, lastAt = now, time.Now()
		} else {
			gap = max(gap, time.Since(lastAt))
		}
	}
	t.Logf("15 s under load: the longest the picture's clock stood still was %v", gap.Round(time.Millisecond))
	p.Stop()
}
