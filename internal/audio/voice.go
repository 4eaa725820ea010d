package audio

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/gopxl/beep/v2/wav"

	"github.com/corecue/corecue/assets"
	"github.com/corecue/corecue/internal/i18n"
)

// voice holds each language's clips once decoded. A language is decoded
// the first time it is asked for, not all of them at start: decoded at Rate
// a language's clips take about 8 MB, and a person hears one or two of the
// ten.
var voice struct {
	sync.Mutex
	clips map[string]map[string]sound // language code → clip id → clip; nil: none
}

// voiceClip returns the spoken prompt with the given id at Rate, in the
// language the screens show (internal/i18n), or nil when there is none: a
// missing clip leaves that cue unspoken, never the session broken (a test
// makes sure every id the drills use has one). A language with no clips of
// its own (a clinic's added language) is spoken in English, as its captions
// say in docs/languages.md.
func voiceClip(id string) sound { return voiceIn(i18n.Current(), id) }

func voiceIn(code, id string) sound {
	if clips := clipsOf(code); clips != nil {
		return clips[id]
	}
	return clipsOf(i18n.Source)[id]
}

// clipsOf decodes a language's clips the first time they are asked for and
// resamples them to Rate, so nothing is decoded while a session plays (the
// session's events are built before it starts): English in voice/, each
// other language in voice/<code>/. Nil when the language has none.
func clipsOf(code string) map[string]sound {
	voice.Lock()
	defer voice.Unlock()
	if c, ok := voice.clips[code]; ok {
		return c
	}
	if voice.clips == nil {
		voice.clips = map[string]map[string]sound{}
	}
	dir := "voice"
	if code != i18n.Source {
		dir += "/" + code
	}
	var c map[string]sound
	if _, err := assets.Voice.ReadDir(dir); err == nil {
		// Clips that do not decode are a broken build, which the tests
		// catch (every language's clips decode); the language then falls
		// back to English rather than half-spoken.
		if c, err = loadClips(dir); err != nil {
			c = nil
		}
	}
	voice.clips[code] = c
	return c
}

func loadClips(dir string) (map[string]sound, error) {
	entries, err := assets.Voice.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	out := map[string]sound{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || len(name) < 5 || name[len(name)-4:] != ".wav" {
			continue
		}
		b, err := assets.Voice.ReadFile(dir + "/" + name)
		if err != nil {
			return nil, err
		}
		s, err := decodeClip(b)
		if err != nil {
			return nil, fmt.Errorf("voice clip %s/%s: %w", dir, name, err)
		}
		out[name[:len(name)-4]] = s
	}
	return out, nil
}

// decodeClip reads a WAV clip as mono and resamples it to Rate.
func decodeClip(b []byte) (sound, error) {
	dec, format, err := wav.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	src := make([]float64, 0, max(dec.Len(), 0))
	buf := make([][2]float64, 4096)
	for {
		n, ok := dec.Stream(buf)
		for _, v := range buf[:n] {
			src = append(src, (v[0]+v[1])/2)
		}
		if !ok {
			break
		}
	}
	if err := dec.Err(); err != nil {
		return nil, err
	}
	s := resampleMono(src, int(format.SampleRate))
	if len(s) == 0 {
		return nil, fmt.Errorf("no samples")
	}
	// The script fades the clips already; resampling can leave a small step
	// at the very ends, so taper them again to be sure there is no click.
	for i := range s {
		s[i] *= float32(envelope(i, len(s)))
	}
	return s, nil
}
