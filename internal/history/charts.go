package history

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"math"
	"strconv"
	"sync"
	"time"

	"golang.org/x/image/font/opentype"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"

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
	// Font is the TrueType text font the charts are lettered in, so they
	// read like the text around them (the app passes its theme's font);
	// nil means Liberation Sans, which gonum/plot carries.
	Font []byte
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

// chart is a plot with its legend, which is drawn beside the data, not on it.
type chart struct {
	*plot.Plot
	legend plot.Legend
	names  []string // the legend's, to size its column
}

func newPlot(title, ylabel string, pal Palette) *chart {
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
	p.Add(&plotter.Grid{Vertical: draw.LineStyle{Width: 0}, Horizontal: draw.LineStyle{Color: pal.Grid, Width: vg.Points(0.5)}})
	c := &chart{Plot: p, legend: plot.NewLegend()}
	c.legend.TextStyle = p.Legend.TextStyle
	c.legend.Top, c.legend.Left = true, true
	// Room between the entries: at gonum's none their lines touched.
	c.legend.Padding = vg.Points(6)
	fnt := typeface(pal.Font)
	for _, st := range []*text.Style{&p.Title.TextStyle, &c.legend.TextStyle, &p.X.Label.TextStyle, &p.Y.Label.TextStyle,
		&p.X.Tick.Label, &p.Y.Tick.Label} {
		st.Font.Typeface, st.Font.Variant, st.Font.Style, st.Font.Weight = fnt.Typeface, fnt.Variant, fnt.Style, fnt.Weight
	}
	return c
}

// faces are the fonts registered with gonum/plot's font cache, by the
// first byte of their data (a theme's font is one long-lived slice).
var faces struct {
	sync.Mutex
	names map[*byte]font.Font
}

// typeface is the font for ttf, registered once; Liberation Sans when ttf is
// empty or cannot be read.
func typeface(ttf []byte) font.Font {
	sans := font.Font{Typeface: "Liberation", Variant: "Sans"}
	if len(ttf) == 0 {
		return sans
	}
	faces.Lock()
	defer faces.Unlock()
	if f, ok := faces.names[&ttf[0]]; ok {
		return f
	}
	face, err := opentype.Parse(ttf)
	if err != nil {
		return sans
	}
	if faces.names == nil {
		faces.names = map[*byte]font.Font{}
	}
	f := font.Font{Typeface: font.Typeface(fmt.Sprintf("corecue-%d", len(faces.names)))}
	font.DefaultCache.Add(font.Collection{{Font: f, Face: face}})
	faces.names[&ttf[0]] = f
	return f
}

// add puts a plotter on the chart with its legend entry.
func (c *chart) add(name string, thumbs []plot.Thumbnailer, ps ...plot.Plotter) {
	c.Add(ps...)
	c.legend.Add(name, thumbs...)
	c.names = append(c.names, name)
}

func (c *chart) render(sz Size) image.Image {
	if sz.Scale <= 0 {
		sz.Scale = 1
	}
	w := vg.Length(float64(sz.W)/sz.Scale) * vg.Inch / 96
	h := vg.Length(float64(sz.H)/sz.Scale) * vg.Inch / 96
	cv := vgimg.NewWith(vgimg.UseWH(w, h), vgimg.UseDPI(int(96*sz.Scale)), vgimg.UseBackgroundColor(c.BackgroundColor))
	dc := draw.New(cv)
	// The legend gets a column of its own on the right, as wide as its
	// longest name, so it never covers the data nor is cut off.
	lw := c.legend.ThumbnailWidth + vg.Points(12)
	for _, e := range c.names {
		lw = max(lw, c.legend.ThumbnailWidth+c.legend.TextStyle.Width(e)+vg.Points(18))
	}
	c.Draw(draw.Crop(dc, 0, -lw, 0, 0))
	c.legend.YOffs = -vg.Points(28) // below the title's line
	c.legend.Draw(draw.Crop(dc, w-lw+vg.Points(4), 0, 0, 0))
	return cv.Image()
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
func addLine(c *chart, name string, pts []Point, col color.Color, dashed bool, shape draw.GlyphDrawer) error {
	if len(pts) == 0 {
		return nil
	}
	l, s, err := plotter.NewLinePoints(xys(pts))
	if err != nil {
		return err
	}
	l.Color, l.Width = col, vg.Points(2)
	if dashed {
		l.Dashes = []vg.Length{vg.Points(6), vg.Points(3)}
	}
	s.Color, s.Shape, s.Radius = col, shape, vg.Points(3.5)
	c.add(name, []plot.Thumbnailer{l, s}, l, s)
	return nil
}

// timeAxis spans whole days, from the first point's day to the last's, and
// labels each day (or each month, over a long span) once: ticks at a fixed
// time step labelled by date repeated a date several times.
func timeAxis(c *chart, pts []Point) {
	if len(pts) == 0 {
		return
	}
	first, last := pts[0].When, pts[0].When
	for _, p := range pts {
		if p.When.Before(first) {
			first = p.When
		}
		if p.When.After(last) {
			last = p.When
		}
	}
	from, to := Day(first), Day(last).AddDate(0, 0, 1)
	c.X.Min, c.X.Max = float64(from.Unix()), float64(to.Unix())
	c.X.Tick.Marker = dateTicks{loc: first.Location(), months: last.Sub(first) > 300*24*time.Hour}
}

// dateTicks labels days at their middle, or months at their first day.
type dateTicks struct {
	loc    *time.Location
	months bool
}

// maxLabels keeps the labels apart at the chart's width, drawn at three
// quarters of its size beside the sessions list on a small screen.
const maxLabels = 5

func (d dateTicks) Ticks(lo, hi float64) []plot.Tick {
	start := time.Unix(int64(lo), 0).In(d.loc)
	end := time.Unix(int64(hi), 0).In(d.loc)
	var at []time.Time
	if d.months {
		for m := time.Date(start.Year(), start.Month(), 1, 0, 0, 0, 0, d.loc); !m.After(end); m = m.AddDate(0, 1, 0) {
			if !m.Before(start) {
				at = append(at, m)
			}
		}
	} else {
		for day := Day(start); day.Before(end); day = day.AddDate(0, 0, 1) {
			at = append(at, day.Add(12*time.Hour))
		}
	}
	step := (len(at) + maxLabels - 1) / maxLabels
	format := "2 Jan"
	if d.months {
		format = "Jan 2006"
	}
	var out []plot.Tick
	for i, t := range at {
		tk := plot.Tick{Value: float64(t.Unix())}
		if i%max(step, 1) == 0 {
			tk.Label = t.Format(format)
		}
		out = append(out, tk)
	}
	return out
}

// PainChart draws pain before and after each session on the 0-10 scale.
func PainChart(s Series, pal Palette, sz Size) (image.Image, error) {
	p, err := painPlot(s, pal)
	if err != nil {
		return nil, err
	}
	return p.render(sz), nil
}

func painPlot(s Series, pal Palette) (*chart, error) {
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
	p.Y.Min, p.Y.Max = 0, 10
	p.Y.Tick.Marker = plot.ConstantTicks([]plot.Tick{{Value: 0, Label: "0"}, {Value: 2, Label: "2"}, {Value: 4, Label: "4"},
		{Value: 6, Label: "6"}, {Value: 8, Label: "8"}, {Value: 10, Label: "10"}})
	timeAxis(p, append(append([]Point(nil), s.PainBefore...), s.PainAfter...))
	return p, nil
}

// VacuumChart draws the vacuum reps done per session.
func VacuumChart(s Series, pal Palette, sz Size) (image.Image, error) {
	p, err := vacuumPlot(s, pal)
	if err != nil {
		return nil, err
	}
	return p.render(sz), nil
}

func vacuumPlot(s Series, pal Palette) (*chart, error) {
	if len(s.VacuumReps) == 0 {
		return nil, ErrNoData
	}
	p := newPlot("Vacuum reps per session", "reps", pal)
	if err := addLine(p, "vacuum reps", s.VacuumReps, pal.A, false, draw.CircleGlyph{}); err != nil {
		return nil, err
	}
	scaleY(p, s.VacuumReps)
	timeAxis(p, s.VacuumReps)
	return p, nil
}

// HoldChart draws the time held per session, vacuum holds and timed
// exercises together, in seconds or, from three minutes, in minutes. It had
// shared the reps' axis in minutes, where a session's half minute was a
// flat line at the bottom of a 0-5 axis.
func HoldChart(s Series, pal Palette, sz Size) (image.Image, error) {
	p, err := holdPlot(s, pal)
	if err != nil {
		return nil, err
	}
	return p.render(sz), nil
}

func holdPlot(s Series, pal Palette) (*chart, error) {
	if len(s.HoldSeconds) == 0 {
		return nil, ErrNoData
	}
	top := 0.0
	for _, v := range s.HoldSeconds {
		top = max(top, v.Value)
	}
	unit, per := "seconds", 1.0
	if top >= 180 {
		unit, per = "minutes", 60
	}
	pts := make([]Point, len(s.HoldSeconds))
	for i, v := range s.HoldSeconds {
		pts[i] = Point{v.When, v.Value / per}
	}
	p := newPlot("Time held per session", unit, pal)
	if err := addLine(p, unit+" held", pts, pal.B, true, draw.BoxGlyph{}); err != nil {
		return nil, err
	}
	scaleY(p, pts)
	timeAxis(p, pts)
	return p, nil
}

// scaleY runs the y axis from 0 to a round number above the highest point,
// with four to six ticks at a step of 1, 2 or 5 times a power of ten.
func scaleY(p *chart, pts []Point) {
	top := 1.0
	for _, v := range pts {
		top = max(top, v.Value)
	}
	step := 5000.0
	for _, f := range []float64{1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000} {
		if top*1.1 <= 5*f {
			step = f
			break
		}
	}
	p.Y.Min, p.Y.Max = 0, math.Ceil(top*1.1/step)*step
	var ticks []plot.Tick
	for v := 0.0; v <= p.Y.Max+step/2; v += step {
		ticks = append(ticks, plot.Tick{Value: v, Label: strconv.FormatFloat(v, 'f', -1, 64)})
	}
	p.Y.Tick.Marker = plot.ConstantTicks(ticks)
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
		// Every other week is labelled when there are many, counting back
		// from this week, so the dates never run into each other.
		if len(weeks) <= 6 || (len(weeks)-1-i)%2 == 0 {
			names[i] = w.Start.Format("2 Jan")
		}
	}
	bars, err := plotter.NewBarChart(vals, vg.Points(14))
	if err != nil {
		return nil, err
	}
	bars.Color, bars.LineStyle.Color = pal.A, pal.A
	p.add("sessions", []plot.Thumbnailer{bars}, bars)
	goalLine, err := plotter.NewLine(plotter.XYs{{X: -0.5, Y: float64(goal)}, {X: float64(len(weeks)) - 0.5, Y: float64(goal)}})
	if err != nil {
		return nil, err
	}
	goalLine.Color, goalLine.Width, goalLine.Dashes = pal.Goal, vg.Points(2), []vg.Length{vg.Points(6), vg.Points(3)}
	p.add("goal", []plot.Thumbnailer{goalLine}, goalLine)
	p.NominalX(names...)
	p.Y.Min, p.Y.Max = 0, float64(max(goal, maxCount(weeks)))*1.15+0.5
	return p.render(sz), nil
}

func maxCount(ws []WeekCount) int {
	m := 0
	for _, w := range ws {
		m = max(m, w.N)
	}
	return m
}
