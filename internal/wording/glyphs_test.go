package wording

import (
	"encoding/json"
	"io/fs"
	"strings"
	"testing"

	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font/sfnt"

	"github.com/corecue/corecue/assets"
)

// Latin-script text is drawn in Fyne's bundled font. A character it lacks
// ("→" in the ladder line, a History session's pain and the level changes)
// is drawn from whatever system font has it: a serif glyph among the sans
// words, and a whole font file loaded into memory for one character. Every
// catalogue text of a Latin-script language keeps to the bundled font.
func TestLatinTextKeepsToTheBundledFont(t *testing.T) {
	faces := map[string][]byte{
		"regular":     theme.DefaultTextFont().Content(),
		"bold":        theme.DefaultTextBoldFont().Content(),
		"italic":      theme.DefaultTextItalicFont().Content(),
		"bold italic": theme.DefaultTextBoldItalicFont().Content(),
	}
	var buf sfnt.Buffer
	for style, data := range faces {
		f, err := sfnt.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		for _, code := range []string{"en", "pl", "ro", "es", "pt", "it", "tr"} {
			for _, file := range []string{"lang/" + code + ".json", "lang/library/" + code + ".json"} {
				data, err := fs.ReadFile(assets.Lang, file)
				if err != nil {
					t.Fatal(err)
				}
				var v any
				if err := json.Unmarshal(data, &v); err != nil {
					t.Fatal(err)
				}
				texts(v, func(s string) {
					for _, r := range strings.ReplaceAll(s, "\n", "") {
						if i, _ := f.GlyphIndex(&buf, r); i == 0 {
							t.Errorf("%s: %q has no %s glyph in Fyne's font: %.60q", file, r, style, s)
						}
					}
				})
			}
		}
	}
}

// texts calls f with every key and text in a catalogue file.
func texts(v any, f func(string)) {
	switch x := v.(type) {
	case string:
		f(x)
	case map[string]any:
		for k, e := range x {
			f(k)
			texts(e, f)
		}
	}
}
