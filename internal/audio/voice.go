package audio

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/gopxl/beep/v2/wav"

	"github.com/corecue/corecue/assets"
	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/i18n"
)

// voice holds each clip once decoded, by language and id. A clip is
// decoded the first time a session asks for it, not a language's whole set
// at start: decoded at Rate the 22 English clips take about 7 MB, a drill
// speaks 8 of them, and a person hears one or two of the ten languages.
var voice struct {
	sync.Mutex
	clips map[string]sound // "code/id" → clip; nil: none
}

// voiceClip returns the spoken prompt with the given id at Rate, in the
// language the screens show (internal/i18n), or nil when there is none: a
// missing clip leaves that cue unspoken, never the session broken (a test
// makes sure every id the drills use has one). A language with no clips of
// its own (a clinic's added language) is spoken in English, as its captions
// say in docs/languages.md.
func voiceClip(id string) sound { return voiceIn(i18n.Current(), id) }

// voiceIn decodes a clip the first time it is asked for and resamples it
// to Rate, so nothing is decoded while a session plays (the session's
// events are built before it starts): English in voice/, each other
// language in voice/<code>/. A clip that does not decode is a broken build,
// which the tests catch (every language's clips decode); the prompt is then
// spoken in English rather than left out.
func voiceIn(code, id string) sound {
	if code != i18n.Source && hasVoice(code) {
		if c, err := clipAt(code, "voice/"+code, id); err == nil {
			return c
		}
	}
	c, _ := clipAt(i18n.Source, "voice", id)
	return c
}

// hasVoice says whether a language has clips of its own.
func hasVoice(code string) bool {
	_, err := assets.Voice.ReadDir("voice/" + code)
	return err == nil
}

// clipAt is the clip id of dir, decoded once; nil without an error when
// dir has no such clip.
func clipAt(code, dir, id string) (sound, error) {
	voice.Lock()
	defer voice.Unlock()
	key := code + "/" + id
	if c, ok := voice.clips[key]; ok {
		return c, nil
	}
	if voice.clips == nil {
		voice.clips = map[string]sound{}
	}
	var c sound
	b, err := assets.Voice.ReadFile(dir + "/" + id + ".wav")
	if err == nil {
		if c, err = decodeClip(b); err != nil {
			return nil, fmt.Errorf("voice clip %s/%s.wav: %w", dir, id, err)
		}
	}
	voice.clips[key] = c
	return c, nil
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

// Prepare makes the sounds a session of tl will play (its cue tones and
// the voice clips it speaks, in the language in use) ahead of its Start,
// which then finds them made. A window opening straight into a drill calls
// it on a goroutine of its own while it builds its screens: the clips were
// decoded on the way to the first frame.
func Prepare(tl *breath.Timeline) { newCueEvents(tl) }
