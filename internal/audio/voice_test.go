package audio

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"testing"

	"github.com/corecue/corecue/assets"
	"github.com/corecue/corecue/internal/breath"
)

// The clips must be made from exactly the words the screen shows: when a line
// in breath changes, this fails until scripts/make-voice.sh is run again.
func TestVoiceManifestMatchesTheCueText(t *testing.T) {
	b, err := assets.Voice.ReadFile("voice/manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	var manifest map[string]struct{ Text, SHA256 string }
	if err := json.Unmarshal(b, &manifest); err != nil {
		t.Fatal(err)
	}
	lines := breath.VoiceLines()
	for id, text := range lines {
		m, ok := manifest[id]
		switch {
		case !ok:
			t.Errorf("line %q (%q) has no clip: run scripts/make-voice.sh", id, text)
		case m.Text != text:
			t.Errorf("clip %q says %q, the app now says %q: run scripts/make-voice.sh", id, m.Text, text)
		}
		clip, err := assets.Voice.ReadFile("voice/" + id + ".wav")
		if err != nil {
			t.Errorf("clip %q: %v", id, err)
			continue
		}
		if sum := sha256.Sum256(clip); ok && hex.EncodeToString(sum[:]) != m.SHA256 {
			t.Errorf("clip %q is not the one the manifest records: run scripts/make-voice.sh", id)
		}
	}
	for id := range manifest {
		if _, ok := lines[id]; !ok {
			t.Errorf("manifest has %q, which the app no longer says", id)
		}
	}
}

// Every prompt any drill can ask for must decode to a clip: the presets and
// the longest lead-in a custom drill allows (the largest count).
func TestEveryVoicedCueHasAClip(t *testing.T) {
	drills := append(breath.Presets(), breath.Taster())
	long := breath.Vacuum(1)
	long.LeadIn = breath.MaxLeadIn
	drills = append(drills, long)
	for _, d := range drills {
		tl, err := breath.New(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range tl.Cues {
			if c.Voice == "" {
				continue
			}
			clip := voiceClip(c.Voice)
			if len(clip) < Rate/10 {
				t.Fatalf("%s: cue %s at %v asks for voice %q: no clip", d.Name, c.Kind, c.At, c.Voice)
			}
			// A prompt that ran into the next voiced cue would talk over it.
			if next, ok := nextVoiced(tl, c); ok && duration(int64(len(clip))) > next.At-c.At {
				t.Errorf("%s: %q lasts %v, the next prompt comes %v later", d.Name, c.Voice, duration(int64(len(clip))), next.At-c.At)
			}
		}
	}
	if voiceErr != nil {
		t.Fatal(voiceErr)
	}
}

func nextVoiced(tl *breath.Timeline, c breath.Cue) (breath.Cue, bool) {
	for _, n := range tl.Cues {
		if n.At > c.At && n.Voice != "" {
			return n, true
		}
	}
	return breath.Cue{}, false
}
