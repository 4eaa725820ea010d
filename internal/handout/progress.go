package handout

import (
	"bytes"
	"fmt"
	"image"
	"image/png"

	"codeberg.org/go-pdf/fpdf"

	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/jsonfile"
)

// Progress is the person's recorded sessions for the progress page. With
// no sessions there is no page.
type Progress struct {
	Sessions []hist.Session // oldest first, workouts and practice drills
	Goal     int            // sessions per week; 0 means the default
}

// progressRows is how many of the latest sessions the table lists: one page.
const progressRows = 20

// Chart size in pixels: sharp at print size (half the text width each).
const chartPxW, chartPxH = 900, 450

// progress adds a page with the weekly, pain and vacuum charts and a table
// of the latest sessions, planned against done.
func (d *doc) progress() {
	p := d.in.Progress
	if p == nil || len(p.Sessions) == 0 {
		return
	}
	goal := p.Goal
	if goal < hist.MinGoal || goal > hist.MaxGoal {
		goal = hist.DefaultGoal
	}
	d.pdf.AddPage()
	d.font("B", 16)
	d.pdf.SetTextColor(30, 60, 90)
	d.multi(d.width, 8, "Your progress", "L")
	d.pdf.SetTextColor(0, 0, 0)
	list := p.Sessions
	d.para(fmt.Sprintf("%s recorded, the first on %s. Goal: %s a week. Pain is your own rating, 0 (none) to 10 (worst).",
		hist.Count(len(list), "session", "sessions"), list[0].Started.Format("2 January 2006"), hist.Count(goal, "session", "sessions")), "", 10, lineBody)
	d.pdf.Ln(2)

	sz := hist.Size{W: chartPxW, H: chartPxH, Scale: 2}
	lines := hist.Lines(list)
	weeks := hist.PerWeek(list, 8, d.in.Date)
	var charts []image.Image
	var failed []string
	add := func(name string, img image.Image, err error) {
		if err == nil {
			charts = append(charts, img)
		} else if err != hist.ErrNoData {
			failed = append(failed, name+": "+err.Error())
		}
	}
	img, err := hist.WeekChart(weeks, goal, hist.LightPalette, sz)
	add("sessions per week", img, err)
	img, err = hist.PainChart(lines, hist.LightPalette, sz)
	add("pain", img, err)
	img, err = hist.VacuumChart(lines, hist.LightPalette, sz)
	add("vacuum", img, err)
	for _, f := range failed {
		d.info.Warnings = append(d.info.Warnings, "progress chart left out: "+f)
	}
	const gap = 4.0
	w := (d.width - gap) / 2
	h := w * chartPxH / chartPxW
	for i, c := range charts {
		var buf bytes.Buffer
		if err := png.Encode(&buf, c); err != nil {
			d.info.Warnings = append(d.info.Warnings, "progress chart left out: "+err.Error())
			continue
		}
		name := fmt.Sprintf("progress-chart-%d", i)
		d.pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "PNG"}, &buf)
		if i%2 == 0 {
			d.ensure(h + 2)
		}
		y := d.pdf.GetY()
		x := margin + float64(i%2)*(w+gap)
		d.pdf.ImageOptions(name, x, y, w, h, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
		if i%2 == 1 || i == len(charts)-1 {
			d.pdf.SetXY(margin, y+h+2)
		}
	}
	d.sessionTable(list)
}

var sessionCols = []struct {
	title string
	w     float64
}{{"Date", 34}, {"Plan or drill", 46}, {"Sets done", 22}, {"Vacuum reps", 24}, {"Pain before", 22}, {"Pain after", 22}}

func (d *doc) sessionTable(list []hist.Session) {
	d.heading("Sessions")
	from := max(0, len(list)-progressRows)
	if from > 0 {
		d.para(fmt.Sprintf("The latest %d of %d sessions.", progressRows, len(list)), "I", 9, lineSmall)
	}
	row := func(cells []string, style string) {
		d.font(style, 9)
		d.ensure(6)
		d.pdf.SetX(margin)
		for i, c := range sessionCols {
			d.cell(c.w, 6, jsonfile.Clip(cells[i], 29), "B", 0, "L", false)
		}
		d.pdf.Ln(-1)
	}
	head := make([]string, len(sessionCols))
	for i, c := range sessionCols {
		head[i] = c.title
	}
	row(head, "B")
	for i := len(list) - 1; i >= from; i-- {
		s := list[i]
		name, sets := s.Name, "-"
		if s.Kind == hist.Drill {
			name = "Practice: " + s.Name
		} else {
			done, planned := s.Sets()
			sets = fmt.Sprintf("%d of %d", done, planned)
		}
		vac := "-"
		if s.VacuumPlanned > 0 {
			vac = fmt.Sprintf("%d of %d", s.VacuumReps, s.VacuumPlanned)
		}
		row([]string{s.Started.Format("Mon 2 Jan 2006"), name, sets, vac,
			painText(s.PainBefore), painText(s.PainAfter)}, "")
	}
}

func painText(n int) string {
	if n < 0 {
		return "-"
	}
	return fmt.Sprintf("%d", n)
}
