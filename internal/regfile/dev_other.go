//go:build !unix

package regfile

import "io/fs"

func sameDevice(a, b fs.FileInfo) bool { return false }
