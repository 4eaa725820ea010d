package history

import (
	"errors"
	"image"
	"image/color"
	"math"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Palette is what a chart is drawn with, taken from the app's theme so
// charts read well on a light or a dark background. Lines differ in dash
// pattern and marker shape as well as colour, so they are told apart
// without colour vision.
type Palette struct {
	Background, Foreground, Grid color.Color
	A, B                         color.Color // the two series
	Goal                         color.Color
}

// LightPalette and DarkPalette suit the two themes when the caller has
// none of its own (the handout uses LightPalette).
var (
	LightPalette = Palette{Background: color.White, Foreground: color.NRGBA{0x20, 0x20, 0x20, 0xff},
		Grid: color.NRGBA{0xd0, 0xd0, 0xd0, 0xff}, A: color.NRGBA{0x1f, 0x5f, 0xbf, 0xff},
		B: color.NRGBA{0xc0, 0x4a, 0x10, 0xff}, Goal: color.NRGBA{0x2e, 0x7d, 0x32, 0xff}}
	DarkPalette = Palette{Background: color.NRGBA{0x17, 0x17, 0x18, 0xff}, Foreground: color.NRGBA{0xf0, 0xf0, 0xf0, 0xff},
		Grid: color.NRGBA{0x45, 0x45, 0x48, 0xff}, A: color.NRGBA{0x6f, 0xb1, 0xff, 0xff},
		B: color.NRGBA{0xff, 0x9a, 0x5c, 0xff}, Goal: color.NRGBA{0x81, 0xc7, 0x84, 0xff}}
)

// ErrNoData means there is nothing to draw yet.
var ErrNoData = errors.New("no sessions to chart yet")

// Size is a chart's size in pixels at the given scale.
type Size struct {
	W, H  int
	Scale float64 // device pixels per point: 1 normally, 2 on a HiDPI screen
}

func newPlot(title, ylabel string, pal Palette) *plot.Plot {
	p := plot.New()
	p.Title.Text = title
	p.Y.Label.Text = ylabel
	p.BackgroundColor = pal.Background
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Color = pal.Foreground
		ax.Label.TextStyle.Color = pal.Foreground
		ax.Tick.Color = pal.Foreground
		ax.Tick.Label.Color = pal.Foreground
	}
	p.Title.TextStyle.Color = pal.Foreground
	p.Legend.TextStyle.Color = pal.Foreground
	// Larger than gonum's defaults: the chart sits among body text on screen.
	p.Title.TextStyle.Font.Size = vg.Points(15)
	p.Legend.TextStyle.Font.Size = vg.Points(12)
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Label.TextStyle.Font.Size = vg.Points(12)
		ax.Tick.Label.Font.Size = vg.Points(11)
	}
	p.Legend.Top = true
	p.Add(&plotter.Grid{Vertical: draw.LineStyle{Width: 0}, Horizontal: draw.LineStyle{Color: pal.Grid, Width: vg.Points(0.5)}})
	return p
}

func render(p *plot.Plot, sz Size) image.Image {
	if sz.Scale <= 0 {
		sz.Scale = 1
	}
	w := vg.Length(float64(sz.W)/sz.Scale) * vg.Inch / 96
	h := vg.Length(float64(sz.H)/sz.Scale) * vg.Inch / 96
	c := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(int(96*sz.Scale)), vgimg.UseBackgroundColor(p.BackgroundColor))
	p.Draw(draw.New(c))
	return c.Image()
}

func xys(pts []Point) plotter.XYs {
	out := make(plotter.XYs, len(pts))
	for i, p := range pts {
		out[i].X, out[i].Y = float64(p.When.Unix()), p.Value
	}
	return out
}

// addLine adds a line with markers; dashed lines and different marker shapes
// keep the two series apart in print and for colour-blind readers.
func addLine(p *plot.Plot, name string, pts []Point, c color.Color, dashed bool, shape draw.GlyphDrawer) error {
	if len(pts) == 0 {
		return nil
	}
	l, s, err := plotter.NewLinePoints(xys(pts))
	if err != nil {
		return err
	}
	l.Color, l.Width = c, vg.Points(2)
	if dashed {
		l.Dashes = []vg.Length{vg.Points(6), vg.Points(3)}
	}
	s.Color, s.Shape, s.Radius = c, shape, vg.Points(3.5)
	p.Add(l, s)
	p.Legend.Add(name, l, s)
	return nil
}

func timeAxis(p *plot.Plot, pts []Point) {
	format := "2 Jan"
	if len(pts) > 1 && pts[len(pts)-1].When.Sub(pts[0].When) > 300*24*time.Hour {
		format = "Jan 2006"
	}
	p.X.Tick.Marker = plot.TimeTicks{Format: format, Time: func(v float64) time.Time { return time.Unix(int64(v), 0) }}
	if len(pts) == 1 {
		// One point: widen the axis a day each side so it has a span.
		x := float64(pts[0].When.Unix())
		p.X.Min, p.X.Max = x-86400, x+86400
	}
}

// PainChart draws pain before and after each session on the 0-10 scale.
func PainChart(s Series, pal Palette, sz Size) (image.Image, error) {
	if len(s.PainBefore) == 0 && len(s.PainAfter) == 0 {
		return nil, ErrNoData
	}
	p := newPlot("Pain before and after (0-10)", "pain", pal)
	if err := addLine(p, "before", s.PainBefore, pal.A, false, draw.CircleGlyph{}); err != nil {
		return nil, err
	}
	if err := addLine(p, "after", s.PainAfter, pal.B, true, draw.TriangleGlyph{}); err != nil {
		return nil, err
	}
	p.Y.Min, p.Y.Max = 0, 12.5 // headroom above 10 keeps the legend off the data
	timeAxis(p, append(append([]Point(nil), s.PainBefore...), s.PainAfter...))
	return render(p, sz), nil
}

// VacuumChart draws vacuum reps done and seconds held per session.
func VacuumChart(s Series, pal Palette, sz Size) (image.Image, error) {
	if len(s.VacuumReps) == 0 && len(s.HoldSeconds) == 0 {
		return nil, ErrNoData
	}
	p := newPlot("Vacuum reps and minutes held", "", pal)
	if err := addLine(p, "vacuum reps", s.VacuumReps, pal.A, false, draw.CircleGlyph{}); err != nil {
		return nil, err
	}
	// Seconds run far higher than reps: show them in minutes to share the axis.
	mins := make([]Point, len(s.HoldSeconds))
	for i, v := range s.HoldSeconds {
		mins[i] = Point{v.When, v.Value / 60}
	}
	if err := addLine(p, "minutes held", mins, pal.B, true, draw.BoxGlyph{}); err != nil {
		return nil, err
	}
	top := 1.0
	for _, v := range append(append([]Point(nil), s.VacuumReps...), mins...) {
		top = max(top, v.Value)
	}
	// Headroom keeps the legend off the data; a multiple of 5 keeps ticks whole.
	p.Y.Min, p.Y.Max = 0, math.Ceil(top*1.4/5)*5
	timeAxis(p, append(append([]Point(nil), s.VacuumReps...), mins...))
	return render(p, sz), nil
}

// WeekChart draws sessions per week as bars with the goal as a line.
func WeekChart(weeks []WeekCount, goal int, pal Palette, sz Size) (image.Image, error) {
	if len(weeks) == 0 {
		return nil, ErrNoData
	}
	p := newPlot("Sessions per week", "sessions", pal)
	vals := make(plotter.Values, len(weeks))
	names := make([]string, len(weeks))
	for i, w := range weeks {
		vals[i] = float64(w.N)
		names[i] = w.Start.Format("2 Jan")
	}
	bars, err := plotter.NewBarChart(vals, vg.Points(14))
	if err != nil {
		return nil, err
	}
	bars.Color, bars.LineStyle.Color = pal.A, pal.A
	p.Add(bars)
	p.Legend.Add("sessions", bars)
	goalLine, err := plotter.NewLine(plotter.XYs{{X: -0.5, Y: float64(goal)}, {X: float64(len(weeks)) - 0.5, Y: float64(goal)}})
	if err != nil {
		return nil, err
	}
	goalLine.Color, goalLine.Width, goalLine.Dashes = pal.Goal, vg.Points(2), []vg.Length{vg.Points(6), vg.Points(3)}
	p.Add(goalLine)
	p.Legend.Add("goal", goalLine)
	p.NominalX(names...)
	p.Y.Min, p.Y.Max = 0, float64(max(goal, maxCount(weeks)))*1.4+0.5
	return render(p, sz), nil
}

func maxCount(ws []WeekCount) int {
	m := 0
	for _, w := range ws {
		m = max(m, w.N)
	}
	return m
}
