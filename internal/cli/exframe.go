package cli

import (
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/figure/moves"
	"github.com/corecue/corecue/internal/figure/raster"
	"github.com/corecue/corecue/internal/regfile"
)

// exerciseFrame is `corecue frame --exercise ID`: the exercise's posed
// figure at a moment of its reps, as the screens draw it.
func exerciseFrame(o frameOpts, stdout, stderr io.Writer) int {
	fail := func(code int, err error) int {
		fmt.Fprintf(stderr, "corecue frame: %v\n", err)
		return code
	}
	lib, err := exercise.LoadDefault()
	if lib == nil {
		return fail(1, err)
	}
	if err != nil {
		fmt.Fprintf(stderr, "corecue frame: clinic exercises not used: %v\n", err)
	}
	e, at, w, h, dark, err := o.exerciseJob(lib)
	if err != nil {
		return fail(2, err)
	}
	img, m := ExerciseFrame(e, at, w, h, dark, o.lang)
	if err := regfile.Write(o.out, func(f *os.File) error { return png.Encode(f, img) }); err != nil {
		return fail(2, err)
	}
	fmt.Fprintf(stdout, "wrote %s (%dx%d, %s, %s view, %s, at %s s)\n", o.out, w, h, e.Name, m.View,
		strings.TrimSpace(m.Note), strconv.FormatFloat(at, 'f', -1, 64))
	return 0
}

// exerciseJob checks the flags an exercise's frame reads, in the order of
// the usage line; the drill's own flags are refused rather than ignored.
func (o frameOpts) exerciseJob(lib *exercise.Library) (e exercise.Exercise, at float64, w, h int, dark bool, err error) {
	for _, f := range []string{"preset", "reps", "position", "view"} {
		if o.set[f] {
			return e, 0, 0, 0, false, fmt.Errorf("--%s is for the drill; an exercise has its own", f)
		}
	}
	switch {
	case o.out == "":
		return e, 0, 0, 0, false, errors.New("no output file: add -o FILE.png")
	case !o.set["at"]:
		return e, 0, 0, 0, false, errors.New("no time: add --at SECONDS")
	}
	e, ok := lib.Get(strings.TrimSpace(o.exercise))
	if !ok {
		return e, 0, 0, 0, false, unknownExercise(lib, o.exercise)
	}
	if at, err = parseExerciseAt(o.at); err != nil {
		return e, 0, 0, 0, false, err
	}
	if w, h, err = parseSize(o.size); err != nil {
		return e, 0, 0, 0, false, err
	}
	if dark, err = parseTheme(o.theme); err != nil {
		return e, 0, 0, 0, false, err
	}
	return e, at, w, h, dark, regfile.Check(o.out)
}

// unknownExercise names an id that is not in the library, with the id a
// name resolves to when the person typed a name.
func unknownExercise(lib *exercise.Library, id string) error {
	q := strconv.Quote(id)
	if r := lib.Resolve(id); r.Exact() {
		return fmt.Errorf("--exercise: %s is not an exercise id; did you mean %s?", q, r.ID)
	}
	return fmt.Errorf("--exercise: unknown exercise %s (corecue exercises lists the ids)", q)
}

// parseExerciseAt reads --at for an exercise: a finite number of seconds
// from 0; the reps repeat, so any later time is a moment of a rep.
func parseExerciseAt(s string) (float64, error) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	switch {
	case err != nil:
		return 0, fmt.Errorf("--at must be a number of seconds, got %q", s)
	case math.IsNaN(v) || math.IsInf(v, 0):
		return 0, fmt.Errorf("--at must be a finite number of seconds, got %q", s)
	case v < 0:
		return 0, fmt.Errorf("--at must not be negative, got %g", v)
	}
	return v, nil
}

// ExerciseFrame paints exercise e at t seconds into its reps, w × h pixels
// on the window's background: the figure the screens draw for it, from the
// same moves.Motion and figure.Render.
func ExerciseFrame(e exercise.Exercise, t float64, w, h int, dark bool, lang string) (image.Image, moves.Motion) {
	pal, cols := colours(dark)
	m := moves.ForExercise(e)
	o := m.Options(m.At(t, moves.TempoOf(e)), float64(w), float64(h))
	o.Words, o.Plural = pictureWords(lang)
	sc := figure.Render(o)
	return raster.Image(sc, w, h, pal, cols.Background), m
}
