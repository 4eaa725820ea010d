// Command voicelines prints the app's spoken lines for scripts/make-voice.sh
// (with -lang, in that language from the translation catalogue),
// one "id<TAB>text<TAB>room" per line, room being the seconds the drills
// leave the line before the next one (0: no limit), and with -manifest DIR writes DIR/manifest.json
// recording the text and a hash of each clip, so a test can tell when a line
// changed without its clip being made again.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/i18n"
)

// Entry is one clip in the manifest. internal/audio reads the same shape.
type Entry struct {
	Text   string `json:"text"`
	SHA256 string `json:"sha256"`
}

func main() {
	dir := flag.String("manifest", "", "write DIR/manifest.json for the clips in DIR")
	code := flag.String("lang", i18n.Source, "the language of the lines, from the translation catalogue")
	flag.Parse()
	if err := i18n.Use(*code); err != nil {
		fmt.Fprintln(os.Stderr, "voicelines: "+err.Error())
		os.Exit(2)
	}
	lines := breath.VoiceLines()
	// The clips speak what the captions show in that language, word for word.
	for id, l := range lines {
		lines[id] = i18n.L(l)
	}
	ids := make([]string, 0, len(lines))
	for id := range lines {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	if *dir == "" {
		room := breath.VoiceRoom()
		for _, id := range ids {
			fmt.Printf("%s\t%s\t%g\n", id, lines[id], room[id].Seconds())
		}
		return
	}
	if err := writeManifest(*dir, ids, lines); err != nil {
		fmt.Fprintln(os.Stderr, "voicelines: "+err.Error())
		os.Exit(1)
	}
}

func writeManifest(dir string, ids []string, lines map[string]string) error {
	m := make(map[string]Entry, len(ids))
	for _, id := range ids {
		b, err := os.ReadFile(filepath.Join(dir, id+".wav"))
		if err != nil {
			return fmt.Errorf("clip for %q: %w", id, err)
		}
		sum := sha256.Sum256(b)
		m[id] = Entry{Text: lines[id], SHA256: hex.EncodeToString(sum[:])}
	}
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	tmp := filepath.Join(dir, ".manifest.json.tmp")
	if err := os.WriteFile(tmp, append(out, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(dir, "manifest.json"))
}
