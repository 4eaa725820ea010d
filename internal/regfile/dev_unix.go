//go:build unix

package regfile

import (
	"io/fs"
	"syscall"
)

// sameDevice reports whether two device nodes name the same device, so a
// second node for the null device (a container's, a test's) counts as one.
func sameDevice(a, b fs.FileInfo) bool {
	sa, ok1 := a.Sys().(*syscall.Stat_t)
	sb, ok2 := b.Sys().(*syscall.Stat_t)
	return ok1 && ok2 && sa.Rdev == sb.Rdev
}
