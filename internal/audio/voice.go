package audio

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/gopxl/beep/v2"
	"github.com/gopxl/beep/v2/wav"

	"github.com/corecue/corecue/assets"
	"github.com/corecue/corecue/internal/i18n"
)

var (
	voiceOnce  sync.Once
	voiceClips map[string]map[string]sound // language code → clip id → clip
	voiceErr   error
)

// voiceClip returns the spoken prompt with the given id at Rate, in the
// language the screens show (internal/i18n), or nil when there is none: a
// missing clip leaves that cue unspoken, never the session broken (a test
// makes sure every id the drills use has one). A language with no clips of
// its own is spoken in English, as its captions say in docs/languages.md.
func voiceClip(id string) sound {
	voiceOnce.Do(func() { voiceClips, voiceErr = loadVoice() })
	if clips, ok := voiceClips[i18n.Current()]; ok {
		return clips[id]
	}
	return voiceClips[i18n.Source][id]
}

// loadVoice decodes every embedded clip once and resamples it to Rate, so
// nothing is decoded or resampled while a session plays: English in voice/,
// each other language in voice/<code>/.
func loadVoice() (map[string]map[string]sound, error) {
	entries, err := assets.Voice.ReadDir("voice")
	if err != nil {
		return nil, err
	}
	out := map[string]map[string]sound{}
	dirs := map[string]string{i18n.Source: "voice"}
	for _, e := range entries {
		if e.IsDir() {
			dirs[e.Name()] = "voice/" + e.Name()
		}
	}
	for code, dir := range dirs {
		clips, err := loadClips(dir)
		if err != nil {
			return nil, err
		}
		out[code] = clips
	}
	return out, nil
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

func decodeClip(b []byte) (sound, error) {
	dec, format, err := wav.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	var src beep.Streamer = dec
	if format.SampleRate != Rate {
		src = beep.Resample(4, format.SampleRate, Rate, dec)
	}
	var s sound
	buf := make([][2]float64, 4096)
	for {
		n, ok := src.Stream(buf)
		for _, v := range buf[:n] {
			s = append(s, float32((v[0]+v[1])/2))
		}
		if !ok {
			break
		}
	}
	if err := src.Err(); err != nil {
		return nil, err
	}
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
