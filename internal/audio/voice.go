package audio

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/gopxl/beep/v2"
	"github.com/gopxl/beep/v2/wav"

	"github.com/corecue/corecue/assets"
)

var (
	voiceOnce  sync.Once
	voiceClips map[string]sound
	voiceErr   error
)

// voiceClip returns the spoken prompt with the given id at Rate, or nil when
// there is none: a missing clip leaves that cue unspoken, never the session
// broken (a test makes sure every id the drills use has one).
func voiceClip(id string) sound {
	voiceOnce.Do(func() { voiceClips, voiceErr = loadVoice() })
	return voiceClips[id]
}

// loadVoice decodes every embedded clip once and resamples it to Rate, so
// nothing is decoded or resampled while a session plays.
func loadVoice() (map[string]sound, error) {
	entries, err := assets.Voice.ReadDir("voice")
	if err != nil {
		return nil, err
	}
	out := map[string]sound{}
	for _, e := range entries {
		name := e.Name()
		if len(name) < 5 || name[len(name)-4:] != ".wav" {
			continue
		}
		b, err := assets.Voice.ReadFile("voice/" + name)
		if err != nil {
			return nil, err
		}
		s, err := decodeClip(b)
		if err != nil {
			return nil, fmt.Errorf("voice clip %s: %w", name, err)
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
