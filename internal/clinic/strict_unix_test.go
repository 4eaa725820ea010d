//go:build unix

package clinic

import (
	"errors"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/corecue/corecue/internal/jsonfile"
)

// A FIFO named clinic.json held start-up for ever, waiting for a writer.
func TestAFIFOIsRefusedAtOnce(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, FileName), 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { _, _, err := Load(dir); done <- err }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "FIFO") || strings.Contains(err.Error(), "\n") {
			t.Fatalf("err %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Load waited on the FIFO")
	}
}

func TestStrictReading(t *testing.T) {
	cases := map[string]error{
		`{"name":"A","name":"B","phone":"123"}`: jsonfile.ErrDuplicate,
		`{"Name":"A","phone":"123"}`:            jsonfile.ErrUnknownField,
		`{"name":"A","phone":"123"} x`:          jsonfile.ErrTrailing,
	}
	for in, kind := range cases {
		if _, err := Parse([]byte(in)); !errors.Is(err, kind) {
			t.Errorf("%s: %v, want %v", in, err, kind)
		}
	}
	if _, err := Parse([]byte(`{"name":"Clinic\u202e","phone":"123"}`)); err == nil || !strings.Contains(err.Error(), "bidirectional") {
		t.Errorf("bidi override: %v", err)
	}
}
