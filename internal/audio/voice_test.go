package audio

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/corecue/corecue/assets"
	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/i18n"
)

// The clips must be made from exactly the words the screen shows, in every
// language that has clips: when a line in breath or in a translation file
// changes, this fails until scripts/make-voice.sh is run again.
func TestVoiceManifestMatchesTheCueText(t *testing.T) {
	dirs := map[string]string{i18n.Source: "voice"}
	entries, err := assets.Voice.ReadDir("voice")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			dirs[e.Name()] = "voice/" + e.Name()
		}
	}
	// Every language CoreCue ships is spoken in its own words.
	builtin, err := i18n.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range builtin.Codes() {
		if _, ok := dirs[code]; !ok {
			t.Errorf("%s has no clips: run scripts/make-voice.sh with it in LANGS", code)
		}
	}
	for code, dir := range dirs {
		if !i18n.Default().Has(code) {
			t.Errorf("%s: no such language in the catalogue", dir)
			continue
		}
		checkManifest(t, code, dir)
	}
}

func checkManifest(t *testing.T, code, dir string) {
	t.Helper()
	b, err := assets.Voice.ReadFile(dir + "/manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	var manifest map[string]struct{ Text, SHA256 string }
	if err := json.Unmarshal(b, &manifest); err != nil {
		t.Fatal(err)
	}
	lines := breath.VoiceLines()
	for id, english := range lines {
		text := i18n.In(code, english)
		m, ok := manifest[id]
		switch {
		case !ok:
			t.Errorf("%s: line %q (%q) has no clip: run scripts/make-voice.sh", code, id, text)
		case m.Text != text:
			t.Errorf("%s: clip %q says %q, the captions now say %q: run scripts/make-voice.sh", code, id, m.Text, text)
		}
		clip, err := assets.Voice.ReadFile(dir + "/" + id + ".wav")
		if err != nil {
			t.Errorf("%s: clip %q: %v", code, id, err)
			continue
		}
		if sum := sha256.Sum256(clip); ok && hex.EncodeToString(sum[:]) != m.SHA256 {
			t.Errorf("%s: clip %q is not the one the manifest records: run scripts/make-voice.sh", code, id)
		}
	}
	for id := range manifest {
		if _, ok := lines[id]; !ok {
			t.Errorf("%s: manifest has %q, which the app no longer says", code, id)
		}
	}
}

// Every prompt any drill can ask for must decode to a clip, in every
// language with clips: the presets and the longest lead-in a custom drill
// allows (the largest count). A translation is often longer than the
// English, so each language's clips are held to the cue spacing too.
func TestEveryVoicedCueHasAClip(t *testing.T) {
	drills := append(breath.Presets(), breath.Taster())
	long := breath.Vacuum(1)
	long.LeadIn = breath.MaxLeadIn
	drills = append(drills, long)
	builtin, err := i18n.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range builtin.Codes() {
		for _, d := range drills {
			tl, err := breath.New(d)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range tl.Cues {
				if c.Voice == "" {
					continue
				}
				clip := voiceIn(code, c.Voice)
				if len(clip) < Rate/10 {
					t.Fatalf("%s %s: cue %s at %v asks for voice %q: no clip", code, d.Name, c.Kind, c.At, c.Voice)
				}
				// A prompt that ran into the next voiced cue would talk over it.
				if next, ok := nextVoiced(tl, c); ok && duration(int64(len(clip))) > next.At-c.At {
					t.Errorf("%s %s: %q lasts %v, the next prompt comes %v later", code, d.Name, c.Voice, duration(int64(len(clip))), next.At-c.At)
				}
			}
		}
	}
	// Every language's clips decode, not only the one in use.
	entries, err := assets.Voice.ReadDir("voice")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			if _, err := loadClips("voice/" + e.Name()); err != nil {
				t.Fatal(err)
			}
		}
	}
	if _, err := loadClips("voice"); err != nil {
		t.Fatal(err)
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

// TestVoiceFollowsTheLanguageInUse plays the inhale prompt with Polish in
// use (its own clip), then Italian (its own), then a language a clinic adds,
// which has no clips: English.
func TestVoiceFollowsTheLanguageInUse(t *testing.T) {
	t.Cleanup(func() { _ = i18n.Use(i18n.Source) })
	en := voiceClip("inhale")
	if err := i18n.Use("pl"); err != nil {
		t.Fatal(err)
	}
	pl := voiceClip("inhale")
	if len(pl) == 0 || len(pl) == len(en) {
		t.Fatalf("the Polish inhale clip has %d samples, the English %d: not its own clip", len(pl), len(en))
	}
	if err := i18n.Use("it"); err != nil {
		t.Fatal(err)
	}
	if it := voiceClip("inhale"); len(it) == 0 || len(it) == len(en) || len(it) == len(pl) {
		t.Fatalf("the Italian inhale clip has %d samples, the English %d: not its own clip", len(it), len(en))
	}
	if fr := voiceIn("fr", "inhale"); len(fr) != len(en) {
		t.Fatalf("a language with no clips gave a %d-sample clip, not English's %d", len(fr), len(en))
	}
}

// loadClips decodes every clip of dir: the tests check each language's
// whole set, which the app decodes one clip at a time.
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

// A drill decodes the clips it speaks and no others: the whole English set
// at Rate is about 7 MB, and decoding it all was on the way to the first
// frame of `corecue practice` (docs/benchmarks.md).
func TestADrillDecodesOnlyTheClipsItSpeaks(t *testing.T) {
	voice.Lock()
	voice.clips = nil
	voice.Unlock()
	d, err := breath.Preset("vacuum", 3)
	if err != nil {
		t.Fatal(err)
	}
	tl, err := breath.New(d)
	if err != nil {
		t.Fatal(err)
	}
	spoken := map[string]bool{}
	for _, c := range tl.Cues {
		if c.Voice != "" {
			spoken[i18n.Source+"/"+c.Voice] = true
		}
	}
	newCueEvents(tl)
	voice.Lock()
	defer voice.Unlock()
	if len(voice.clips) != len(spoken) {
		t.Fatalf("%d clips decoded for a drill that speaks %d", len(voice.clips), len(spoken))
	}
	for k, c := range voice.clips {
		if !spoken[k] || len(c) == 0 {
			t.Fatalf("clip %s decoded (%d samples), the drill speaks %v", k, len(c), spoken)
		}
	}
}
