//go:build unix

package regfile

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/corecue/corecue/internal/shutdown"
	"github.com/corecue/corecue/internal/shutdown/shutdowntest"
)

// A plan file being written when SIGTERM came: the process ended with the
// temporary file beside the target. This test binary, run again, writes
// a file whose content takes a moment to produce; SIGTERM goes in while it
// is produced. The file is written whole, nothing else is left in the
// folder, and the process exits with the signal's code and one line.
func TestSIGTERMDuringAWriteFinishesIt(t *testing.T) {
	if path := os.Getenv("CORECUE_TEST_WRITE_UNTIL_SIGNALLED"); path != "" {
		writeUntilSignalled(path)
		return
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	shutdowntest.SignalAt(t, "TestSIGTERMDuringAWriteFinishesIt", "CORECUE_TEST_WRITE_UNTIL_SIGNALLED="+path, "writing", 1, syscall.SIGTERM)
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, content()) {
		t.Fatalf("the file holds %d bytes (%v), want the %d written", len(got), err, len(content()))
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("the folder holds %d entries, want the file alone", len(entries))
	}
}

func content() []byte { return bytes.Repeat([]byte("0123456789abcdef\n"), 4096) }

// writeUntilSignalled is the child: `corecue`'s stop handling for a command
// without a window, then one file written in two halves with a pause
// between them.
func writeUntilSignalled(path string) {
	shutdown.Notify(func(sig os.Signal) { shutdown.Exit(sig, os.Stderr) })
	err := Write(path, func(f *os.File) error {
		b := content()
		if _, err := f.Write(b[:len(b)/2]); err != nil {
			return err
		}
		fmt.Println("writing")
		time.Sleep(300 * time.Millisecond) // the window the signal lands in
		_, err := f.Write(b[len(b)/2:])
		return err
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "write:", err)
		os.Exit(4)
	}
	time.Sleep(5 * time.Second) // the signal ends it before this does
	os.Exit(5)
}
