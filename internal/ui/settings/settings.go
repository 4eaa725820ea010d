// Package settings holds the person's practice settings (sound layers and
// volumes, voice, A/V offset, reduced motion, theme), stores them in Fyne
// Preferences, and draws the settings and calibration screens.
package settings

import (
	"errors"
	"math"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/corecue/corecue/internal/i18n"
)

// Settings are what the person can change. Volumes run 0..1.
type Settings struct {
	CuesOn, VoiceOn, BedOn bool
	CuesVol, VoiceVol      float64
	BedVol                 float64
	Mute                   bool
	OffsetMs               int // A/V offset: positive shows the picture later
	ReducedMotion          bool
	Theme                  string // "system", "light" or "dark"
	// Language is the code of the language CoreCue shows (docs/languages.md);
	// "" follows the system's language. It applies from the next start.
	Language string
}

// Limits of the A/V offset, in milliseconds.
const (
	MinOffsetMs = -200
	MaxOffsetMs = 200
)

// Defaults suit practice at home: every layer on, the breath bed quiet.
func Defaults() Settings {
	return Settings{
		CuesOn: true, VoiceOn: true, BedOn: true,
		CuesVol: 0.8, VoiceVol: 0.9, BedVol: 0.25,
		Theme: "system",
	}
}

// Offset is OffsetMs as a duration.
func (s Settings) Offset() time.Duration { return time.Duration(s.OffsetMs) * time.Millisecond }

// Validate names the first setting out of range.
func (s Settings) Validate() error {
	for _, v := range []struct {
		name string
		v    float64
	}{{i18n.L("cue volume"), s.CuesVol}, {i18n.L("voice volume"), s.VoiceVol}, {i18n.L("breath-sound volume"), s.BedVol}} {
		if math.IsNaN(v.v) || v.v < 0 || v.v > 1 {
			return errors.New(i18n.F("%s must be 0–100%%, got %v", v.name, v.v))
		}
	}
	if s.OffsetMs < MinOffsetMs || s.OffsetMs > MaxOffsetMs {
		return errors.New(i18n.F("A/V offset must be %d…%d ms, got %d", MinOffsetMs, MaxOffsetMs, s.OffsetMs))
	}
	switch s.Theme {
	case "system", "light", "dark":
	default:
		return errors.New(i18n.F("theme must be system, light or dark, got %q", s.Theme))
	}
	if s.Language != "" && !i18n.Default().Has(s.Language) {
		return errors.New(i18n.F("language must be one of %s, got %q", strings.Join(i18n.Default().Codes(), ", "), s.Language))
	}
	return nil
}

const prefix = "practice."

// Load reads the settings, keeping the default for anything missing or out of range.
func Load(p fyne.Preferences) Settings {
	d := Defaults()
	s := Settings{
		CuesOn:        p.BoolWithFallback(prefix+"cuesOn", d.CuesOn),
		VoiceOn:       p.BoolWithFallback(prefix+"voiceOn", d.VoiceOn),
		BedOn:         p.BoolWithFallback(prefix+"bedOn", d.BedOn),
		CuesVol:       p.FloatWithFallback(prefix+"cuesVol", d.CuesVol),
		VoiceVol:      p.FloatWithFallback(prefix+"voiceVol", d.VoiceVol),
		BedVol:        p.FloatWithFallback(prefix+"bedVol", d.BedVol),
		Mute:          p.BoolWithFallback(prefix+"mute", d.Mute),
		OffsetMs:      p.IntWithFallback("audio.offsetMs", d.OffsetMs),
		ReducedMotion: p.BoolWithFallback("ui.reducedMotion", d.ReducedMotion),
		Theme:         p.StringWithFallback("ui.theme", d.Theme),
		Language:      p.StringWithFallback("ui.language", d.Language),
	}
	// A hand-edited preferences file must not break the app: fall back field by field.
	clamp := func(v *float64, def float64) {
		if math.IsNaN(*v) || *v < 0 || *v > 1 {
			*v = def
		}
	}
	clamp(&s.CuesVol, d.CuesVol)
	clamp(&s.VoiceVol, d.VoiceVol)
	clamp(&s.BedVol, d.BedVol)
	if s.OffsetMs < MinOffsetMs || s.OffsetMs > MaxOffsetMs {
		s.OffsetMs = d.OffsetMs
	}
	if s.Theme != "light" && s.Theme != "dark" {
		s.Theme = "system"
	}
	if !i18n.Default().Has(s.Language) {
		s.Language = "" // a language no longer there: the system's
	}
	return s
}

// Save stores valid settings and refuses invalid ones.
func Save(p fyne.Preferences, s Settings) error {
	if err := s.Validate(); err != nil {
		return err
	}
	p.SetBool(prefix+"cuesOn", s.CuesOn)
	p.SetBool(prefix+"voiceOn", s.VoiceOn)
	p.SetBool(prefix+"bedOn", s.BedOn)
	p.SetFloat(prefix+"cuesVol", s.CuesVol)
	p.SetFloat(prefix+"voiceVol", s.VoiceVol)
	p.SetFloat(prefix+"bedVol", s.BedVol)
	p.SetBool(prefix+"mute", s.Mute)
	p.SetInt("audio.offsetMs", s.OffsetMs)
	p.SetBool("ui.reducedMotion", s.ReducedMotion)
	p.SetString("ui.theme", s.Theme)
	p.SetString("ui.language", s.Language)
	return nil
}

// LanguageFor is the language CoreCue shows for s on a system whose locale
// is system ("pl-PL"): the chosen one, else the system's when CoreCue has
// it, else English.
func LanguageFor(s Settings, system string) string {
	if s.Language != "" {
		return s.Language
	}
	return i18n.Match(system)
}

// UseLanguage sets the language of the screens from the stored choice and
// the system's locale (read through Fyne's lang package). The screens take
// their words when they are built, so it runs before any is.
func UseLanguage(p fyne.Preferences) {
	_ = i18n.Use(LanguageFor(Load(p), string(lang.SystemLocale())))
}
