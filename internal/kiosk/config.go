// Package kiosk is CoreCue's waiting-room mode without the screens: the
// config file, the admin PIN and its lockout, the hidden admin gesture and
// the state machine that decides which screen shows, when a visitor is taken
// for gone and what a reset wipes. It imports no Fyne package and reads time
// only through an injected clock, so 24 hours of visitors run in a test.
package kiosk

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/corecue/corecue/internal/appdir"
	"github.com/corecue/corecue/internal/clinic"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/jsonfile"
	"github.com/corecue/corecue/internal/regfile"
)

// FileName is the default config file in the storage folder.
const FileName = "kiosk.toml"

// maxConfig bounds the file: a real one is well under 2 KiB.
const maxConfig = 64 << 10

// Config is everything the clinic sets. Field names follow the file's keys.
type Config struct {
	Clinic      clinic.Contact
	IdleTimeout time.Duration // idle_timeout_s: quiet time before "Still there?"
	StillThere  time.Duration // still_there_s: how long the prompt waits
	HidePointer bool          // hide_pointer: touchscreens have no pointer to show
	Scale       float64       // scale: Fyne's scale factor for the kiosk screen
	AttractFPS  int           // attract_fps: frames per second of the idle figure
	SoundOn     bool          // sound.on_at_start: sound on when a visitor arrives
	VolumeCap   float64       // sound.volume_cap: loudest a visitor can make it, 0-1
	AVOffset    time.Duration // sound.av_offset_ms: from the click-and-flash calibration
	BookingURL  string        // clinic.booking_url: the online booking page, shown as a QR code
	Language    string        // language: the code of the language each visitor starts in
}

// Limits of the settings, shared by validation, the admin screen and docs.
const (
	MinIdle       = 20 * time.Second
	MaxIdle       = 30 * time.Minute
	DefaultIdle   = 90 * time.Second
	MinStill      = 5 * time.Second
	MaxStill      = 60 * time.Second
	DefaultStill  = 10 * time.Second
	MinScale      = 0.5
	MaxScale      = 4
	MinFPS        = 1
	MaxFPS        = 60
	DefaultFPS    = 6
	DefaultVolCap = 0.6
	MaxAVOffsetMs = 200
)

// Defaults is a config with every optional field at its default and no clinic.
func Defaults() Config {
	return Config{
		IdleTimeout: DefaultIdle,
		StillThere:  DefaultStill,
		HidePointer: true,
		Scale:       1,
		AttractFPS:  DefaultFPS,
		VolumeCap:   DefaultVolCap,
		Language:    i18n.Source,
	}
}

// DefaultPath is kiosk.toml in the storage folder.
func DefaultPath() (string, error) {
	dir, err := appdir.Dir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, FileName), nil
}

// Load reads and checks the config at path. Warnings name keys the file has
// but kiosk mode does not know; they do not stop it.
func Load(path string) (Config, []string, error) {
	data, err := regfile.ReadFile(path, maxConfig)
	if errors.Is(err, os.ErrNotExist) {
		return Config{}, nil, fmt.Errorf("kiosk config %s does not exist: copy docs/kiosk.example.toml there and fill in the clinic", path)
	}
	if err != nil {
		return Config{}, nil, fmt.Errorf("kiosk config: %v", err)
	}
	c, warn, err := Parse(data, strings.EqualFold(filepath.Ext(path), ".json"))
	if err != nil {
		return Config{}, nil, fmt.Errorf("kiosk config %s: %v", path, err)
	}
	return c, warn, nil
}

// Parse decodes a TOML (or, when isJSON, JSON) config and checks every field.
func Parse(data []byte, isJSON bool) (Config, []string, error) {
	if len(data) > maxConfig {
		return Config{}, nil, fmt.Errorf("the file is over %d KiB", maxConfig>>10)
	}
	raw := map[string]any{}
	if isJSON {
		if err := jsonfile.DecodeNumbers(data, &raw); err != nil {
			return Config{}, nil, err
		}
		return fromMap(raw)
	}
	if !utf8.Valid(data) {
		return Config{}, nil, errors.New("the file is not valid UTF-8")
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if _, err := toml.Decode(string(data), &raw); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return Config{}, nil, fmt.Errorf("not TOML: line %d: %s", pe.Position.Line, jsonfile.OneLine(pe.Message))
		}
		return Config{}, nil, fmt.Errorf("not TOML: %s", jsonfile.OneLine(err.Error()))
	}
	return fromMap(raw)
}

// schema lists every key: its table, its kind and how it lands in Config.
type field struct {
	key  string // dotted, as named in errors
	kind string // "text", "whole", "number", "bool"
	set  func(c *Config, v any) error
}

func fields() []field {
	text := func(p func(c *Config) *string) func(*Config, any) error {
		return func(c *Config, v any) error { *p(c) = v.(string); return nil }
	}
	return []field{
		{"clinic.name", "text", text(func(c *Config) *string { return &c.Clinic.Name })},
		{"clinic.phone", "text", text(func(c *Config) *string { return &c.Clinic.Phone })},
		{"clinic.email", "text", text(func(c *Config) *string { return &c.Clinic.Email })},
		{"clinic.address", "text", text(func(c *Config) *string { return &c.Clinic.Address })},
		{"clinic.opening_hours", "text", text(func(c *Config) *string { return &c.Clinic.Hours })},
		{"clinic.booking", "text", text(func(c *Config) *string { return &c.Clinic.Booking })},
		{"clinic.booking_url", "text", func(c *Config, v any) error {
			c.BookingURL = v.(string)
			return checkURL(c.BookingURL)
		}},
		{"idle_timeout_s", "whole", func(c *Config, v any) error {
			return seconds(&c.IdleTimeout, v.(int64), MinIdle, MaxIdle)
		}},
		{"still_there_s", "whole", func(c *Config, v any) error {
			return seconds(&c.StillThere, v.(int64), MinStill, MaxStill)
		}},
		{"language", "text", func(c *Config, v any) error {
			c.Language = v.(string)
			return checkLanguage(c.Language)
		}},
		{"hide_pointer", "bool", func(c *Config, v any) error { c.HidePointer = v.(bool); return nil }},
		{"scale", "number", func(c *Config, v any) error {
			c.Scale = v.(float64)
			return inRange(c.Scale, MinScale, MaxScale)
		}},
		{"attract_fps", "whole", func(c *Config, v any) error {
			c.AttractFPS = int(v.(int64))
			return inRange(float64(c.AttractFPS), MinFPS, MaxFPS)
		}},
		{"sound.on_at_start", "bool", func(c *Config, v any) error { c.SoundOn = v.(bool); return nil }},
		{"sound.volume_cap", "number", func(c *Config, v any) error {
			c.VolumeCap = v.(float64)
			return inRange(c.VolumeCap, 0, 1)
		}},
		{"sound.av_offset_ms", "whole", func(c *Config, v any) error {
			c.AVOffset = time.Duration(v.(int64)) * time.Millisecond
			return inRange(float64(v.(int64)), -MaxAVOffsetMs, MaxAVOffsetMs)
		}},
	}
}

// MaxURL bounds the booking link: a QR code of a longer one is too dense to
// scan from a seat.
const MaxURL = 300

// checkURL accepts "" (no link) or an absolute http(s) link a phone can open.
func checkURL(s string) error {
	if s == "" {
		return nil
	}
	if len(s) > MaxURL {
		return fmt.Errorf("is %d characters long, over %d", len(s), MaxURL)
	}
	if strings.IndexFunc(s, func(r rune) bool { return r <= ' ' || r == 0x7f || r > 0x7e }) >= 0 {
		return errors.New("holds a space or a character a link cannot hold; write it as the browser shows it")
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return fmt.Errorf("is %q, not a web link starting with https://", s)
	}
	return nil
}

// checkLanguage accepts the code of a language CoreCue has, built in or
// added by the clinic's own translation file.
func checkLanguage(code string) error {
	if !i18n.Default().Has(code) {
		return fmt.Errorf("is %s, not a language CoreCue has: use %s", jsonfile.Quote(code, 20), strings.Join(i18n.Default().Codes(), ", "))
	}
	return nil
}

func seconds(d *time.Duration, s int64, lo, hi time.Duration) error {
	*d = time.Duration(s) * time.Second
	return inRange(float64(s), lo.Seconds(), hi.Seconds())
}

func inRange(v, lo, hi float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		// TOML has nan and inf; no comparison catches them.
		return fmt.Errorf("is %s, not a number from %s to %s", num(v), num(lo), num(hi))
	}
	if v < lo || v > hi {
		return fmt.Errorf("is %s, outside %s–%s", num(v), num(lo), num(hi))
	}
	return nil
}

func num(v float64) string { return fmt.Sprintf("%g", v) }

// tables are the keys that hold other keys.
var tables = map[string]bool{"clinic": true, "sound": true}

func fromMap(raw map[string]any) (Config, []string, error) {
	c := Defaults()
	flat := map[string]any{}
	var warn []string
	for k, v := range raw {
		sub, isTable := v.(map[string]any)
		switch {
		case tables[k] && !isTable:
			return Config{}, nil, fmt.Errorf("%q must be a table of settings, found %s", k, kindOf(v))
		case tables[k]:
			for sk, sv := range sub {
				flat[k+"."+sk] = sv
			}
		default:
			flat[k] = v
		}
	}
	known := map[string]bool{}
	for _, f := range fields() {
		known[f.key] = true
		v, ok := flat[f.key]
		if !ok {
			continue
		}
		v, err := as(f.kind, v)
		if err != nil {
			return Config{}, nil, fmt.Errorf("%q %v", f.key, err)
		}
		if err := f.set(&c, v); err != nil {
			return Config{}, nil, fmt.Errorf("%q %v", f.key, err)
		}
	}
	for k := range flat {
		if !known[k] {
			warn = append(warn, fmt.Sprintf("kiosk config: unknown key %s is ignored", jsonfile.Quote(k, 60)))
		}
	}
	slices.Sort(warn)
	if err := c.Validate(); err != nil {
		return Config{}, nil, err
	}
	return c, warn, nil
}

// Validate checks what one field alone cannot: the clinic as a whole and
// ranges of values set in code (the admin screen).
func (c Config) Validate() error {
	if strings.TrimSpace(c.Clinic.Name) == "" {
		return errors.New(`"clinic.name" is missing: the kiosk shows the clinic's name on every screen`)
	}
	if c.Clinic.Phone == "" && c.Clinic.Email == "" && c.Clinic.Booking == "" && c.BookingURL == "" {
		return errors.New(`"clinic.phone", "clinic.email", "clinic.booking" or "clinic.booking_url" is needed: visitors must have a way to book`)
	}
	if err := checkURL(c.BookingURL); err != nil {
		return fmt.Errorf("%q %v", "clinic.booking_url", err)
	}
	// A config made in code may leave the language out: English.
	if c.Language != "" {
		if err := checkLanguage(c.Language); err != nil {
			return fmt.Errorf("%q %v", "language", err)
		}
	}
	if err := c.Clinic.Validate(); err != nil {
		return errors.New(`"clinic.` + strings.TrimPrefix(err.Error(), `"`))
	}
	checks := []struct {
		key    string
		v      float64
		lo, hi float64
	}{
		{"idle_timeout_s", c.IdleTimeout.Seconds(), MinIdle.Seconds(), MaxIdle.Seconds()},
		{"still_there_s", c.StillThere.Seconds(), MinStill.Seconds(), MaxStill.Seconds()},
		{"scale", c.Scale, MinScale, MaxScale},
		{"attract_fps", float64(c.AttractFPS), MinFPS, MaxFPS},
		{"sound.volume_cap", c.VolumeCap, 0, 1},
		{"sound.av_offset_ms", float64(c.AVOffset.Milliseconds()), -MaxAVOffsetMs, MaxAVOffsetMs},
	}
	for _, k := range checks {
		if err := inRange(k.v, k.lo, k.hi); err != nil {
			return fmt.Errorf("%q %v", k.key, err)
		}
	}
	return nil
}

// as checks a decoded value's kind; TOML gives int64 and float64, JSON gives
// json.Number, and a whole number is a fine "number".
func as(kind string, v any) (any, error) {
	switch kind {
	case "text":
		if s, ok := v.(string); ok {
			return s, nil
		}
	case "bool":
		if b, ok := v.(bool); ok {
			return b, nil
		}
	case "whole":
		switch n := v.(type) {
		case int64:
			return n, nil
		case json.Number:
			if i, err := n.Int64(); err == nil {
				return i, nil
			}
		}
	case "number":
		switch n := v.(type) {
		case int64:
			return float64(n), nil
		case float64:
			return n, nil
		case json.Number:
			if f, err := n.Float64(); err == nil {
				return f, nil
			}
		}
	}
	want := map[string]string{"text": "text", "bool": "true or false", "whole": "a whole number", "number": "a number"}[kind]
	return nil, fmt.Errorf("must be %s, found %s", want, kindOf(v))
}

func kindOf(v any) string {
	switch x := v.(type) {
	case string:
		return "text " + jsonfile.Quote(x, 40)
	case bool:
		return fmt.Sprintf("%v", x)
	case int64, float64, json.Number:
		return fmt.Sprintf("the number %v", x)
	case map[string]any:
		return "a table"
	case []any, []map[string]any:
		return "a list"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", v)
}
