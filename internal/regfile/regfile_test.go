//go:build unix

package regfile

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func mustWrite(t *testing.T, path, content string) {
	t.Helper()
	if err := Write(path, Bytes([]byte(content))); err != nil {
		t.Fatal(err)
	}
}

func readBack(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestWriteReplacesWholeAndLeavesNoTemporary(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.txt")
	mustWrite(t, path, "first")
	mustWrite(t, path, "second")
	if got := readBack(t, path); got != "second" {
		t.Fatalf("content %q", got)
	}
	err := Write(path, func(w *os.File) error {
		io.WriteString(w, "half")
		return errors.New("encoder broke")
	})
	if err == nil || !strings.Contains(err.Error(), "encoder broke") {
		t.Fatalf("err %v", err)
	}
	if got := readBack(t, path); got != "second" {
		t.Fatalf("a failed write changed the file: %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("left behind %v", entries)
	}
}

func TestNewFileModeFollowsTheUmask(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	dir := t.TempDir()
	path := filepath.Join(dir, "new.txt")
	mustWrite(t, path, "x")
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
		t.Fatalf("umask 022: mode %v, want 0644 as a plain create gives", fi.Mode().Perm())
	}
	syscall.Umask(0o077)
	other := filepath.Join(dir, "other.txt")
	mustWrite(t, other, "x")
	if fi, _ := os.Stat(other); fi.Mode().Perm() != 0o600 {
		t.Fatalf("umask 077: mode %v", fi.Mode().Perm())
	}
	// A replaced file keeps its own mode.
	if err := os.Chmod(path, 0o640); err != nil {
		t.Fatal(err)
	}
	mustWrite(t, path, "y")
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o640 {
		t.Fatalf("replaced file mode %v, want 0640 kept", fi.Mode().Perm())
	}
	priv := filepath.Join(dir, "pin")
	syscall.Umask(0)
	if err := WriteMode(priv, Private, Bytes([]byte("h"))); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(priv); fi.Mode().Perm() != 0o600 {
		t.Fatalf("private file mode %v", fi.Mode().Perm())
	}
}

func TestNamesUpTo255BytesAreWritten(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{242, 250, 255} {
		path := filepath.Join(dir, strings.Repeat("a", n-4)+".png")
		mustWrite(t, path, "x")
		if got := readBack(t, path); got != "x" {
			t.Fatalf("%d bytes: %q", n, got)
		}
	}
}

func TestNonRegularTargetsAreRefusedAndKept(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	real := filepath.Join(dir, "real.txt")
	mustWrite(t, real, "keep")
	link := filepath.Join(dir, "link")
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	sub := filepath.Join(dir, "sub")
	os.Mkdir(sub, 0o755)
	cases := map[string]struct {
		path string
		mode fs.FileMode
		word string
	}{
		"fifo":    {fifo, fs.ModeNamedPipe, "FIFO"},
		"symlink": {link, fs.ModeSymlink, "symbolic link"},
		"folder":  {sub, fs.ModeDir, "folder"},
	}
	if os.Geteuid() == 0 {
		// As root a write used to turn a device node into a plain file.
		dev := filepath.Join(dir, "full")
		if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, 1<<8|7); err != nil {
			t.Fatal(err)
		}
		cases["device"] = struct {
			path string
			mode fs.FileMode
			word string
		}{dev, fs.ModeDevice, "device"}
	}
	for name, c := range cases {
		err := Write(c.path, Bytes([]byte("data")))
		if err == nil || !strings.Contains(err.Error(), c.word) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err %v", name, err)
		}
		fi, lerr := os.Lstat(c.path)
		if lerr != nil || fi.Mode().Type()&c.mode == 0 {
			t.Errorf("%s: target is now %v (%v)", name, fi.Mode(), lerr)
		}
		if err := Check(c.path); err == nil {
			t.Errorf("%s: Check accepted it", name)
		}
	}
	if got := readBack(t, real); got != "keep" {
		t.Fatalf("the link's target changed: %q", got)
	}
}

func TestDevNullDiscards(t *testing.T) {
	called := false
	null := NullDevice(t)
	err := Write(null, func(w *os.File) error {
		called = true
		_, err := io.WriteString(w, "gone")
		return err
	})
	if err != nil || !called {
		t.Fatalf("err %v, called %v", err, called)
	}
	if fi, err := os.Lstat(null); err != nil || fi.Mode()&fs.ModeCharDevice == 0 {
		t.Fatalf("%s is now %v", null, fi.Mode())
	}
}

func TestMissingFolderIsOneLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no", "such", "x.wav")
	err := Write(path, Bytes(nil))
	if err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("err %v", err)
	}
	if _, err := os.Stat(filepath.Dir(path)); !errors.Is(err, fs.ErrNotExist) {
		t.Fatal("the folder was created")
	}
}

func TestWriteAllIsAllOrNothing(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.wav")
	b := filepath.Join(dir, "missing", "b.json")
	err := WriteAll(map[string]WriteFunc{a: Bytes([]byte("big")), b: Bytes([]byte("{}"))}, a, b)
	if err == nil {
		t.Fatal("accepted an unwritable second file")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Fatalf("left behind %v", entries)
	}
	b = filepath.Join(dir, "b.json")
	if err := WriteAll(map[string]WriteFunc{a: Bytes([]byte("big")), b: Bytes([]byte("{}"))}, a, b); err != nil {
		t.Fatal(err)
	}
	if readBack(t, a) != "big" || readBack(t, b) != "{}" {
		t.Fatal("content")
	}
}

func TestReadFileRefusesAFIFOAtOnce(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "exercises.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(fifo, 100)
	if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "FIFO") {
		t.Fatalf("err %v", err)
	}
	if err := CheckRegular(fifo); !errors.Is(err, ErrNotRegular) {
		t.Fatalf("CheckRegular: %v", err)
	}
	if _, err := ReadFile(filepath.Join(dir, "none"), 100); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("missing: %v", err)
	}
	ok := filepath.Join(dir, "ok")
	mustWrite(t, ok, "0123456789")
	if b, err := ReadFile(ok, 4); err != nil || string(b) != "01234" {
		t.Fatalf("limit: %q %v", b, err)
	}
}
