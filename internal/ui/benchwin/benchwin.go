// Package benchwin is the yardstick for `make bench`: the least a Fyne window
// can do while animating, a dozen plain shapes moving every frame, shown by
// the hidden `corecue bench-baseline` command. CoreCue's CPU, start-up time
// and memory are reported as ratios to this window run on the same machine
// in the same run, so a slow or busy machine cancels out.
package benchwin

import (
	"errors"
	"flag"
	"fmt"
	"image/color"
	"io"
	"math"
	"os"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// Size is the window size every windowed benchmark uses.
var Size = fyne.NewSize(1280, 800)

// Shapes is how many shapes the scene animates.
const Shapes = 12

// Scene is a dozen shapes (circles, rounded boxes, lines) that sweep across
// their area on a 2-second loop.
type Scene struct {
	objs  []fyne.CanvasObject
	box   *fyne.Container
	anim  *fyne.Animation
	phase float32

	// OnFirstFrame runs once, at the first animation tick.
	OnFirstFrame func()
	ticked       bool
}

// New builds the scene at rest.
func New() *Scene {
	s := &Scene{}
	palette := []color.NRGBA{{0x1f, 0x77, 0xb4, 0xff}, {0xff, 0x7f, 0x0e, 0xff}, {0x2c, 0xa0, 0x2c, 0xff}}
	for i := 0; i < Shapes; i++ {
		c := palette[i%len(palette)]
		switch i % 3 {
		case 0:
			s.objs = append(s.objs, &canvas.Circle{FillColor: c})
		case 1:
			s.objs = append(s.objs, &canvas.Rectangle{FillColor: c, CornerRadius: 12})
		default:
			s.objs = append(s.objs, &canvas.Line{StrokeColor: c, StrokeWidth: 6})
		}
	}
	s.box = container.New(sceneLayout{s}, s.objs...)
	s.anim = &fyne.Animation{
		Duration:    2 * time.Second,
		RepeatCount: fyne.AnimationRepeatForever,
		Curve:       fyne.AnimationLinear,
		Tick:        s.tick,
	}
	return s
}

// Object is the scene's root, to put in a window.
func (s *Scene) Object() fyne.CanvasObject { return s.box }

// Start animates the scene; Stop holds it still.
func (s *Scene) Start() { s.anim.Start() }
func (s *Scene) Stop()  { s.anim.Stop() }

func (s *Scene) tick(p float32) {
	if !s.ticked {
		s.ticked = true
		if s.OnFirstFrame != nil {
			s.OnFirstFrame()
		}
	}
	s.Step(p)
}

// Step places every shape for loop progress p (0..1) and repaints it.
func (s *Scene) Step(p float32) {
	s.phase = p
	s.place(s.box.Size())
	for _, o := range s.objs {
		o.Refresh()
	}
}

// Positions are the shapes' top-left corners (line: first end), for tests.
func (s *Scene) Positions() []fyne.Position {
	out := make([]fyne.Position, len(s.objs))
	for i, o := range s.objs {
		if l, ok := o.(*canvas.Line); ok {
			out[i] = l.Position1
			continue
		}
		out[i] = o.Position()
	}
	return out
}

// place lays the shapes out in a 4x3 grid of cells; each moves round an
// ellipse in its cell, out of step with its neighbours.
func (s *Scene) place(size fyne.Size) {
	const cols, rows = 4, 3
	cw, ch := size.Width/cols, size.Height/rows
	side := float32(math.Min(float64(cw), float64(ch))) * 0.3
	for i, o := range s.objs {
		a := 2 * math.Pi * (float64(s.phase) + float64(i)/Shapes)
		cx := cw*(float32(i%cols)+0.5) + cw*0.25*float32(math.Cos(a))
		cy := ch*(float32(i/cols)+0.5) + ch*0.25*float32(math.Sin(a))
		switch o := o.(type) {
		case *canvas.Line:
			dx, dy := side*float32(math.Cos(2*a)), side*float32(math.Sin(2*a))
			o.Position1, o.Position2 = fyne.NewPos(cx-dx, cy-dy), fyne.NewPos(cx+dx, cy+dy)
		default:
			o.Move(fyne.NewPos(cx-side/2, cy-side/2))
			o.Resize(fyne.NewSquareSize(side))
		}
	}
}

type sceneLayout struct{ s *Scene }

func (l sceneLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) { l.s.place(size) }
func (l sceneLayout) MinSize([]fyne.CanvasObject) fyne.Size        { return fyne.NewSize(200, 150) }

// Options are the bench-baseline command's flags.
type Options struct {
	Seconds float64 // how long the window stays open; 0 means until closed
	Still   bool    // draw the shapes once and never move them
}

// ParseArgs reads `[--seconds N] [--still]`.
func ParseArgs(args []string) (Options, error) {
	var o Options
	fs := flag.NewFlagSet("bench-baseline", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Float64Var(&o.Seconds, "seconds", 30, "seconds before the window closes itself (0: stay open)")
	fs.BoolVar(&o.Still, "still", false, "a still window: no animation")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return o, errors.New("usage: corecue bench-baseline [--seconds N] [--still]")
		}
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if math.IsNaN(o.Seconds) || o.Seconds < 0 || o.Seconds > 24*3600 {
		return o, fmt.Errorf("--seconds must be 0–86400, got %v", o.Seconds)
	}
	return o, nil
}

// Run is `corecue bench-baseline`: it shows the scene in a 1280x800 window
// of the app newApp makes, animated unless --still, and quits after
// --seconds. With CORECUE_BENCH_LOG=FILE it appends "first WALL_NS" at the
// first frame, as the practice screen does.
func Run(newApp func() fyne.App, args []string, stderr io.Writer) int {
	opt, err := ParseArgs(args)
	if err != nil {
		fmt.Fprintln(stderr, "corecue bench-baseline: "+err.Error())
		return 2
	}
	a := newApp()
	w := a.NewWindow("CoreCue baseline")
	w.Resize(Size)
	s := New()
	if path := os.Getenv("CORECUE_BENCH_LOG"); path != "" {
		s.OnFirstFrame = func() { logFirst(path, stderr) }
	}
	w.SetContent(s.Object())
	if !opt.Still {
		s.Start()
	}
	if opt.Seconds > 0 {
		time.AfterFunc(time.Duration(opt.Seconds*float64(time.Second)), func() { fyne.Do(a.Quit) })
	}
	w.ShowAndRun()
	return 0
}

func logFirst(path string, stderr io.Writer) {
	line := "first " + strconv.FormatInt(time.Now().UnixNano(), 10) + "\n"
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o644)
	if err == nil {
		_, err = f.WriteString(line)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(stderr, "corecue bench-baseline: CORECUE_BENCH_LOG: "+err.Error())
	}
}
