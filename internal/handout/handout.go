// Package handout lays out a plan, its back-risk flags with their sources,
// the stomach-vacuum drill and the clinic's contact as a printable A4 PDF.
// It draws nothing itself: the diagram stills come from a renderer the
// caller passes in, so the handout shows exactly what the practice screen
// shows.
package handout

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"slices"
	"strings"
	"time"

	"codeberg.org/go-pdf/fpdf"

	"github.com/corecue/corecue/internal/clinic"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/libtext"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/regfile"
	"github.com/corecue/corecue/internal/risk"
)

// Renderer draws the vacuum diagram at a moment of the default vacuum drill
// as an image of w×h pixels, its labels in language lang.
type Renderer func(atSeconds float64, w, h int, lang string) (image.Image, error)

// Input is everything a handout shows.
type Input struct {
	Assessed plan.Assessed
	Clinic   *clinic.Contact // nil: no clinic configured
	Diagram  Renderer        // nil: the drill is described in words only
	Date     time.Time       // printed on the handout; zero means today
	Progress *Progress       // nil or no sessions: no progress page
	Lang     string          // the handout's language (internal/i18n); "" is English
}

// Info reports what went into the PDF.
type Info struct {
	Pages    int
	Stills   int      // diagram pictures included
	Poses    int      // exercise pictures drawn (each once, however often it is shown)
	Warnings []string // things left out, each one line
}

// Still size requested from the renderer, in pixels: sharp at over 300 dpi
// across the ~88 mm each still gets, two to a row.
const stillW, stillH = 1320, 900

// Write renders the handout to path whole or not at all (see regfile).
func Write(path string, in Input) (Info, error) {
	var buf bytes.Buffer
	info, err := Render(&buf, in)
	if err != nil {
		return Info{}, err
	}
	if err := regfile.Write(path, regfile.Bytes(buf.Bytes())); err != nil {
		return Info{}, err
	}
	return info, nil
}

// Render writes the handout PDF to w.
func Render(w io.Writer, in Input) (Info, error) {
	if in.Assessed.Library == nil {
		return Info{}, errors.New("handout: the plan has not been assessed")
	}
	if len(in.Assessed.Result.Items) != len(in.Assessed.Resolved) {
		return Info{}, errors.New("handout: assessment and plan items do not match")
	}
	if in.Date.IsZero() {
		in.Date = time.Now()
	}
	f, err := loadFonts()
	if err != nil {
		return Info{}, err
	}
	var warnings []string
	if i18n.NeedsShaping(in.Lang) {
		name := in.Lang
		if l, ok := i18n.Lookup(in.Lang); ok {
			name = l.English
		}
		warnings = append(warnings, fmt.Sprintf("the PDF cannot set %s text correctly (its letters join and reorder), so the handout is in English", name))
		in.Lang = i18n.Source
	}
	d := newDoc(in, f)
	d.info.Warnings = append(d.info.Warnings, warnings...)
	d.header()
	d.table()
	d.flags()
	d.poses()
	d.vacuum()
	d.safety()
	d.contact()
	d.sources()
	d.progress()
	if err := d.pdf.Error(); err != nil {
		return Info{}, fmt.Errorf("handout: %w", err)
	}
	d.info.Pages = d.pdf.PageCount()
	if err := d.pdf.Output(w); err != nil {
		return Info{}, fmt.Errorf("handout: %w", err)
	}
	return d.info, nil
}

// Layout in millimetres on A4.
const (
	margin    = 15.0
	bottom    = 18.0 // room for the footer
	lineBody  = 5.0
	lineSmall = 4.0
)

type doc struct {
	cellMargin float64 // fpdf's default inner cell padding, restored after labels
	in         Input
	pdf        *fpdf.Fpdf
	tr         func(string) string
	cites      *exercise.Citations
	width      float64 // text width
	info       Info
	cover      *coverage
	style      string // the current font's style and size, for runs in a fallback font
	size       float64
}

// face is the embedded font's family name inside the PDF.
const face = "body"

func newDoc(in Input, f fonts) *doc {
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.AddUTF8FontFromBytes(face, "", f.regular)
	pdf.AddUTF8FontFromBytes(face, "B", f.bold)
	pdf.AddUTF8FontFromBytes(face, "I", f.italic)
	for i, data := range f.fallback {
		for _, style := range []string{"", "B", "I"} {
			pdf.AddUTF8FontFromBytes(fallbackFace(i+1), style, data)
		}
	}
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(true, bottom)
	pdf.SetTitle(i18n.FIn(in.Lang, "CoreCue plan: %s", in.Assessed.Plan.Name), true)
	pdf.SetCreator("CoreCue", true)
	pdf.SetCreationDate(in.Date)
	pdf.SetModificationDate(in.Date)
	pdf.AliasNbPages("{nb}")
	d := &doc{in: in, pdf: pdf, cites: &exercise.Citations{}, cellMargin: pdf.GetCellMargin(), cover: newCoverage(f)}
	d.tr = symbols.Replace
	pw, _ := pdf.GetPageSize()
	d.width = pw - 2*margin
	pdf.SetFooterFunc(func() {
		pdf.SetY(-12)
		pdf.SetFont(face, "", 8)
		pdf.SetTextColor(110, 110, 110)
		pdf.CellFormat(0, 4, d.tr(i18n.FIn(in.Lang, "CoreCue handout · general guidance, not a diagnosis · page %d of {nb}", pdf.PageNo())), "", 0, "C", false, 0, "")
		pdf.SetTextColor(0, 0, 0)
	})
	pdf.AddPage()
	return d
}

// symbols maps the few signs the app's own words use that not every
// Unicode font has to plain equivalents.
var symbols = strings.NewReplacer("→", "->", "≥", ">=", "≤", "<=", "−", "-", "‑", "-", "✓", "v", "≈", "~")

func (d *doc) font(style string, size float64) {
	d.style, d.size = style, size
	d.pdf.SetFont(face, style, size)
}

func fallbackFace(i int) string { return fmt.Sprintf("fallback%d", i) }

func (d *doc) faceOf(font int) string {
	if font == 0 {
		return face
	}
	return fallbackFace(font)
}

// multi is MultiCell for text that may hold scripts the main font lacks:
// such text is wrapped at spaces by its real width and each line set run by
// run, each run in a font that has it.
func (d *doc) multi(w, h float64, s, align string) {
	s = d.tr(s)
	if d.cover.plain(s) {
		d.pdf.MultiCell(w, h, s, "", align, false)
		return
	}
	x := d.pdf.GetX()
	if w == 0 {
		pw, _ := d.pdf.GetPageSize()
		_, _, right, _ := d.pdf.GetMargins()
		w = pw - right - x
	}
	for _, line := range d.wrap(s, w-2*d.cellMargin) {
		d.pdf.SetX(x)
		d.cell(w, h, line, "", 0, align, false)
		d.pdf.SetXY(x, d.pdf.GetY()+h)
	}
	d.pdf.SetX(margin)
}

// wrap breaks s into lines no wider than w, at spaces, measuring each
// word in the fonts it will be set in.
func (d *doc) wrap(s string, w float64) []string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			try := word
			if line != "" {
				try = line + " " + word
			}
			if line != "" && d.measure(try) > w {
				lines = append(lines, line)
				try = word
			}
			line = try
		}
		lines = append(lines, line)
	}
	return lines
}

// measure is the width of s as cell sets it.
func (d *doc) measure(s string) float64 {
	total := 0.0
	for _, r := range d.cover.split(s) {
		d.pdf.SetFont(d.faceOf(r.font), d.style, d.size)
		total += d.pdf.GetStringWidth(r.text)
	}
	d.pdf.SetFont(face, d.style, d.size)
	return total
}

// cell is CellFormat for text that may hold scripts the main font lacks.
func (d *doc) cell(w, h float64, s, border string, ln int, align string, fill bool) {
	s = d.tr(s)
	if d.cover.plain(s) {
		d.pdf.CellFormat(w, h, s, border, ln, align, fill, 0, "")
		return
	}
	x := d.pdf.GetX()
	if w == 0 {
		pw, _ := d.pdf.GetPageSize()
		_, _, right, _ := d.pdf.GetMargins()
		w = pw - right - x
	}
	d.pdf.CellFormat(w, h, "", border, 0, "", fill, 0, "")
	y := d.pdf.GetY() // the box may have started a new page
	runs := d.cover.split(s)
	total := d.measure(s)
	at := x + d.cellMargin
	switch align {
	case "C":
		at = x + (w-total)/2
	case "R":
		at = x + w - d.cellMargin - total
	}
	d.pdf.SetXY(at, y)
	d.pdf.SetCellMargin(0)
	for _, r := range runs {
		d.pdf.SetFont(d.faceOf(r.font), d.style, d.size)
		d.pdf.CellFormat(d.pdf.GetStringWidth(r.text), h, r.text, "", 0, "L", false, 0, "")
	}
	d.pdf.SetCellMargin(d.cellMargin)
	d.pdf.SetFont(face, d.style, d.size)
	if ln == 1 {
		d.pdf.SetXY(d.pdf.GetX(), y+h)
		d.pdf.SetX(margin)
	} else {
		d.pdf.SetXY(x+w, y)
	}
}

// lines is the wrapped line count of s in width w with the current font.
func (d *doc) lines(s string, w float64) int {
	n := len(d.pdf.SplitLines([]byte(d.tr(s)), w))
	return max(n, 1)
}

// ensure starts a new page unless h millimetres still fit on this one, so
// a heading is never stranded at the foot of a page.
func (d *doc) ensure(h float64) {
	_, ph := d.pdf.GetPageSize()
	if d.pdf.GetY()+h > ph-bottom {
		d.pdf.AddPage()
	}
}

func (d *doc) para(s string, style string, size, lineH float64) {
	d.font(style, size)
	d.pdf.SetX(margin)
	d.multi(d.width, lineH, s, "L")
}

func (d *doc) heading(s string) {
	d.pdf.Ln(4)
	d.ensure(24)
	d.font("B", 13)
	d.pdf.SetTextColor(30, 60, 90)
	d.pdf.SetX(margin)
	d.multi(d.width, 7, s, "L")
	d.pdf.SetTextColor(0, 0, 0)
	d.pdf.Ln(1)
}

// hanging writes s with a label (bullet or number) in a left column.
func (d *doc) hanging(label, s string, indent float64, style string, size, lineH float64) {
	d.font(style, size)
	d.ensure(float64(d.lines(s, d.width-indent-2)) * lineH)
	y := d.pdf.GetY()
	// The label sits right-aligned in the indent, so "[10]" and "•" end at
	// the same place and never touch the text.
	d.pdf.SetXY(margin, y)
	d.pdf.SetCellMargin(0)
	d.cell(indent-2, lineH, label, "", 0, "R", false)
	d.pdf.SetCellMargin(d.cellMargin)
	d.pdf.SetXY(margin+indent, y)
	d.multi(d.width-indent, lineH, s, "L")
}

func (d *doc) header() {
	a := d.in.Assessed
	d.font("B", 18)
	d.pdf.SetTextColor(30, 60, 90)
	d.multi(d.width, 8, i18n.FIn(d.in.Lang, "Your core plan: %s", a.Plan.Name), "L")
	d.pdf.SetTextColor(0, 0, 0)
	date := i18n.DateIn(d.in.Lang, d.in.Date, i18n.DayYear)
	sub := i18n.FIn(d.in.Lang, "Prepared %s with CoreCue", date)
	if d.in.Clinic != nil {
		sub = i18n.FIn(d.in.Lang, "Prepared %s with CoreCue for %s", date, d.in.Clinic.Name)
	}
	d.para(sub, "", 10, lineBody)
	d.para(i18n.FIn(d.in.Lang, "Checked for: %s. If that changes, check the plan again.", contextWords(d.in.Lang, a.Context)), "", 10, lineBody)
	d.pdf.Ln(2)
	d.font("B", 10)
	d.pdf.SetX(margin)
	d.cell(34, 7, i18n.In(d.in.Lang, "Whole plan:"), "", 0, "L", false)
	d.chip(a.Result.Level, 30, 7)
	d.font("", 10)
	d.cell(0, 7, "  "+overallWords(d.in.Lang, a.Result.Level), "", 1, "L", false)
	d.pdf.Ln(2)
}

func overallWords(lang string, l risk.Level) string {
	switch l {
	case risk.High:
		return i18n.In(lang, "at least one exercise loads the lower back heavily: see the flags below.")
	case risk.Moderate:
		return i18n.In(lang, "some exercises need care: see the flags below.")
	case risk.Low:
		return i18n.In(lang, "every exercise is low in back load for the context above.")
	}
	return i18n.In(lang, "nothing in the plan could be assessed.")
}

func contextWords(lang string, c risk.Context) string {
	parts := []string{i18n.FIn(lang, "back pain %d out of 10", c.Pain)}
	if c.LegSymptoms {
		parts = append(parts, i18n.In(lang, "leg symptoms below the knee"))
	} else {
		parts = append(parts, i18n.In(lang, "no leg symptoms"))
	}
	if c.Morning {
		parts = append(parts, i18n.In(lang, "training within two hours of waking"))
	}
	return strings.Join(parts, ", ")
}

// levelStyle gives each level its word and a light fill; the word is always
// printed, so the flag survives a black-and-white printer.
func levelStyle(lang string, l risk.Level) (word string, r, g, b int) {
	switch l {
	case risk.Low:
		return i18n.In(lang, "Low"), 214, 238, 214
	case risk.Moderate:
		return i18n.In(lang, "Moderate"), 255, 232, 186
	case risk.High:
		return i18n.In(lang, "HIGH"), 248, 203, 203
	}
	return i18n.In(lang, "Not assessed"), 226, 226, 226
}

func (d *doc) chip(l risk.Level, w, h float64) {
	word, r, g, b := levelStyle(d.in.Lang, l)
	d.pdf.SetFillColor(r, g, b)
	d.font("B", 9)
	d.cell(w, h, word, "1", 0, "C", true)
}

// exerciseLabel is how the table and flags name an item: the library's
// name, with what the person wrote when the match needs checking.
func exerciseLabel(lang string, r plan.Resolved) string {
	res := r.Resolution
	switch {
	case !res.Found():
		return i18n.FIn(lang, "%s (not in the library)", r.Item.Exercise)
	case !res.Exact():
		return i18n.FIn(lang, "%s (you wrote \"%s\": check this is the one)", libtext.Name(lang, res.Name), r.Item.Exercise)
	}
	return libtext.Name(lang, res.Name)
}

// tableCols are the table's columns, in the order of tableTitles.
var tableCols = []struct {
	w     float64
	align string
}{
	{8, "C"}, {62, "L"}, {30, "L"}, {16, "C"}, {26, "C"}, {38, "L"},
}

// tableTitles are the table's column titles in lang.
func tableTitles(lang string) []string {
	return []string{"#", i18n.In(lang, "Exercise"), i18n.In(lang, "Sets x reps / hold"), i18n.In(lang, "Rest"),
		i18n.In(lang, "Back-risk level"), i18n.In(lang, "Safer swap")}
}

func (d *doc) table() {
	a := d.in.Assessed
	d.heading(i18n.In(d.in.Lang, "The plan"))
	if len(a.Resolved) == 0 {
		d.para(i18n.In(d.in.Lang, "This plan has no exercises yet."), "I", 10, lineBody)
		return
	}
	d.tableRow(nil, true)
	for i, r := range a.Resolved {
		d.tableRow(&tableLine{n: i + 1, r: r, as: a.Result.Items[i]}, false)
	}
}

type tableLine struct {
	n  int
	r  plan.Resolved
	as risk.Assessment
}

func (d *doc) tableRow(tl *tableLine, head bool) {
	const pad, lh = 1.5, 4.6
	cells := make([]string, len(tableCols))
	var level risk.Level
	if head {
		copy(cells, tableTitles(d.in.Lang))
		d.font("B", 9)
	} else {
		it := tl.r.Item
		rest := "-"
		if it.RestSeconds > 0 {
			rest = i18n.FIn(d.in.Lang, "%d s", it.RestSeconds)
		}
		swap := "-"
		if len(tl.as.Alternatives) > 0 {
			swap = libtext.Name(d.in.Lang, tl.as.Alternatives[0].Name)
		}
		word, _, _, _ := levelStyle(d.in.Lang, tl.as.Level)
		level = tl.as.Level
		cells = []string{fmt.Sprint(tl.n), exerciseLabel(d.in.Lang, tl.r), it.Dose(), rest, word, swap}
		d.font("", 9)
	}
	rows := 1
	for i, c := range cells {
		rows = max(rows, d.lines(c, tableCols[i].w))
	}
	h := float64(rows)*lh + 2*pad
	_, ph := d.pdf.GetPageSize()
	if d.pdf.GetY()+h > ph-bottom {
		d.pdf.AddPage()
		if !head {
			d.tableRow(nil, true)
			d.font("", 9)
		}
	}
	x, y := margin, d.pdf.GetY()
	for i, c := range cells {
		col := tableCols[i]
		style := "D"
		switch {
		case head:
			d.pdf.SetFillColor(232, 238, 245)
			style = "FD"
		case i == 4:
			_, r, g, b := levelStyle(d.in.Lang, level)
			d.pdf.SetFillColor(r, g, b)
			style = "FD"
		}
		d.pdf.SetDrawColor(170, 170, 170)
		d.pdf.Rect(x, y, col.w, h, style)
		if i == 4 && !head {
			d.font("B", 9)
		}
		d.pdf.SetXY(x, y+pad)
		d.multi(col.w, lh, c, col.align)
		if i == 4 && !head {
			d.font("", 9)
		}
		x += col.w
	}
	d.pdf.SetDrawColor(0, 0, 0)
	d.pdf.SetXY(margin, y+h)
}

// flags writes, for each item flagged or with something to say, why and
// what to do instead, then the notes on the whole plan.
func (d *doc) flags() {
	a := d.in.Assessed
	d.heading(i18n.In(d.in.Lang, "Flags: why, and what to do instead"))
	shown := 0
	for i, r := range a.Resolved {
		as := a.Result.Items[i]
		if as.Level == risk.Low && len(as.Notes) == 0 && len(as.Modifiers) == 0 {
			continue
		}
		shown++
		d.flagged(fmt.Sprintf("%d. %s  ·  %s", i+1, exerciseLabel(d.in.Lang, r), r.Item.Dose()), as.Level, d.bullets(as))
	}
	if shown == 0 {
		d.para(i18n.In(d.in.Lang, "None of the exercises in this plan is flagged for the context above."), "", 10, lineBody)
	}
	if len(a.Result.Notes) > 0 {
		d.pdf.Ln(3)
		d.ensure(14)
		d.para(i18n.In(d.in.Lang, "About the whole plan"), "B", 11, 6)
		for _, n := range a.Result.Notes {
			d.labelled(i18n.In(d.in.Lang, "Note"), libtext.Note(d.in.Lang, n)+d.cites.Cite(n.Evidence))
		}
	}
}

// bullets are the labelled lines under one item: its reasons (only when it
// is flagged above low), what raised it, tips, and the alternatives.
func (d *doc) bullets(as risk.Assessment) [][2]string {
	var bullets [][2]string
	if as.Level != risk.Low {
		for _, re := range as.Reasons {
			bullets = append(bullets, [2]string{i18n.In(d.in.Lang, "Why"), libtext.Reason(d.in.Lang, re) + d.cites.Cite(re.Evidence)})
		}
	}
	for _, m := range as.Modifiers {
		bullets = append(bullets, [2]string{i18n.In(d.in.Lang, "Raised"), libtext.Modifier(d.in.Lang, m) + d.cites.Cite(m.Evidence)})
	}
	for _, n := range as.Notes {
		bullets = append(bullets, [2]string{i18n.In(d.in.Lang, "Tip"), libtext.Note(d.in.Lang, n) + d.cites.Cite(n.Evidence)})
	}
	if len(as.Alternatives) > 0 {
		alts := make([]string, len(as.Alternatives))
		for j, alt := range as.Alternatives {
			w, _, _, _ := levelStyle(d.in.Lang, alt.Level)
			alts[j] = fmt.Sprintf("%s (%s)", libtext.Name(d.in.Lang, alt.Name), strings.ToLower(w))
		}
		bullets = append(bullets, [2]string{i18n.In(d.in.Lang, "Instead"), strings.Join(alts, ", ")})
	}
	return bullets
}

// flagged writes one item's title, with its level chip, and its bullets.
func (d *doc) flagged(title string, level risk.Level, bullets [][2]string) {
	// Keep the title with its first line of explanation.
	first := 0.0
	if len(bullets) > 0 {
		d.font("", 10)
		first = float64(d.lines(bullets[0][1], d.width-24)) * lineBody
	}
	d.pdf.Ln(2)
	d.ensure(8 + first)
	d.pdf.SetX(margin)
	d.chip(level, 26, 6)
	d.font("B", 11)
	d.cell(0, 6, "  "+title, "", 1, "L", false)
	d.pdf.Ln(1)
	for _, b := range bullets {
		d.labelled(b[0], b[1])
	}
}

// labelled writes "Label  text" with the label in a narrow bold column.
func (d *doc) labelled(label, text string) {
	const indent, labelW = 6.0, 18.0
	d.font("", 10)
	d.ensure(float64(d.lines(text, d.width-indent-labelW)) * lineBody)
	y := d.pdf.GetY()
	d.font("B", 9)
	d.pdf.SetTextColor(80, 80, 80)
	d.pdf.SetXY(margin+indent, y)
	d.cell(labelW, lineBody, label, "", 0, "L", false)
	d.pdf.SetTextColor(0, 0, 0)
	d.font("", 10)
	d.pdf.SetXY(margin+indent+labelW, y)
	d.multi(d.width-indent-labelW, lineBody, text, "L")
	d.pdf.Ln(0.8)
}

func (d *doc) vacuum() {
	d.heading(i18n.In(d.in.Lang, "Engage your core first: the stomach vacuum"))
	d.para(i18n.In(d.in.Lang, "Practise this before every session, and keep the same gentle draw-in through each rep of your exercises. CoreCue's practice screen guides you through it with sound and pictures."), "", 10, lineBody)
	d.pdf.Ln(2)
	for i, s := range vacuumSteps {
		d.hanging(fmt.Sprintf("%d.", i+1), i18n.In(d.in.Lang, s), 8, "", 10, lineBody)
		d.pdf.Ln(0.8)
	}
	d.stills()
}

func (d *doc) stills() {
	if d.in.Diagram == nil {
		return
	}
	stills := Stills()
	// Two to a row, each at least 8 cm wide, so the labels read in print.
	const gap, cols = 4.0, 2
	w := (d.width - gap*(cols-1)) / cols
	type pic struct {
		name string
		h    float64
	}
	var pics []pic
	for i, s := range stills {
		img, err := safeRender(d.in.Diagram, s.At.Seconds(), d.in.Lang)
		if err != nil {
			d.info.Warnings = append(d.info.Warnings, fmt.Sprintf("diagram stills left out: %s at %.1f s: %v", s.Caption, s.At.Seconds(), err))
			return
		}
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			d.info.Warnings = append(d.info.Warnings, "diagram stills left out: "+err.Error())
			return
		}
		b := img.Bounds()
		name := fmt.Sprintf("vacuum-still-%d", i)
		d.pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "PNG"}, &buf)
		pics = append(pics, pic{name, w * float64(b.Dy()) / float64(b.Dx())})
	}
	d.pdf.Ln(3)
	d.pdf.SetDrawColor(190, 190, 190)
	for row := 0; row*cols < len(pics); row++ {
		tallest := 0.0
		for _, p := range pics[row*cols : min(len(pics), row*cols+cols)] {
			tallest = max(tallest, p.h)
		}
		d.ensure(tallest + 9)
		y := d.pdf.GetY()
		for c := 0; c < cols && row*cols+c < len(pics); c++ {
			i := row*cols + c
			x := margin + float64(c)*(w+gap)
			d.pdf.ImageOptions(pics[i].name, x, y, w, pics[i].h, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
			d.pdf.Rect(x, y, w, pics[i].h, "D")
			d.pdf.SetXY(x, y+tallest+1)
			d.font("B", 10)
			d.cell(w, 5, i18n.In(d.in.Lang, stills[i].Caption), "", 0, "C", false)
		}
		d.pdf.SetXY(margin, y+tallest+8)
	}
	d.pdf.SetDrawColor(0, 0, 0)
	d.info.Stills = len(pics)
}

// safeRender turns a renderer panic into an error: a bug in the diagram
// must cost the handout its pictures, not the whole handout.
func safeRender(r Renderer, at float64, lang string) (img image.Image, err error) {
	defer func() {
		if p := recover(); p != nil {
			img, err = nil, fmt.Errorf("renderer failed: %v", p)
		}
	}()
	img, err = r(at, stillW, stillH, lang)
	if err == nil && (img == nil || img.Bounds().Empty()) {
		err = errors.New("renderer returned no image")
	}
	return img, err
}

// safetyFlags are the red-flag questions in a few words each, in the
// order risk.RedFlags asks them.
var safetyFlags = []string{
	"numbness or tingling around your bottom, genitals or inner thighs",
	"a new change in controlling or feeling your bladder or bowels",
	"a leg getting weaker (tripping, a foot slapping down)",
	"fever or feeling generally unwell with the back pain",
	"new back pain after having had cancer",
	"pain that started after a significant fall, accident or blow",
	"weight loss without trying",
	"constant pain, also at night, not eased by rest or changing position",
}

// SafetyFlags are the safety page's red flags, for the translation check.
func SafetyFlags() []string { return slices.Clone(safetyFlags) }

const (
	safetyIntro  = "Do not start or continue this plan, and contact your doctor or clinic today, if you have any of these"
	safetyUrgent = "Numbness around the bottom or new bladder or bowel trouble needs urgent care now (in the UK call 111 or go to A&E)."
)

func (d *doc) safety() {
	var ev []string
	for _, f := range risk.RedFlags() {
		for _, id := range f.Evidence {
			if !slices.Contains(ev, id) {
				ev = append(ev, id)
			}
		}
	}
	// The list is one warning: keep it on one page.
	d.font("", 10)
	need := 16 + float64(d.lines(safetyIntro+" [00, 00]:", d.width)+len(safetyFlags)+d.lines(safetyUrgent, d.width))*lineBody + 2
	d.ensure(need)
	d.heading(i18n.In(d.in.Lang, "Stop and get checked first"))
	d.para(i18n.In(d.in.Lang, safetyIntro)+d.cites.Cite(ev)+":", "", 10, lineBody)
	d.pdf.Ln(1)
	for _, f := range safetyFlags {
		d.hanging("•", i18n.In(d.in.Lang, f), 6, "", 10, lineBody)
	}
	d.pdf.Ln(1)
	d.para(i18n.In(d.in.Lang, safetyUrgent), "B", 10, lineBody)
	d.pdf.Ln(2)
	d.boxed([]string{
		i18n.In(d.in.Lang, risk.Disclaimer),
		i18n.In(d.in.Lang, "This handout is general guidance for the exercises listed, not a diagnosis or a treatment plan. The levels describe how much an exercise loads the lower back according to the studies cited; a low level is not a promise that an exercise suits you."),
	}, 245, 245, 245)
}

// boxed writes paragraphs inside a filled, bordered box sized to fit.
func (d *doc) boxed(paras []string, r, g, b int) {
	const pad = 3.0
	d.font("", 9.5)
	h := 2 * pad
	for _, p := range paras {
		h += float64(d.lines(p, d.width-2*pad)) * lineSmall * 1.15
	}
	h += float64(len(paras)-1) * 1.5
	d.ensure(h)
	y := d.pdf.GetY()
	d.pdf.SetFillColor(r, g, b)
	d.pdf.SetDrawColor(170, 170, 170)
	d.pdf.Rect(margin, y, d.width, h, "FD")
	d.pdf.SetDrawColor(0, 0, 0)
	d.pdf.SetXY(margin+pad, y+pad)
	for i, p := range paras {
		if i > 0 {
			d.pdf.Ln(1.5)
		}
		d.pdf.SetX(margin + pad)
		d.multi(d.width-2*pad, lineSmall*1.15, p, "L")
	}
	d.pdf.SetXY(margin, y+h+2)
}

func (d *doc) contact() {
	c := d.in.Clinic
	if c == nil {
		return
	}
	d.heading(i18n.In(d.in.Lang, "Your clinic"))
	lines := c.Lines()
	d.font("B", 10.5)
	d.pdf.SetX(margin)
	d.multi(d.width, 5.5, lines[0], "L")
	for _, l := range lines[1:] {
		d.para(l, "", 10, lineBody)
	}
}

func (d *doc) sources() {
	if len(d.cites.Order) == 0 {
		return
	}
	d.heading(i18n.In(d.in.Lang, "Sources"))
	for i, id := range d.cites.Order {
		text := id
		if ev, ok := d.in.Assessed.Library.Evidence(id); ok {
			text = ev.Citation
		}
		d.hanging(fmt.Sprintf("[%d]", i+1), text, 10, "", 8.5, 4)
		d.pdf.Ln(0.6)
	}
}
