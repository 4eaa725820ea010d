package kiosk

import (
	"bytes"
	"fmt"

	"github.com/BurntSushi/toml"

	"github.com/corecue/corecue/internal/regfile"
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
	URL     string `toml:"booking_url,omitempty"`
}

type soundTOML struct {
	OnAtStart bool    `toml:"on_at_start"`
	VolumeCap float64 `toml:"volume_cap"`
	AVOffset  int64   `toml:"av_offset_ms"`
}

// Save writes c to path as TOML, whole or not at all (see regfile). Comments in the
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
			c.Clinic.Address, c.Clinic.Hours, c.Clinic.Booking, c.BookingURL},
		Sound: soundTOML{c.SoundOn, c.VolumeCap, c.AVOffset.Milliseconds()},
	}
	var buf bytes.Buffer
	buf.WriteString("# CoreCue kiosk settings, written by the admin screen. See docs/kiosk.md.\n")
	if err := toml.NewEncoder(&buf).Encode(f); err != nil {
		return fmt.Errorf("kiosk config: %v", err)
	}
	return regfile.Write(path, regfile.Bytes(buf.Bytes()))
}
