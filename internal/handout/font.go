package handout

import (
	"errors"
	"os"
	"path/filepath"
	"sync"
)

// The handout prints names as people type them (Polish, Romanian, Turkish,
// Greek, Cyrillic…), which the PDF core fonts' single code page cannot, so a
// Unicode TrueType font is embedded. Fonts are not shipped in the binary:
// the system's own are found at run time (Debian: fonts-noto-core or
// fonts-dejavu-core, which scripts/install-deps.sh installs).

// family is one font in its two weights and, if there is one, its italic.
type family struct{ regular, bold, italic string }

// fontDirs are searched in order; the first family with both weights wins.
var fontDirs = []string{
	"/usr/share/fonts/truetype/noto",
	"/usr/share/fonts/truetype/dejavu",
	"/usr/share/fonts/noto", // Fedora, Arch
	"/usr/share/fonts/TTF",  // Arch
	"/usr/share/fonts/dejavu-sans-fonts",
	"/usr/local/share/fonts",
	"/Library/Fonts", // macOS
	"/System/Library/Fonts/Supplemental",
	`C:\Windows\Fonts`,
}

var families = []family{
	{"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"},
	{"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"},
	{"Arial Unicode.ttf", "Arial Bold.ttf", "Arial Italic.ttf"},
	{"arial.ttf", "arialbd.ttf", "ariali.ttf"},
}

// fallbacks cover scripts the main family lacks; a run of text in such a
// script is set in the first fallback that has it.
var fallbacks = []string{"NotoSansBengali-Regular.ttf", "NotoSansDevanagari-Regular.ttf"}

// ErrNoFont says no Unicode font was found; its message is the one line a
// person needs to fix it.
var ErrNoFont = errors.New("no Unicode font found for the PDF: install fonts-noto-core or fonts-dejavu-core (scripts/install-deps.sh does)")

type fonts struct {
	regular, bold, italic []byte
	fallback              [][]byte
}

var (
	fontOnce sync.Once
	fontSet  fonts
	fontErr  error
)

// loadFonts reads the fonts once per process.
func loadFonts() (fonts, error) {
	fontOnce.Do(func() { fontSet, fontErr = findFonts(fontDirs) })
	return fontSet, fontErr
}

func findFonts(dirs []string) (fonts, error) {
	var f fonts
	for _, fam := range families {
		for _, dir := range dirs {
			r, err1 := os.ReadFile(filepath.Join(dir, fam.regular))
			b, err2 := os.ReadFile(filepath.Join(dir, fam.bold))
			if err1 == nil && err2 == nil {
				f.regular, f.bold = r, b
				if f.italic, err1 = os.ReadFile(filepath.Join(dir, fam.italic)); err1 != nil {
					f.italic = r // upright rather than nothing
				}
				break
			}
		}
		if f.regular != nil {
			break
		}
	}
	if f.regular == nil {
		return fonts{}, ErrNoFont
	}
	for _, name := range fallbacks {
		for _, dir := range dirs {
			if data, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
				f.fallback = append(f.fallback, data)
				break
			}
		}
	}
	return f, nil
}
