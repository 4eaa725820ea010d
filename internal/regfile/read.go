package regfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ReadFile reads at most limit+1 bytes of the regular file at path (a caller
// that gets more than limit says the file is too large). A FIFO, device or
// folder there is refused at once in one line: opening a FIFO would wait for
// a writer that never comes. A missing file gives an error that satisfies
// errors.Is(err, fs.ErrNotExist).
func ReadFile(path string, limit int64) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, notRegular(path, fi.Mode())
	}
	f, err := openNoWait(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %v", path, cause(err))
	}
	defer f.Close()
	// Checked again on the open file: the name may have changed in between.
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %v", path, cause(err))
		}
		return nil, notRegular(path, fi.Mode())
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %v", path, cause(err))
	}
	return data, nil
}

// ErrNotRegular marks a path that holds something other than a regular file.
var ErrNotRegular = errors.New("not a regular file")

// CheckRegular refuses, in one line, anything at path that is not a regular
// file; a missing path is fine.
func CheckRegular(path string) error {
	fi, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("cannot read %s: %v", path, cause(err))
	}
	if !fi.Mode().IsRegular() {
		return notRegular(path, fi.Mode())
	}
	return nil
}

func notRegular(path string, m fs.FileMode) error {
	return fmt.Errorf("%s is %s, %w: move it away or replace it with a file", path, Describe(m), ErrNotRegular)
}
