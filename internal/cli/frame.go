package cli

import (
	"errors"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"log"
	"math"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/software"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/regfile"
	"github.com/corecue/corecue/internal/ui/diagram"
	"github.com/corecue/corecue/internal/ui/stage"
)

const frameUsage = "usage: corecue frame [--preset vacuum] [--reps N] --at SECONDS [--size WxH] [--theme light|dark] -o FILE.png"

// Frame sizes accepted, in pixels: from a small phone screen to 8K.
const (
	minFrameW, minFrameH = 320, 240
	maxFrameW, maxFrameH = 7680, 4320
)

// Frame implements `corecue frame`: the practice screen's picture at one
// session time, rendered without a display by Fyne's software painter from
// the same stage and pose the live screen uses. Exit 0 when written, 2 for
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
	if err := regfile.Check(*out); err != nil {
		return fail(2, "%v", err)
	}

	img, err := StageFrame(tl, at, w, h, dark)
	if err != nil {
		return fail(1, "%v", err)
	}
	if err := regfile.Write(*out, func(f *os.File) error { return png.Encode(f, img) }); err != nil {
		return fail(2, "%v", err)
	}
	p := tl.Pose(at)
	fmt.Fprintf(stdout, "wrote %s (%dx%d, %s, %s, at %s s)\n", *out, w, h, p.Phase, repWords(p), strconv.FormatFloat(at.Seconds(), 'f', -1, 64))
	return 0
}

func repWords(p breath.Pose) string {
	if s := stage.RepLine(p); s != "" {
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
// caption, reminder) as it stands at session time at, w × h pixels.
func StageFrame(tl *breath.Timeline, at time.Duration, w, h int, dark bool) (image.Image, error) {
	if err := checkRender(tl, w, h); err != nil {
		return nil, err
	}
	renderMu.Lock()
	defer renderMu.Unlock()
	a := headlessApp()
	if a == nil {
		return nil, errors.New("no Fyne app to render with")
	}
	th := variantTheme{theme.DefaultTheme(), variantOf(dark)}
	a.Settings().SetTheme(th)
	st := stage.New()
	st.SetPose(tl.Pose(at))
	c := software.NewCanvas()
	c.SetPadded(false)
	c.SetContent(container.NewStack(canvas.NewRectangle(th.Color(theme.ColorNameBackground, 0)), st.Object()))
	c.Resize(fyne.NewSize(float32(w), float32(h)))
	return c.Capture(), nil
}

// Still renders the corset figure alone at session time at, for printed
// handouts: on white when !dark. Unlike StageFrame it never changes the
// app's theme (it themes the figure through an override), so a running
// window keeps its look; call it on the UI goroutine there.
func Still(tl *breath.Timeline, at time.Duration, w, h int, dark bool) (image.Image, error) {
	if err := checkRender(tl, w, h); err != nil {
		return nil, err
	}
	renderMu.Lock()
	defer renderMu.Unlock()
	if headlessApp() == nil {
		return nil, errors.New("no Fyne app to render with")
	}
	th := variantTheme{theme.DefaultTheme(), variantOf(dark)}
	bg := color.Color(color.White)
	if dark {
		bg = th.Color(theme.ColorNameBackground, 0)
	}
	fig := diagram.New()
	fig.SetPose(tl.Pose(at))
	c := software.NewCanvas()
	c.SetPadded(false)
	c.SetContent(container.NewStack(canvas.NewRectangle(bg), container.NewThemeOverride(fig, th)))
	c.Resize(fyne.NewSize(float32(w), float32(h)))
	return c.Capture(), nil
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

// renderMu serialises headless renders: they share the app's settings.
var renderMu sync.Mutex

// headlessApp returns the running Fyne app, or starts Fyne's in-memory test
// app when there is none (the command line). Fyne logs an error when asked
// for a missing app, and the test app complains about an unset locale; both
// are expected here, so the log is muted while probing. Callers hold renderMu.
func headlessApp() fyne.App {
	out := log.Writer()
	log.SetOutput(io.Discard)
	defer log.SetOutput(out)
	if a := fyne.CurrentApp(); a != nil {
		return a
	}
	return test.NewApp()
}

func variantOf(dark bool) fyne.ThemeVariant {
	if dark {
		return theme.VariantDark
	}
	return theme.VariantLight
}

// variantTheme pins the default theme to one variant whatever the desktop says.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}
