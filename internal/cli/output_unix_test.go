//go:build unix

package cli

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// render --cues onto something that cannot take the cue list used to leave
// the WAV behind (and replace a FIFO with a file): now it writes nothing.
func TestRenderWritesBothFilesOrNeither(t *testing.T) {
	dir := t.TempDir()
	wav, fifo := filepath.Join(dir, "drill.wav"), filepath.Join(dir, "cues.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := Render([]string{"--preset", "taster", "--reps", "1", "-o", wav, "--cues", fifo}, &out, &errb)
	if code != 2 || !strings.Contains(errb.String(), "FIFO") || strings.Count(errb.String(), "\n") != 1 {
		t.Fatalf("exit %d, stderr %q", code, errb.String())
	}
	if _, err := os.Lstat(wav); !os.IsNotExist(err) {
		t.Fatal("the WAV was written although the cue list could not be")
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&fs.ModeNamedPipe == 0 {
		t.Fatalf("the FIFO was replaced: %v", fi.Mode())
	}
}

// -o onto a symbolic link or a device replaced it with a regular file;
// /dev/null is accepted as "throw it away".
func TestFrameWritesOnlyRegularFiles(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.png")
	os.WriteFile(target, []byte("keep"), 0o644)
	link := filepath.Join(dir, "link.png")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	outs := map[string]string{link: "symbolic link"}
	if os.Geteuid() == 0 {
		dev := filepath.Join(dir, "full")
		if err := syscall.Mknod(dev, syscall.S_IFCHR|0o666, 1<<8|7); err != nil {
			t.Fatal(err)
		}
		outs[dev] = "device"
	}
	for path, word := range outs {
		var out, errb bytes.Buffer
		code := Frame([]string{"--at", "5", "--size", "320x240", "-o", path}, &out, &errb)
		if code != 2 || !strings.Contains(errb.String(), word) {
			t.Errorf("%s: exit %d, %q", path, code, errb.String())
		}
		if fi, _ := os.Lstat(path); fi.Mode().IsRegular() {
			t.Errorf("%s became a regular file", path)
		}
	}
	// As root a fresh null node stands in for /dev/null, so a broken
	// writer cannot replace the machine's own.
	null := os.DevNull
	if os.Geteuid() == 0 {
		null = filepath.Join(dir, "null")
		if err := syscall.Mknod(null, syscall.S_IFCHR|0o666, 1<<8|3); err != nil {
			t.Fatal(err)
		}
	}
	var out, errb bytes.Buffer
	if code := Frame([]string{"--at", "5", "--size", "320x240", "-o", null}, &out, &errb); code != 0 {
		t.Fatalf("%s: exit %d %q", null, code, errb.String())
	}
	if fi, _ := os.Lstat(null); fi.Mode()&fs.ModeCharDevice == 0 {
		t.Fatalf("%s was replaced", null)
	}
}

// A 250-byte output name failed with "file name too long" because of the
// temporary name made from it.
func TestFrameWritesALongName(t *testing.T) {
	path := filepath.Join(t.TempDir(), strings.Repeat("n", 251)+".png")
	var out, errb bytes.Buffer
	if code := Frame([]string{"--at", "5", "--size", "320x240", "-o", path}, &out, &errb); code != 0 {
		t.Fatalf("exit %d %q", code, errb.String())
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Fatal(err)
	}
}
