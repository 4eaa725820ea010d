package wording

import (
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
				// The values are every text shown: en.json's are its keys.
				jsonStrings(t, file, data, func(_, s string) {
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
