package handout

import (
	"golang.org/x/image/font/sfnt"
)

// coverage tells which embedded font has a glyph for a character: 0 is the
// main family, i > 0 the i-th fallback. The main family covers Latin, Greek
// and Cyrillic; scripts such as Bengali come from a fallback.
type coverage struct {
	fonts []*sfnt.Font
	buf   sfnt.Buffer
	memo  map[rune]int
}

func newCoverage(f fonts) *coverage {
	c := &coverage{memo: map[rune]int{}}
	for _, data := range append([][]byte{f.regular}, f.fallback...) {
		parsed, err := sfnt.Parse(data)
		if err != nil {
			parsed = nil // a font that cannot be read is never chosen
		}
		c.fonts = append(c.fonts, parsed)
	}
	return c
}

// of returns the font for r: the main one unless only a fallback has it.
// Spaces and marks shared by every script stay with the run they are in.
func (c *coverage) of(r rune) int {
	if i, ok := c.memo[r]; ok {
		return i
	}
	i := 0
	if c.fonts[0] != nil && !c.has(0, r) {
		for j := 1; j < len(c.fonts); j++ {
			if c.has(j, r) {
				i = j
				break
			}
		}
	}
	c.memo[r] = i
	return i
}

func (c *coverage) has(i int, r rune) bool {
	f := c.fonts[i]
	if f == nil {
		return false
	}
	g, err := f.GlyphIndex(&c.buf, r)
	return err == nil && g != 0
}

// run is a stretch of text set in one font.
type run struct {
	font int
	text string
}

// split cuts s into runs by font. Characters every font lacks, and those
// the main font has (spaces, digits, punctuation), join the run before them,
// so a Bengali phrase with spaces stays one run.
func (c *coverage) split(s string) []run {
	var out []run
	for _, r := range s {
		f := c.of(r)
		if f == 0 && len(out) > 0 && out[len(out)-1].font != 0 && c.has(out[len(out)-1].font, r) {
			f = out[len(out)-1].font
		}
		if len(out) > 0 && out[len(out)-1].font == f {
			out[len(out)-1].text += string(r)
			continue
		}
		out = append(out, run{f, string(r)})
	}
	return out
}

// plain reports whether s needs no fallback font at all.
func (c *coverage) plain(s string) bool {
	for _, r := range s {
		if c.of(r) != 0 {
			return false
		}
	}
	return true
}
