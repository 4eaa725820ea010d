//go:build unix

package appdir

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// Fyne would open a FIFO there and wait for a writer for ever.
func TestPreferencesFIFOIsRefused(t *testing.T) {
	_, path := prefsIn(t)
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skip(err)
	}
	if _, err := PrepareFyne(AppID); err == nil || strings.Contains(err.Error(), "\n") {
		t.Fatalf("err %v", err)
	}
}
