//go:build !unix

package regfile

import "os"

func openNoWait(path string) (*os.File, error) { return os.Open(path) }
