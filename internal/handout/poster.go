package handout

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"

	"codeberg.org/go-pdf/fpdf"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/i18n"
)

// Picture draws the body figure in a position at a moment of the vacuum
// drill, as an image of w×h pixels, its labels in lang.
type Picture func(pos breath.Position, atSeconds float64, w, h int, lang string) (image.Image, error)

// positionCues are the one-line set-ups of each position, easiest first.
var positionCues = map[breath.Position]string{
	breath.Lying:    "Lying on your back, knees bent, feet flat.",
	breath.Kneeling: "On hands and knees, hands under shoulders, back level.",
	breath.Sitting:  "Sitting tall on a chair, feet flat.",
	breath.Standing: "Standing tall, knees soft.",
}

// faultWords are the common faults in the words of the poster: what goes
// wrong, and what to do instead.
var faultWords = map[breath.Fault][2]string{
	breath.FaultBreathHold:  {"Holding your breath", "Keep breathing in small breaths: you hold the belly, not the breath."},
	breath.FaultBackFlatten: {"Flattening the back or tilting the pelvis", "Your lower back keeps its small natural curve; only the belly moves."},
	breath.FaultBellyOut:    {"The belly pushing out or the upper belly tightening", "Draw the lower belly gently in, at and below the belly button."},
	breath.FaultRibFlare:    {"The ribs lifting and flaring", "Breathe into the sides and back; the ribs widen, they do not lift."},
}

// selfCheck and the sources close the poster; the sources' titles stay as
// they are (they are titles).
const (
	selfCheck     = "Self-check: put your hands round your waist. You should feel the muscles tighten and draw in, not push out."
	posterSources = "Sources: %s."
	posterTitles  = "Hides et al. 2006, \"An MRI investigation into the function of the transversus abdominis muscle during 'drawing-in' of the abdominal wall\"; Sapsford & Hodges 2001, \"Contraction of the pelvic floor muscles during abdominal maneuvers\""
)

// The poster's headings and opening paragraph.
const (
	posterTitle     = "Engage your core: the stomach vacuum"
	posterIntro     = "The deep corset muscle (transversus abdominis) wraps your waist from the spine to the front. Drawing the belly button in tightens it, while you keep breathing and your lower back keeps its curve. General guidance, not a diagnosis: see a clinician before exercising if you have numbness in the saddle area, new bladder or bowel problems, a leg getting weaker, fever, or pain after a fall."
	posterSteps     = "The drill, one rep"
	posterPositions = "Four positions, easiest first"
	posterFaults    = "Common faults, and what to do instead"
)

// PosterTexts are the poster's own words, for the catalogue's checks.
func PosterTexts() []string {
	out := []string{selfCheck, posterSources, posterTitle, posterIntro, posterSteps, posterPositions, posterFaults}
	for _, pos := range breath.Positions {
		out = append(out, positionCues[pos])
	}
	for _, f := range breath.Faults {
		out = append(out, faultWords[f][0], faultWords[f][1])
	}
	return out
}

// posterStill is the pixel size of each picture on the poster: sharp at
// 300 dpi across the ~90 mm each gets.
const posterStillW, posterStillH = 1200, 800

// Poster writes an A3 wall poster of the vacuum drill to w in lang: the
// steps with a picture of each, the four positions, and the common faults
// with what to do instead. pic draws the pictures; without it the poster is
// words only. In English it is set in the PDF's Helvetica, as it always
// was; another language needs the Unicode font the handout embeds (the
// core fonts' code page has no ł or ş), and a script the PDF cannot shape
// (i18n.NeedsShaping) is the caller's to refuse.
func Poster(w io.Writer, pic Picture, lang string) error {
	pdf := fpdf.New("L", "mm", "A3", "")
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(false, margin)
	p := &poster{pdf: pdf, tr: pdf.UnicodeTranslatorFromDescriptor(""), pic: pic, lang: lang, face: "Helvetica"}
	if lang != i18n.Source {
		f, err := loadFonts()
		if err != nil {
			return err
		}
		pdf.AddUTF8FontFromBytes(face, "", f.regular)
		pdf.AddUTF8FontFromBytes(face, "B", f.bold)
		p.tr, p.face = symbols.Replace, face
	}
	pdf.AddPage()
	pw, _ := pdf.GetPageSize()
	p.width = pw - 2*margin

	p.font("B", 30)
	pdf.CellFormat(p.width, 14, p.say(posterTitle), "", 1, "L", false, 0, "")
	p.font("", 13)
	pdf.MultiCell(p.width, 6, p.say(posterIntro), "", "L", false)
	pdf.Ln(3)

	p.steps()
	p.positions()
	p.faults()
	if len(p.errs) > 0 {
		return fmt.Errorf("poster pictures: %w", errors.Join(p.errs...))
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("poster: %w", err)
	}
	return pdf.Output(w)
}

// poster is the poster being laid out.
type poster struct {
	pdf   *fpdf.Fpdf
	tr    func(string) string
	width float64
	pic   Picture
	errs  []error
	lang  string
	face  string // Helvetica in English, the embedded Unicode font otherwise
}

// say is an English text of the poster in its language, ready to set.
func (p *poster) say(english string) string { return p.tr(i18n.In(p.lang, english)) }

func (p *poster) font(style string, size float64) { p.pdf.SetFont(p.face, style, size) }

// place draws one picture at x, y, w wide, and returns its height (0 when
// there is no picture).
func (p *poster) place(name string, pos breath.Position, at float64, x, y, w float64) float64 {
	h := w * posterStillH / posterStillW
	if p.pic == nil {
		return 0
	}
	img, err := p.pic(pos, at, posterStillW, posterStillH, p.lang)
	if err == nil && (img == nil || img.Bounds().Empty()) {
		err = errors.New("no picture")
	}
	if err != nil {
		p.errs = append(p.errs, fmt.Errorf("%s: %w", name, err))
		return 0
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		p.errs = append(p.errs, err)
		return 0
	}
	p.pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "PNG"}, &buf)
	p.pdf.ImageOptions(name, x, y, w, h, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
	p.pdf.SetDrawColor(190, 190, 190)
	p.pdf.Rect(x, y, w, h, "D")
	return h
}

const posterGap = 6.0

// steps is one rep of the drill, lying: the easiest place to learn it.
func (p *poster) steps() {
	cw := (p.width - 3*posterGap) / 4
	p.font("B", 18)
	p.pdf.CellFormat(p.width, 9, p.say(posterSteps), "", 1, "L", false, 0, "")
	y := p.pdf.GetY()
	tallest := 0.0
	for i, s := range Stills() {
		tallest = max(tallest, p.place(fmt.Sprintf("step-%d", i), breath.Lying, s.At.Seconds(), margin+float64(i)*(cw+posterGap), y, cw))
	}
	ty := y + tallest + 2
	for i, s := range Stills() {
		x := margin + float64(i)*(cw+posterGap)
		p.pdf.SetXY(x, ty)
		p.font("B", 14)
		p.pdf.CellFormat(cw, 7, p.say(s.Caption), "", 2, "L", false, 0, "")
		p.font("", 11)
		if i < len(vacuumSteps) {
			p.pdf.MultiCell(cw, 5, p.say(vacuumSteps[i]), "", "L", false)
		}
	}
	p.pdf.SetXY(margin, ty+34)
}

// positions is the four positions, each held drawn in.
func (p *poster) positions() {
	cw := (p.width - 3*posterGap) / 4
	hold := 0.0
	for _, s := range Stills() {
		if s.Caption == holdCaption {
			hold = s.At.Seconds()
		}
	}
	p.font("B", 18)
	p.pdf.CellFormat(p.width, 9, p.say(posterPositions), "", 1, "L", false, 0, "")
	y := p.pdf.GetY()
	tallest := 0.0
	for i, pos := range breath.Positions {
		tallest = max(tallest, p.place("pos-"+pos.String(), pos, hold, margin+float64(i)*(cw+posterGap), y, cw))
	}
	for i, pos := range breath.Positions {
		p.pdf.SetXY(margin+float64(i)*(cw+posterGap), y+tallest+2)
		p.font("", 11)
		p.pdf.MultiCell(cw, 5, p.tr(fmt.Sprintf("%d. %s", i+1, i18n.In(p.lang, positionCues[pos]))), "", "L", false)
	}
	p.pdf.SetXY(margin, y+tallest+14)
}

// faults is the common faults, two to a row, with what to do instead.
func (p *poster) faults() {
	p.font("B", 18)
	p.pdf.CellFormat(p.width, 9, p.say(posterFaults), "", 1, "L", false, 0, "")
	fw := (p.width - posterGap) / 2
	for i, f := range breath.Faults {
		x := margin + float64(i%2)*(fw+posterGap)
		if i%2 == 0 && i > 0 {
			p.pdf.Ln(1)
		}
		fy := p.pdf.GetY()
		p.pdf.SetXY(x, fy)
		p.font("B", 13)
		p.pdf.CellFormat(fw, 6, p.say(faultWords[f][0]), "", 2, "L", false, 0, "")
		p.font("", 12)
		p.pdf.MultiCell(fw, 5.5, p.say(faultWords[f][1]), "", "L", false)
		if i%2 == 0 {
			p.pdf.SetY(fy)
		} else {
			p.pdf.SetY(fy + 13)
		}
	}
	p.font("", 10)
	p.pdf.SetXY(margin, p.pdf.GetY()+4)
	p.pdf.MultiCell(p.width, 5, p.say(selfCheck)+" "+p.tr(i18n.FIn(p.lang, posterSources, posterTitles)), "", "L", false)
}
