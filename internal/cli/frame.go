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
	"github.com/corecue/corecue/internal/regfile"
)

const frameUsage = "usage: corecue frame [--preset vacuum] [--reps N] --at SECONDS [--position lying|kneeling|sitting|standing] [--view all|side|front|section] [--size WxH] [--theme light|dark] -o FILE.png"

// Frame sizes accepted, in pixels: from a small phone screen to 8K.
const (
	minFrameW, minFrameH = 320, 240
	maxFrameW, maxFrameH = 7680, 4320
)

// Frame implements `corecue frame`: the practice screen's picture at one
// session time, painted without a display from the same figure geometry
// and pose the live screen uses. Exit 0 when written, 2 for
// bad input (one line on stderr naming it), 1 if rendering itself fails.
func Frame(args []string, stdout, stderr io.Writer) int {
	fail := func(code int, format string, a ...any) int {
		fmt.Fprintf(stderr, "corecue frame: "+format+"\n", a...)
		return code
	}
	fs := newFlags("corecue frame", frameUsage)
	preset := fs.String("preset", "vacuum", "drill preset: vacuum or taster")
	reps := fs.Int("reps", 0, "number of reps (1-100)")
	atText := fs.String("at", "", "session time in seconds")
	sizeText := fs.String("size", "1280x800", "picture size WxH in pixels")
	themeName := fs.String("theme", "light", "light or dark")
	posName := fs.String("position", "lying", "lying, kneeling, sitting or standing")
	viewName := fs.String("view", "all", "all, side, front or section")
	out := fs.String("o", "", "PNG file to write")
	if _, code, ok := parse(fs, args, 0, stdout, stderr); !ok {
		return code
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })

	if *out == "" {
		return fail(2, "no output file: add -o FILE.png")
	}
	if !set["at"] {
		return fail(2, "no session time: add --at SECONDS")
	}
	if set["reps"] && (*reps < breath.MinReps || *reps > breath.MaxReps) {
		return fail(2, "--reps must be %d–%d, got %d", breath.MinReps, breath.MaxReps, *reps)
	}
	d, err := breath.Preset(*preset, *reps)
	if err != nil {
		return fail(2, "--preset: %v", err)
	}
	tl, err := breath.New(d)
	if err != nil {
		return fail(2, "%v", err)
	}
	at, err := parseAt(*atText, tl.Total)
	if err != nil {
		return fail(2, "%v", err)
	}
	w, h, err := parseSize(*sizeText)
	if err != nil {
		return fail(2, "%v", err)
	}
	var dark bool
	switch strings.ToLower(*themeName) {
	case "light":
	case "dark":
		dark = true
	default:
		return fail(2, "--theme must be light or dark, got %q", *themeName)
	}
	pos, err := breath.ParsePosition(*posName)
	if err != nil {
		return fail(2, "--position: %v", err)
	}
	view, err := figure.ParseView(*viewName)
	if err != nil {
		return fail(2, "--view: %v", err)
	}
	if err := regfile.Check(*out); err != nil {
		return fail(2, "%v", err)
	}

	img, err := StageFrame(tl, at, pos, view, w, h, dark)
	if err != nil {
		return fail(1, "%v", err)
	}
	if err := regfile.Write(*out, func(f *os.File) error { return png.Encode(f, img) }); err != nil {
		return fail(2, "%v", err)
	}
	p := tl.Pose(at)
	fmt.Fprintf(stdout, "wrote %s (%dx%d, %s, %s view, %s, %s, at %s s)\n", *out, w, h, pos, view, p.Phase, repWords(p), strconv.FormatFloat(at.Seconds(), 'f', -1, 64))
	return 0
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
// position pos and view v: the same figure geometry the screen draws,
// painted without a display.
func StageFrame(tl *breath.Timeline, at time.Duration, pos breath.Position, v figure.View, w, h int, dark bool) (image.Image, error) {
	if err := checkRender(tl, w, h); err != nil {
		return nil, err
	}
	pal, cols := colours(dark)
	o := figure.Options{Position: pos, View: v}
	return raster.Stage(tl.Pose(at), o, w, h, pal, cols, ""), nil
}

// Still renders the figure alone at session time at, side view, lying, for
// printed handouts: on white when !dark, with labels sized for print.
func Still(tl *breath.Timeline, at time.Duration, w, h int, dark bool) (image.Image, error) {
	if err := checkRender(tl, w, h); err != nil {
		return nil, err
	}
	pal, cols := colours(dark)
	sc := figure.Render(figure.Options{Position: breath.Lying, View: figure.ViewSide, Pose: tl.Pose(at),
		W: float64(w), H: float64(h), LabelPx: PrintLabelPx(w, h)})
	return raster.Image(sc, w, h, pal, cols.Background), nil
}

// PrintLabelPx is the label size for a picture printed w × h pixels: about
// a twentieth of its height, which at the handout's 8.8 cm width is 8-point
// type.
func PrintLabelPx(w, h int) float64 {
	return max(figure.MinLabelPx, min(float64(h)/20, float64(w)/28))
}

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
