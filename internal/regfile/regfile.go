// Package regfile is CoreCue's one way to write a file and its one way to
// open a file it reads from the storage folder. Writes go through a temporary
// file in the target's folder that is synced and then renamed over the
// target, so a crash, a full disk or a failed encoder never leaves half a
// file behind; only regular files are written or read, so a device node, a
// FIFO, a symbolic link or a folder at the target is refused in one line
// instead of being replaced (or, for a FIFO, waited on for ever).
package regfile

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"syscall"

	"github.com/corecue/corecue/internal/shutdown"
)

// Perm is the mode a new file is created with before the umask, as for any
// program that creates a file: 0666 &^ umask.
const Perm fs.FileMode = 0o666

// Private is the mode for files only their owner may read (the kiosk PIN).
const Private fs.FileMode = 0o600

// WriteFunc writes a file's whole content. It gets the file itself, so an
// encoder that seeks back to fill in a header (a WAV's) can.
type WriteFunc func(f *os.File) error

// Bytes is a WriteFunc that writes data.
func Bytes(data []byte) WriteFunc {
	return func(f *os.File) error {
		_, err := f.Write(data)
		return err
	}
}

// Write replaces path with what write produces, with mode Perm (less the
// umask) for a new file and the old file's mode for a replaced one.
func Write(path string, write WriteFunc) error {
	return WriteMode(path, Perm, write)
}

// WriteMode is Write with the mode a new file gets before the umask. A
// SIGTERM or SIGINT that comes while it writes waits for its end
// (internal/shutdown), so no temporary file is left behind either.
func WriteMode(path string, perm fs.FileMode, write WriteFunc) error {
	defer shutdown.Hold()()
	p, err := Prepare(path, perm, write)
	if err != nil {
		return err
	}
	return p.Commit()
}

// Pending is a fully written and synced temporary file waiting to be
// renamed over its target. Several Pending files let a command write all of
// its outputs or none: prepare each, then commit them, or abort them all.
type Pending struct {
	path, tmp string
	discard   bool
}

// Prepare writes the content beside path without touching path itself.
func Prepare(path string, perm fs.FileMode, write WriteFunc) (*Pending, error) {
	discard, err := target(path)
	if err != nil {
		return nil, err
	}
	if discard {
		// The content is still produced, so its errors still show.
		f, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
		if err == nil {
			err = errors.Join(write(f), f.Close())
		}
		if err != nil {
			return nil, fail(path, err)
		}
		return &Pending{path: path, discard: true}, nil
	}
	// Replacing a file keeps its mode, as writing into it would; a new one
	// gets perm less the umask, as any created file does.
	var keep fs.FileMode
	if fi, err := os.Stat(path); err == nil {
		keep = fi.Mode().Perm()
	}
	f, err := create(filepath.Dir(path), perm)
	if err != nil {
		return nil, fail(path, err)
	}
	tmp := f.Name()
	if err := fill(f, keep, write); err != nil {
		os.Remove(tmp)
		return nil, fail(path, err)
	}
	return &Pending{path: path, tmp: tmp}, nil
}

func fill(f *os.File, keep fs.FileMode, write WriteFunc) error {
	err := write(f)
	if err == nil && keep != 0 {
		err = f.Chmod(keep)
	}
	if err == nil {
		err = f.Sync()
	}
	return errors.Join(err, f.Close())
}

// Commit renames the temporary file over the target and syncs the folder, so
// the new name survives a power cut too.
func (p *Pending) Commit() error {
	if p == nil || p.discard || p.tmp == "" {
		return nil
	}
	tmp := p.tmp
	p.tmp = ""
	// The target is checked again: it may have become a FIFO or a link
	// while the content was being produced.
	if _, err := target(p.path); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, p.path); err != nil {
		os.Remove(tmp)
		return fail(p.path, err)
	}
	if err := syncDir(filepath.Dir(p.path)); err != nil {
		return fail(p.path, err)
	}
	return nil
}

// Abort removes the temporary file; the target is left as it was.
func (p *Pending) Abort() {
	if p != nil && p.tmp != "" {
		os.Remove(p.tmp)
		p.tmp = ""
	}
}

// WriteAll writes every file or none: if any content fails, no target is
// touched. (A rename that fails after others succeeded cannot be undone, but
// the renames are the last and cheapest step, in folders already written.)
// A stop signal waits for the whole set, as for Write.
func WriteAll(files map[string]WriteFunc, order ...string) error {
	defer shutdown.Hold()()
	var done []*Pending
	for _, path := range order {
		p, err := Prepare(path, Perm, files[path])
		if err != nil {
			for _, d := range done {
				d.Abort()
			}
			return err
		}
		done = append(done, p)
	}
	for i, p := range done {
		if err := p.Commit(); err != nil {
			for _, rest := range done[i+1:] {
				rest.Abort()
			}
			return err
		}
	}
	return nil
}

// Check says, before any time is spent producing content, whether path can be
// written: its folder exists and it is absent, a regular file or /dev/null.
func Check(path string) error {
	_, err := target(path)
	return err
}

// target checks what is at path now. discard is true for the null device,
// which is accepted as "throw the output away".
func target(path string) (discard bool, err error) {
	if path == "" {
		return false, errors.New("no file name given")
	}
	fi, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
	case err != nil:
		return false, fail(path, err)
	case fi.Mode().IsRegular():
	case isNull(fi):
		return true, nil
	default:
		return false, fmt.Errorf("cannot write %s: it is %s, not a regular file", path, Describe(fi.Mode()))
	}
	dir := filepath.Dir(path)
	di, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, fmt.Errorf("cannot write %s: folder %s does not exist", path, dir)
	case err != nil:
		return false, fail(path, err)
	case !di.IsDir():
		return false, fmt.Errorf("cannot write %s: %s is not a folder", path, dir)
	}
	return false, nil
}

func isNull(fi fs.FileInfo) bool {
	if fi.Mode()&fs.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err == nil && (os.SameFile(fi, null) || sameDevice(fi, null))
}

// Describe names a file type in words, for "it is a FIFO, not a regular file".
func Describe(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO (named pipe)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeIrregular != 0:
		return "not an ordinary file"
	}
	return "a regular file"
}

// create makes a new, exclusive temporary file in dir. Its name is short and
// fixed in length, so a target whose own name is 255 bytes long still gets
// one; its mode goes through the umask as any created file's does.
func create(dir string, mode fs.FileMode) (*os.File, error) {
	for range 100 {
		var b [8]byte
		if _, err := rand.Read(b[:]); err != nil {
			return nil, err
		}
		name := filepath.Join(dir, ".corecue-"+hex.EncodeToString(b[:])+".tmp")
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, errors.New("no free temporary name")
}

func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil // Windows cannot open a folder for syncing; its renames are journalled
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	return errors.Join(d.Sync(), d.Close())
}

func fail(path string, err error) error {
	return fmt.Errorf("cannot write %s: %v", path, cause(err))
}

// cause drops the operation and path that os errors repeat, so the message
// names the file once.
func cause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
