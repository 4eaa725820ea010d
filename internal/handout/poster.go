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
)

// Picture draws the body figure in a position at a moment of the vacuum
// drill, as an image of w×h pixels.
type Picture func(pos breath.Position, atSeconds float64, w, h int) (image.Image, error)

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

// posterStill is the pixel size of each picture on the poster: sharp at
// 300 dpi across the ~90 mm each gets.
const posterStillW, posterStillH = 1200, 800

// Poster writes an A3 wall poster of the vacuum drill to w: the steps with
// a picture of each, the four positions, and the common faults with what
// to do instead. pic draws the pictures; without it the poster is words only.
func Poster(w io.Writer, pic Picture) error {
	pdf := fpdf.New("L", "mm", "A3", "")
	pdf.SetMargins(margin, margin, margin)
	pdf.SetAutoPageBreak(false, margin)
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	pdf.AddPage()
	pw, _ := pdf.GetPageSize()
	width := pw - 2*margin

	pdf.SetFont("Helvetica", "B", 30)
	pdf.CellFormat(width, 14, tr("Engage your core: the stomach vacuum"), "", 1, "L", false, 0, "")
	pdf.SetFont("Helvetica", "", 13)
	pdf.MultiCell(width, 6, tr("The deep corset muscle (transversus abdominis) wraps your waist from the spine to the front. Drawing the belly button in tightens it, while you keep breathing and your lower back keeps its curve. General guidance, not a diagnosis: see a clinician before exercising if you have numbness in the saddle area, new bladder or bowel problems, a leg getting weaker, fever, or pain after a fall."), "", "L", false)
	pdf.Ln(3)

	p := &poster{pdf: pdf, tr: tr, width: width, pic: pic}
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
}

// place draws one picture at x, y, w wide, and returns its height (0 when
// there is no picture).
func (p *poster) place(name string, pos breath.Position, at float64, x, y, w float64) float64 {
	h := w * posterStillH / posterStillW
	if p.pic == nil {
		return 0
	}
	img, err := p.pic(pos, at, posterStillW, posterStillH)
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
	p.pdf.SetFont("Helvetica", "B", 18)
	p.pdf.CellFormat(p.width, 9, p.tr("The drill, one rep"), "", 1, "L", false, 0, "")
	y := p.pdf.GetY()
	tallest := 0.0
	for i, s := range Stills() {
		tallest = max(tallest, p.place(fmt.Sprintf("step-%d", i), breath.Lying, s.At.Seconds(), margin+float64(i)*(cw+posterGap), y, cw))
	}
	ty := y + tallest + 2
	for i, s := range Stills() {
		x := margin + float64(i)*(cw+posterGap)
		p.pdf.SetXY(x, ty)
		p.pdf.SetFont("Helvetica", "B", 14)
		p.pdf.CellFormat(cw, 7, p.tr(s.Caption), "", 2, "L", false, 0, "")
		p.pdf.SetFont("Helvetica", "", 11)
		if i < len(vacuumSteps) {
			p.pdf.MultiCell(cw, 5, p.tr(vacuumSteps[i]), "", "L", false)
		}
	}
	p.pdf.SetXY(margin, ty+34)
}

// positions is the four positions, each held drawn in.
func (p *poster) positions() {
	cw := (p.width - 3*posterGap) / 4
	hold := 0.0
	for _, s := range Stills() {
		if s.Caption == "3. Hold the corset" {
			hold = s.At.Seconds()
		}
	}
	p.pdf.SetFont("Helvetica", "B", 18)
	p.pdf.CellFormat(p.width, 9, p.tr("Four positions, easiest first"), "", 1, "L", false, 0, "")
	y := p.pdf.GetY()
	tallest := 0.0
	for i, pos := range breath.Positions {
		tallest = max(tallest, p.place("pos-"+pos.String(), pos, hold, margin+float64(i)*(cw+posterGap), y, cw))
	}
	for i, pos := range breath.Positions {
		p.pdf.SetXY(margin+float64(i)*(cw+posterGap), y+tallest+2)
		p.pdf.SetFont("Helvetica", "", 11)
		p.pdf.MultiCell(cw, 5, p.tr(fmt.Sprintf("%d. %s", i+1, positionCues[pos])), "", "L", false)
	}
	p.pdf.SetXY(margin, y+tallest+14)
}

// faults is the common faults, two to a row, with what to do instead.
func (p *poster) faults() {
	p.pdf.SetFont("Helvetica", "B", 18)
	p.pdf.CellFormat(p.width, 9, p.tr("Common faults, and what to do instead"), "", 1, "L", false, 0, "")
	fw := (p.width - posterGap) / 2
	for i, f := range breath.Faults {
		x := margin + float64(i%2)*(fw+posterGap)
		if i%2 == 0 && i > 0 {
			p.pdf.Ln(1)
		}
		fy := p.pdf.GetY()
		p.pdf.SetXY(x, fy)
		p.pdf.SetFont("Helvetica", "B", 13)
		p.pdf.CellFormat(fw, 6, p.tr(faultWords[f][0]), "", 2, "L", false, 0, "")
		p.pdf.SetFont("Helvetica", "", 12)
		p.pdf.MultiCell(fw, 5.5, p.tr(faultWords[f][1]), "", "L", false)
		if i%2 == 0 {
			p.pdf.SetY(fy)
		} else {
			p.pdf.SetY(fy + 13)
		}
	}
	p.pdf.SetFont("Helvetica", "", 10)
	p.pdf.SetXY(margin, p.pdf.GetY()+4)
	p.pdf.MultiCell(p.width, 5, p.tr("Self-check: put your hands round your waist. You should feel the muscles tighten and draw in, not push out. Sources: Hides et al. 2006, \"An MRI investigation into the function of the transversus abdominis muscle during 'drawing-in' of the abdominal wall\"; Sapsford & Hodges 2001, \"Contraction of the pelvic floor muscles during abdominal maneuvers\"."), "", "L", false)
}
