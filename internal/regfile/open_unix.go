//go:build unix

package regfile

import (
	"os"
	"syscall"
)

// openNoWait opens for reading without blocking on a FIFO that slipped in
// after the check.
func openNoWait(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
