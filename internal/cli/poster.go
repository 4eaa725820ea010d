package cli

import (
	"fmt"
	"image"
	"io"
	"math"
	"os"
	"time"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/figure/raster"
	"github.com/corecue/corecue/internal/handout"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/regfile"
)

const posterUsage = "usage: corecue poster -o FILE.pdf [--lang CODE]"

// Poster implements `corecue poster`: an A3 wall poster of the vacuum drill
// (the steps, the four positions, the common faults) with the figure's own
// pictures. Exit 0 when written, 2 for bad input, 1 if drawing fails.
func Poster(args []string, stdout, stderr io.Writer) int {
	fail := func(code int, format string, a ...any) int {
		fmt.Fprintf(stderr, "corecue poster: "+format+"\n", a...)
		return code
	}
	fs := newFlags("corecue poster", posterUsage)
	out := fs.String("o", "", "PDF file to write")
	lang := fs.String("lang", i18n.Source, "language of the poster's words (en, pl, ro…)")
	if _, code, ok := parse(fs, args, 0, stdout, stderr); !ok {
		return code
	}
	if *out == "" {
		return fail(2, "no output file: add -o FILE.pdf")
	}
	if err := checkLang(*lang); err != nil {
		return fail(2, "%v", err)
	}
	if err := regfile.Check(*out); err != nil {
		return fail(2, "%v", err)
	}
	if i18n.NeedsShaping(*lang) {
		// As the handout: the PDF sets one glyph per character, unshaped.
		name := *lang
		if l, ok := i18n.Lookup(*lang); ok {
			name = l.English
		}
		fmt.Fprintf(stderr, "corecue poster: the PDF cannot set %s text correctly (its letters join and reorder), so the poster is in English\n", name)
		*lang = i18n.Source
	}
	err := regfile.Write(*out, func(f *os.File) error { return handout.Poster(f, PosterPicture, *lang) })
	if err != nil {
		return fail(1, "%v", err)
	}
	fmt.Fprintf(stdout, "wrote %s (A3 poster)\n", *out)
	return 0
}

// PosterPicture draws the figure for the poster: the side view in a
// position at a moment of the 10-rep vacuum drill, on white, with labels
// sized for print, in lang.
func PosterPicture(pos breath.Position, atSeconds float64, w, h int, lang string) (image.Image, error) {
	tl, err := breath.New(breath.Vacuum(10))
	if err != nil {
		return nil, err
	}
	if err := checkRender(tl, w, h); err != nil {
		return nil, err
	}
	at := time.Duration(math.Round(atSeconds * float64(time.Second)))
	pal, cols := colours(false)
	o := figure.Options{Position: pos, View: figure.ViewSide, Pose: tl.Pose(at),
		W: float64(w), H: float64(h), LabelPx: PrintLabelPx(w, h)}
	o.Words, o.Plural = pictureWords(lang)
	sc := figure.Render(o)
	return raster.Image(sc, w, h, pal, cols.Background), nil
}
