// Package shutdowntest runs a test binary again as a real process and stops
// it with a signal in the middle of what it does, for the tests that a stop
// signal never leaves a save half done. Tests only.
package shutdowntest

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
)

// SignalAt runs the test named test of this binary again with env added
// (which tells it to be the child), sends sig when the child has printed
// the line mark for the nth time, and waits for it. The child must end as
// shutdown.Exit ends a program: with the shell's code for sig and one line
// on stderr saying it stopped. It returns how many times mark was printed.
func SignalAt(t *testing.T, test, env, mark string, n int, sig syscall.Signal) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run", "^"+test+"$")
	cmd.Env = append(os.Environ(), env)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	marks := 0
	for lines := bufio.NewScanner(out); lines.Scan(); {
		if lines.Text() != mark {
			continue
		}
		if marks++; marks == n {
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
		}
	}
	err = cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 128+int(sig) {
		t.Fatalf("exit %v, want %d (the shell's code for %s after a clean stop); stderr:\n%s", err, 128+int(sig), sig, stderr.String())
	}
	if msg := strings.TrimSpace(stderr.String()); strings.Contains(msg, "\n") || !strings.Contains(msg, "stopped") {
		t.Fatalf("stderr is not one line saying it stopped:\n%s", stderr.String())
	}
	return marks
}
