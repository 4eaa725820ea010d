//go:build unix

package kiosk

import (
	"errors"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/corecue/corecue/internal/jsonfile"
)

// TOML has nan and inf, and no comparison catches NaN: scale = nan and
// sound.volume_cap = nan passed validation.
func TestNaNAndInfinityAreRefused(t *testing.T) {
	for _, body := range []string{"scale = nan", "scale = inf", "scale = -inf",
		"[sound]\nvolume_cap = nan", "[sound]\nvolume_cap = +inf"} {
		_, _, err := Parse([]byte(body+"\n"+minimal), false)
		if err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: %v", body, err)
		}
	}
	c := Defaults()
	c.Clinic.Name, c.Clinic.Phone = "A", "123"
	c.VolumeCap = mathNaN()
	if err := c.Validate(); err == nil {
		t.Error("Validate passed a NaN volume cap")
	}
}

func mathNaN() float64 { var zero float64; return zero / zero }

// JSON configs went through encoding/json alone, which stopped reading after
// the object and kept the last of repeated keys.
func TestJSONConfigIsStrict(t *testing.T) {
	good := `{"clinic":{"name":"A","email":"a@b.example"}}`
	cases := map[string]error{
		good + ` trailing`: jsonfile.ErrTrailing,
		good + `}`:         jsonfile.ErrTrailing,
		`{"clinic":{"name":"A","email":"a@b.example"},"scale":1,"scale":3}`: jsonfile.ErrDuplicate,
	}
	for in, kind := range cases {
		if _, _, err := Parse([]byte(in), true); !errors.Is(err, kind) {
			t.Errorf("%s: %v, want %v", in, err, kind)
		}
	}
}

// A FIFO named kiosk.toml held the kiosk's start for ever.
func TestAFIFOConfigIsRefusedAtOnce(t *testing.T) {
	p := filepath.Join(t.TempDir(), FileName)
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { _, _, err := Load(p); done <- err }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "FIFO") {
			t.Fatalf("err %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Load waited on the FIFO")
	}
}
