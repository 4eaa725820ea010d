package main

import (
	"os"
	"path/filepath"
	"time"

	"github.com/corecue/corecue/internal/clinic"
	"github.com/corecue/corecue/internal/kiosk"
)

// measureKiosk runs `corecue kiosk` on a scratch config and PIN and reads
// its CPU in the attract loop (goal in docs/benchmarks.md: ≤ 1.0× the
// minimal animated window). The kiosk is full screen; the baseline is a 1280x800 window.
func measureKiosk(c config, dur time.Duration) (cpuRun, error) {
	dir := filepath.Join(c.out, "kiosk")
	cfg := kiosk.Defaults()
	cfg.Clinic = clinic.Contact{Name: "Bench Clinic", Phone: "020 7946 0000"}
	path := filepath.Join(dir, kiosk.FileName)
	// kiosk.Save writes into an existing folder only (it refuses to make
	// one for a mistyped --config), so the bench makes its own.
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return cpuRun{}, err
	}
	if err := kiosk.Save(path, cfg); err != nil {
		return cpuRun{}, err
	}
	if err := kiosk.WritePIN(kiosk.PINPath(path), "7391"); err != nil {
		return cpuRun{}, err
	}
	return measureCPU(c.bin, c.out, "cpu-kiosk", false, 5*time.Second, dur, "kiosk", "--config", path)
}
