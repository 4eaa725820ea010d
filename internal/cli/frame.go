package cli

import (
	"errors"
	"flag"
	"fmt"
	"image"
	"image/png"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/figure/raster"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/jsonfile"
	"github.com/corecue/corecue/internal/regfile"
)

const frameUsage = "usage: corecue frame [--preset vacuum] [--reps N] --at SECONDS [--position lying|kneeling|sitting|standing] [--view all|side|front|section] [--size WxH] [--theme light|dark] [--lang CODE] -o FILE.png\n" +
	"       corecue frame --exercise ID --at SECONDS [--size WxH] [--theme light|dark] [--lang CODE] -o FILE.png"

// Frame sizes accepted, in pixels: from a small phone screen to 8K.
const (
	minFrameW, minFrameH = 320, 240
	maxFrameW, maxFrameH = 7680, 4320
)

// frameOpts are the flags of `corecue frame` as given.
type frameOpts struct {
	preset, at, size, theme, position, view, out string
	exercise                                     string
	lang                                         string
	reps                                         int
	// set names the flags the person gave: --at is required, and --reps
	// left out means the preset's reps.
	set map[string]bool
}

// frameJob is one picture to paint, its flags checked.
type frameJob struct {
	tl   *breath.Timeline
	at   time.Duration
	pos  breath.Position
	view figure.View
	w, h int
	dark bool
	lang string
}

// Frame implements `corecue frame`: the practice screen's picture at one
// session time, painted without a display from the same figure geometry
// and pose the live screen uses. Exit 0 when written, 2 for
// bad input (one line on stderr naming it), 1 if rendering itself fails.
func Frame(args []string, stdout, stderr io.Writer) int {
	fail := func(code int, err error) int {
		fmt.Fprintf(stderr, "corecue frame: %v\n", err)
		return code
	}
	o, code, ok := parseFrame(args, stdout, stderr)
	if !ok {
		return code
	}
	if o.set["exercise"] {
		return exerciseFrame(o, stdout, stderr)
	}
	j, err := o.job()
	if err != nil {
		return fail(2, err)
	}
	img, err := StageFrame(j.tl, j.at, j.pos, j.view, j.w, j.h, j.dark, j.lang)
	if err != nil {
		return fail(1, err)
	}
	if err := regfile.Write(o.out, func(f *os.File) error { return png.Encode(f, img) }); err != nil {
		return fail(2, err)
	}
	p := j.tl.Pose(j.at)
	fmt.Fprintf(stdout, "wrote %s (%dx%d, %s, %s view, %s, %s, at %s s)\n", o.out, j.w, j.h, j.pos, j.view, p.Phase, repWords(p), strconv.FormatFloat(j.at.Seconds(), 'f', -1, 64))
	return 0
}

// parseFrame reads frame's flags; when ok is false Frame returns code.
func parseFrame(args []string, stdout, stderr io.Writer) (o frameOpts, code int, ok bool) {
	fs := newFlags("corecue frame", frameUsage)
	fs.StringVar(&o.preset, "preset", "vacuum", "drill preset: vacuum, drawing-in or taster")
	fs.IntVar(&o.reps, "reps", 0, "number of reps (1-100)")
	fs.StringVar(&o.at, "at", "", "session time in seconds")
	fs.StringVar(&o.size, "size", "1280x800", "picture size WxH in pixels")
	fs.StringVar(&o.theme, "theme", "light", "light or dark")
	fs.StringVar(&o.position, "position", "lying", "lying, kneeling, sitting or standing")
	fs.StringVar(&o.view, "view", "all", "all, side, front or section")
	fs.StringVar(&o.out, "o", "", "PNG file to write")
	fs.StringVar(&o.exercise, "exercise", "", "an exercise's id (see corecue exercises): its posed figure instead of the drill")
	fs.StringVar(&o.lang, "lang", i18n.Source, "language of the picture's words: "+strings.Join(i18n.Default().Codes(), ", "))
	if _, code, ok := parse(fs, args, 0, stdout, stderr); !ok {
		return o, code, false
	}
	o.set = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { o.set[f.Name] = true })
	return o, 0, true
}

// job checks the flags in the order a person reads the usage line and turns
// them into the picture to paint; the first problem is the one named.
func (o frameOpts) job() (frameJob, error) {
	var j frameJob
	if err := o.checkGiven(); err != nil {
		return j, err
	}
	d, err := breath.Preset(o.preset, o.reps)
	if err != nil {
		return j, fmt.Errorf("--preset: %v", err)
	}
	if j.tl, err = breath.New(d); err != nil {
		return j, err
	}
	if j.at, err = parseAt(o.at, j.tl.Total); err != nil {
		return j, err
	}
	if j.w, j.h, err = parseSize(o.size); err != nil {
		return j, err
	}
	if j.dark, err = parseTheme(o.theme); err != nil {
		return j, err
	}
	if j.pos, err = breath.ParsePosition(o.position); err != nil {
		return j, fmt.Errorf("--position: %v", err)
	}
	if j.view, err = figure.ParseView(o.view); err != nil {
		return j, fmt.Errorf("--view: %v", err)
	}
	if err := checkLang(o.lang); err != nil {
		return j, err
	}
	j.lang = o.lang
	return j, regfile.Check(o.out)
}

// checkGiven asks for the output file and the session time, and keeps
// --reps, when given, within the drill's range.
func (o frameOpts) checkGiven() error {
	switch {
	case o.out == "":
		return errors.New("no output file: add -o FILE.png")
	case !o.set["at"]:
		return errors.New("no session time: add --at SECONDS")
	case o.set["reps"] && (o.reps < breath.MinReps || o.reps > breath.MaxReps):
		return fmt.Errorf("--reps must be %d–%d, got %d", breath.MinReps, breath.MaxReps, o.reps)
	}
	return nil
}

// parseTheme reads --theme: true for dark.
func parseTheme(s string) (bool, error) {
	switch strings.ToLower(s) {
	case "light":
		return false, nil
	case "dark":
		return true, nil
	}
	return false, fmt.Errorf("--theme must be light or dark, got %q", s)
}

func repWords(p breath.Pose) string {
	if s := figure.RepLine(p); s != "" {
		return strings.ToLower(s[:1]) + s[1:]
	}
	return "no rep"
}

// parseAt reads --at: a finite number of seconds from 0 to the drill's end.
func parseAt(s string, total time.Duration) (time.Duration, error) {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		return 0, fmt.Errorf("--at must be a number of seconds, got %q", s)
	}
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return 0, fmt.Errorf("--at must be a finite number of seconds, got %q", s)
	case v < 0:
		return 0, fmt.Errorf("--at must not be negative, got %g", v)
	case v > total.Seconds():
		return 0, fmt.Errorf("--at %g is past the end of the drill (%g s)", v, total.Seconds())
	}
	return time.Duration(math.Round(v * float64(time.Second))), nil
}

// parseSize reads --size as WxH within the accepted range.
func parseSize(s string) (int, int, error) {
	ws, hs, ok := strings.Cut(strings.ToLower(strings.TrimSpace(s)), "x")
	w, errW := strconv.Atoi(ws)
	h, errH := strconv.Atoi(hs)
	if !ok || errW != nil || errH != nil {
		return 0, 0, fmt.Errorf("--size must be WIDTHxHEIGHT in pixels, such as 1280x800, got %q", s)
	}
	if w < minFrameW || h < minFrameH || w > maxFrameW || h > maxFrameH {
		return 0, 0, fmt.Errorf("--size %dx%d is out of range (%dx%d to %dx%d)", w, h, minFrameW, minFrameH, maxFrameW, maxFrameH)
	}
	return w, h, nil
}

// StageFrame renders the practice stage (figure, title, rep, countdown,
// caption, reminder) as it stands at session time at, w × h pixels, in
// position pos and view v, in language lang: the same figure geometry the
// screen draws, painted without a display.
func StageFrame(tl *breath.Timeline, at time.Duration, pos breath.Position, v figure.View, w, h int, dark bool, lang string) (image.Image, error) {
	if err := checkRender(tl, w, h); err != nil {
		return nil, err
	}
	pal, cols := colours(dark)
	o := figure.Options{Position: pos, View: v}
	o.Words, o.Plural = pictureWords(lang)
	return raster.Stage(tl.Pose(at), o, w, h, pal, cols, ""), nil
}

// Still renders the figure alone at session time at, side view, lying, for
// printed handouts: on white when !dark, with labels sized for print.
func Still(tl *breath.Timeline, at time.Duration, w, h int, dark bool) (image.Image, error) {
	return stillIn(tl, at, w, h, dark, i18n.Source)
}

// stillIn is Still with the labels in language lang.
func stillIn(tl *breath.Timeline, at time.Duration, w, h int, dark bool, lang string) (image.Image, error) {
	if err := checkRender(tl, w, h); err != nil {
		return nil, err
	}
	pal, cols := colours(dark)
	o := figure.Options{Position: breath.Lying, View: figure.ViewSide, Pose: tl.Pose(at),
		W: float64(w), H: float64(h), LabelPx: PrintLabelPx(w, h)}
	o.Words, o.Plural = pictureWords(lang)
	sc := figure.Render(o)
	return raster.Image(sc, w, h, pal, cols.Background), nil
}

// pictureWords are the lookups that put a picture's words into lang, for
// figure.Options.
func pictureWords(lang string) (words func(string) string, counted func(string, int) string) {
	if lang == i18n.Source || i18n.NeedsShaping(lang) {
		// The painter cannot shape such a script: English (see
		// diagram.FigureWords).
		return nil, nil
	}
	return func(s string) string { return i18n.In(lang, s) },
		func(other string, n int) string { return i18n.NIn(lang, other, n) }
}

// checkLang refuses a --lang that names no language CoreCue has.
func checkLang(code string) error {
	if !i18n.Default().Has(code) {
		return fmt.Errorf("--lang %s: use one of %s", jsonfile.Quote(code, 20), strings.Join(i18n.Default().Codes(), ", "))
	}
	return nil
}

// PrintLabelPx is the label size for a picture printed w × h pixels (see
// figure.PrintLabelSize).
func PrintLabelPx(w, h int) float64 { return figure.PrintLabelSize(w, h) }

// colours are the figure's palette and the window's own background and
// text colours for a theme.
func colours(dark bool) (*figure.Palette, raster.StageColours) {
	cols := raster.WindowColours(dark)
	return figure.For(cols.Background), cols
}

func checkRender(tl *breath.Timeline, w, h int) error {
	if tl == nil {
		return errors.New("no drill to render")
	}
	if w < 1 || h < 1 || w > maxFrameW || h > maxFrameH {
		return fmt.Errorf("picture size %dx%d is out of range (1x1 to %dx%d)", w, h, maxFrameW, maxFrameH)
	}
	return nil
}
