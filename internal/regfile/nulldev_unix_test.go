//go:build unix

package regfile

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// NullDevice returns a null device node for a test to write to. As root it
// is a fresh node in a temporary folder, never the system's /dev/null: a
// broken writer run as root would replace the real one for every process on
// the machine. Without root the real one is safe, as /dev cannot be changed.
func NullDevice(t *testing.T) string {
	t.Helper()
	if os.Geteuid() != 0 {
		return os.DevNull
	}
	p := filepath.Join(t.TempDir(), "null")
	if err := syscall.Mknod(p, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
		t.Fatal(err)
	}
	return p
}
