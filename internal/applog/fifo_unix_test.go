//go:build unix

package applog

import (
	"path/filepath"
	"syscall"
	"testing"
)

func TestAFIFONamedLikeTheLogIsNotOpened(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("CORECUE_HOME", dir)
	if err := syscall.Mkfifo(filepath.Join(dir, Name), 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	Write("sound", "x") // would block for ever on a FIFO
}
