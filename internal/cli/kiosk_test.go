package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/corecue/corecue/internal/kiosk"
)

func setPIN(t *testing.T, input string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := KioskSetPIN(args, strings.NewReader(input), &out, &errb)
	return code, out.String(), errb.String()
}

func TestKioskSetPIN(t *testing.T) {
	dir := t.TempDir()
	cfg := filepath.Join(dir, "kiosk.toml")
	pinFile := filepath.Join(dir, kiosk.PINFile)
	cases := []struct{ input, want string }{
		{"", "no PIN given"},
		{"123\n123\n", "has 3 digits; use at least 4"},
		{"abcd\nabcd\n", "digits only"},
		{"2580\n", "given only once"},
		{"2580\n2581\n", "the two PINs differ"},
	}
	for _, c := range cases {
		code, _, stderr := setPIN(t, c.input, "--config", cfg)
		if code != 2 || !strings.Contains(stderr, c.want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%q: %d %q", c.input, code, stderr)
		}
		if _, err := os.Stat(pinFile); !os.IsNotExist(err) {
			t.Fatalf("%q wrote a PIN file", c.input)
		}
	}
	code, stdout, stderr := setPIN(t, "2580\n2580\n", "--config", cfg)
	if code != 0 || !strings.Contains(stdout, pinFile) || stderr != "" {
		t.Fatalf("%d %q %q", code, stdout, stderr)
	}
	h, err := kiosk.ReadPIN(pinFile)
	if ok, _ := kiosk.VerifyPIN(h, "2580"); err != nil || !ok {
		t.Fatalf("stored PIN: %v", err)
	}
	if code, _, stderr := setPIN(t, "", "2580"); code != 2 || !strings.Contains(stderr, "never given on the command line") {
		t.Fatalf("PIN as argument: %d %q", code, stderr)
	}
	// A --config in a folder that does not exist is refused before any PIN
	// is asked for, and the folder is not made.
	missing := filepath.Join(dir, "nonexistent", "dir", "k.toml")
	code, _, stderr = setPIN(t, "2580\n2580\n", "--config", missing)
	if code != 2 || !strings.Contains(stderr, "does not exist") || strings.Count(stderr, "\n") != 1 {
		t.Fatalf("missing folder: %d %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "nonexistent")); !os.IsNotExist(err) {
		t.Fatal("set-pin created the folder of --config")
	}
	// The default location is the storage folder, made when missing.
	dir = filepath.Join(dir, "home")
	pinFile = filepath.Join(dir, kiosk.PINFile)
	t.Setenv("CORECUE_HOME", dir)
	os.Remove(pinFile)
	if code, _, _ := setPIN(t, "7391\n7391\n"); code != 0 {
		t.Fatal("default path")
	}
	if _, err := os.Stat(pinFile); err != nil {
		t.Fatal(err)
	}
}
