package kiosk

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"
)

// file is the config as written back by the admin screen.
type file struct {
	IdleTimeoutS int64      `toml:"idle_timeout_s"`
	StillThereS  int64      `toml:"still_there_s"`
	HidePointer  bool       `toml:"hide_pointer"`
	Scale        float64    `toml:"scale"`
	AttractFPS   int        `toml:"attract_fps"`
	Clinic       clinicTOML `toml:"clinic"`
	Sound        soundTOML  `toml:"sound"`
}

type clinicTOML struct {
	Name    string `toml:"name"`
	Phone   string `toml:"phone,omitempty"`
	Email   string `toml:"email,omitempty"`
	Address string `toml:"address,omitempty"`
	Hours   string `toml:"opening_hours,omitempty"`
	Booking string `toml:"booking,omitempty"`
}

type soundTOML struct {
	OnAtStart bool    `toml:"on_at_start"`
	VolumeCap float64 `toml:"volume_cap"`
	AVOffset  int64   `toml:"av_offset_ms"`
}

// Save writes c to path as TOML through a temporary file in the same
// folder, so a crash never leaves half a config behind. Comments in the
// old file are not kept; the admin screen says so.
func Save(path string, c Config) error {
	if err := c.Validate(); err != nil {
		return err
	}
	f := file{
		IdleTimeoutS: int64(c.IdleTimeout.Seconds()),
		StillThereS:  int64(c.StillThere.Seconds()),
		HidePointer:  c.HidePointer,
		Scale:        c.Scale,
		AttractFPS:   c.AttractFPS,
		Clinic: clinicTOML{c.Clinic.Name, c.Clinic.Phone, c.Clinic.Email,
			c.Clinic.Address, c.Clinic.Hours, c.Clinic.Booking},
		Sound: soundTOML{c.SoundOn, c.VolumeCap, c.AVOffset.Milliseconds()},
	}
	var buf bytes.Buffer
	buf.WriteString("# CoreCue kiosk settings, written by the admin screen. See docs/kiosk.md.\n")
	if err := toml.NewEncoder(&buf).Encode(f); err != nil {
		return fmt.Errorf("kiosk config: %v", err)
	}
	return writeFile(path, buf.Bytes(), 0o644)
}

// writeFile replaces path with data atomically.
func writeFile(path string, data []byte, mode os.FileMode) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	name := tmp.Name()
	defer os.Remove(name) // a no-op once renamed
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(name, path)
}
