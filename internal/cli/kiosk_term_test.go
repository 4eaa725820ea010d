//go:build linux

package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/corecue/corecue/internal/kiosk"
)

// openPTY opens a pseudo-terminal pair: the test types on the master side,
// set-pin reads the slave side as it would a person's terminal.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Fatal(err)
	}
	n, err := unix.IoctlGetInt(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Fatal(err)
	}
	s, err := os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		m.Close()
		t.Skipf("no pseudo-terminals here: %v", err)
	}
	t.Cleanup(func() { s.Close(); m.Close() })
	return m, s
}

func echoOn(t *testing.T, f *os.File) bool {
	t.Helper()
	tio, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	return tio.Lflag&unix.ECHO != 0
}

// promptWriter stands for the terminal's stderr and tells the typist when
// a prompt is on screen.
type promptWriter struct {
	buf     bytes.Buffer
	prompts chan string
}

func (p *promptWriter) Write(b []byte) (int, error) {
	p.buf.Write(b)
	if s := string(b); strings.Contains(s, "PIN") {
		p.prompts <- s
	}
	return len(b), nil
}

// A person typing the PIN at a terminal sees no echo of it, and the terminal
// echoes again once set-pin is done.
func TestKioskSetPINFromATerminalHidesThePIN(t *testing.T) {
	master, slave := openPTY(t)
	if !isTerminal(slave) {
		t.Fatal("the pseudo-terminal is not taken for a terminal")
	}
	dir := t.TempDir()
	cfg := filepath.Join(dir, "kiosk.toml")
	stderr := &promptWriter{prompts: make(chan string, 2)}
	var stdout bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- KioskSetPIN([]string{"--config", cfg}, slave, &stdout, stderr) }()

	for i := 0; i < 2; i++ {
		select {
		case <-stderr.prompts:
		case code := <-done:
			t.Fatalf("set-pin ended (%d) before prompt %d: %q", code, i+1, stderr.buf.String())
		case <-time.After(10 * time.Second):
			t.Fatalf("no prompt %d", i+1)
		}
		// Type only once the echo is off, as a person at the prompt would.
		deadline := time.Now().Add(10 * time.Second)
		for echoOn(t, slave) {
			if time.Now().After(deadline) {
				t.Fatalf("prompt %d left the echo on", i+1)
			}
			time.Sleep(time.Millisecond)
		}
		if _, err := master.WriteString("4862\n"); err != nil {
			t.Fatal(err)
		}
	}
	select {
	case code := <-done:
		if code != 0 {
			t.Fatalf("set-pin: %d %q", code, stderr.buf.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("set-pin did not finish")
	}
	if !echoOn(t, slave) {
		t.Fatal("the terminal's echo was not restored")
	}
	h, err := kiosk.ReadPIN(kiosk.PINPath(cfg))
	if ok, _ := kiosk.VerifyPIN(h, "4862"); err != nil || !ok {
		t.Fatalf("stored PIN does not verify: %v", err)
	}

	// Everything the terminal showed up to now, then a marker typed with the
	// echo back on: the PIN's digits must not be among it.
	if _, err := master.WriteString("done\n"); err != nil {
		t.Fatal(err)
	}
	var shown []byte
	buf := make([]byte, 256)
	for !bytes.Contains(shown, []byte("done")) {
		n, err := master.Read(buf)
		if err != nil {
			t.Fatal(err)
		}
		shown = append(shown, buf[:n]...)
	}
	if bytes.Contains(shown, []byte("4862")) {
		t.Fatalf("the terminal echoed the PIN: %q", shown)
	}
}
