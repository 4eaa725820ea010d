package handout

import (
	"bytes"
	"fmt"
	"image"
	"image/png"

	"codeberg.org/go-pdf/fpdf"

	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/i18n"
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
	d.multi(d.width, 8, i18n.In(d.in.Lang, "Your progress"), "L")
	d.pdf.SetTextColor(0, 0, 0)
	list := p.Sessions
	first := list[0].Started
	d.para(i18n.NIn(d.in.Lang, "%d sessions recorded, the first on %s.", len(list), i18n.DateIn(d.in.Lang, first, i18n.DayYear))+" "+
		i18n.NIn(d.in.Lang, "Goal: %d sessions a week.", goal)+" "+
		i18n.In(d.in.Lang, "Pain is your own rating, 0 (none) to 10 (worst)."), "", 10, lineBody)
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

// sessionCols are the session table's column widths, in the order of
// sessionTitles.
var sessionCols = []float64{34, 46, 22, 24, 22, 22}

// sessionTitles are the session table's column titles in lang.
func sessionTitles(lang string) []string {
	return []string{i18n.In(lang, "Date"), i18n.In(lang, "Plan or drill"), i18n.In(lang, "Sets done"),
		i18n.In(lang, "Vacuum reps"), i18n.In(lang, "Pain before"), i18n.In(lang, "Pain after")}
}

func (d *doc) sessionTable(list []hist.Session) {
	d.heading(i18n.In(d.in.Lang, "Sessions"))
	from := max(0, len(list)-progressRows)
	if from > 0 {
		d.para(i18n.FIn(d.in.Lang, "The latest %d of %d sessions.", progressRows, len(list)), "I", 9, lineSmall)
	}
	row := func(cells []string, style string) {
		d.font(style, 9)
		d.ensure(6)
		d.pdf.SetX(margin)
		for i, w := range sessionCols {
			d.cell(w, 6, jsonfile.Clip(cells[i], 29), "B", 0, "L", false)
		}
		d.pdf.Ln(-1)
	}
	row(sessionTitles(d.in.Lang), "B")
	for i := len(list) - 1; i >= from; i-- {
		s := list[i]
		name, sets := s.Name, "-"
		if s.Kind == hist.Drill {
			name = i18n.FIn(d.in.Lang, "Practice: %s", s.Name)
		} else {
			done, planned := s.Sets()
			sets = i18n.FIn(d.in.Lang, "%d of %d", done, planned)
		}
		vac := "-"
		if s.VacuumPlanned > 0 {
			vac = i18n.FIn(d.in.Lang, "%d of %d", s.VacuumReps, s.VacuumPlanned)
		}
		row([]string{i18n.DateIn(d.in.Lang, s.Started, i18n.WeekdayYear), name, sets, vac,
			painText(s.PainBefore), painText(s.PainAfter)}, "")
	}
}

func painText(n int) string {
	if n < 0 {
		return "-"
	}
	return fmt.Sprintf("%d", n)
}
