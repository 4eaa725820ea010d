package cli

import (
	"bytes"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/corecue/corecue/internal/kiosk"
)

func TestPrepareRefusesInOneLine(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("CORECUE_HOME", dir)
	t.Setenv("FYNE_SCALE", "")
	cfg := filepath.Join(dir, "kiosk.toml")
	run := func(args ...string) (*kiosk.Setup, int, string) {
		var out, errb bytes.Buffer
		s, code := PrepareKiosk(args, &out, &errb)
		return s, code, errb.String()
	}
	check := func(want string, args ...string) {
		t.Helper()
		s, code, stderr := run(args...)
		if s != nil || code != 2 || !strings.Contains(stderr, want) || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%v: %v %d %q, want %q", args, s != nil, code, stderr, want)
		}
	}
	check("does not exist")
	os.WriteFile(cfg, []byte("scale = 2\n[clinic]\nname = \"A\"\nphone = \"020 7946\"\n"), 0o644)
	check("no admin PIN is set", "--config", cfg)
	check("set-pin --config "+cfg, "--config", cfg)
	check("unknown option -x", "-x")
	os.WriteFile(cfg, []byte("scale = 2\nfax = 1\n[clinic]\nname = \"A\"\nphone = \"020 7946\"\n"), 0o644)
	if err := kiosk.WritePIN(kiosk.PINPath(cfg), "7391"); err != nil {
		t.Fatal(err)
	}
	// Only where the window goes through X11 (tested on Linux, whose
	// abstract socket stands in for a server below) can a display be missing.
	if runtime.GOOS == "linux" {
		t.Setenv("DISPLAY", "")
		t.Setenv("WAYLAND_DISPLAY", "")
		if s, code, stderr := run(); s != nil || code != ExitNoDisplay || !strings.Contains(stderr, "no display") {
			t.Fatalf("no display: %d %q", code, stderr)
		}
	}
	// Something listening where X server 4799 would.
	if l, err := net.Listen("unix", "@/tmp/.X11-unix/X4799"); err == nil {
		defer l.Close()
	}
	t.Setenv("DISPLAY", ":4799")
	s, code, stderr := run()
	if s == nil || code != 0 || !strings.Contains(stderr, `unknown key "fax"`) || s.Config.Scale != 2 || os.Getenv("FYNE_SCALE") != "2" {
		t.Fatalf("good config: %v %d %q scale %q", s != nil, code, stderr, os.Getenv("FYNE_SCALE"))
	}
	os.WriteFile(cfg, []byte("[clinic]\nname = \"A\"\nphone = \"020 7946\"\n[sound]\nvolume_cap = \"loud\"\n"), 0o644)
	check(`"sound.volume_cap" must be a number, found text "loud"`)
}
