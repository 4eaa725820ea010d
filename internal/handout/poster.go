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

	var errs []error
	place := func(name string, pos breath.Position, at float64, x, y, w float64) float64 {
		h := w * posterStillH / posterStillW
		if pic == nil {
			return 0
		}
		img, err := pic(pos, at, posterStillW, posterStillH)
		if err == nil && (img == nil || img.Bounds().Empty()) {
			err = errors.New("no picture")
		}
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
			return 0
		}
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			errs = append(errs, err)
			return 0
		}
		pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "PNG"}, &buf)
		pdf.ImageOptions(name, x, y, w, h, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
		pdf.SetDrawColor(190, 190, 190)
		pdf.Rect(x, y, w, h, "D")
		return h
	}

	// The steps, lying: the easiest place to learn the drill.
	const gap = 6.0
	cw := (width - 3*gap) / 4
	pdf.SetFont("Helvetica", "B", 18)
	pdf.CellFormat(width, 9, tr("The drill, one rep"), "", 1, "L", false, 0, "")
	y := pdf.GetY()
	tallest := 0.0
	for i, s := range Stills() {
		tallest = max(tallest, place(fmt.Sprintf("step-%d", i), breath.Lying, s.At.Seconds(), margin+float64(i)*(cw+gap), y, cw))
	}
	ty := y + tallest + 2
	for i, s := range Stills() {
		x := margin + float64(i)*(cw+gap)
		pdf.SetXY(x, ty)
		pdf.SetFont("Helvetica", "B", 14)
		pdf.CellFormat(cw, 7, tr(s.Caption), "", 2, "L", false, 0, "")
		pdf.SetFont("Helvetica", "", 11)
		if i < len(vacuumSteps) {
			pdf.MultiCell(cw, 5, tr(vacuumSteps[i]), "", "L", false)
		}
	}
	pdf.SetXY(margin, ty+34)

	// The positions, each held drawn in.
	hold := 0.0
	for _, s := range Stills() {
		if s.Caption == "3. Hold the corset" {
			hold = s.At.Seconds()
		}
	}
	pdf.SetFont("Helvetica", "B", 18)
	pdf.CellFormat(width, 9, tr("Four positions, easiest first"), "", 1, "L", false, 0, "")
	y = pdf.GetY()
	tallest = 0
	for i, pos := range breath.Positions {
		tallest = max(tallest, place("pos-"+pos.String(), pos, hold, margin+float64(i)*(cw+gap), y, cw))
	}
	for i, pos := range breath.Positions {
		pdf.SetXY(margin+float64(i)*(cw+gap), y+tallest+2)
		pdf.SetFont("Helvetica", "", 11)
		pdf.MultiCell(cw, 5, tr(fmt.Sprintf("%d. %s", i+1, positionCues[pos])), "", "L", false)
	}
	pdf.SetXY(margin, y+tallest+14)

	pdf.SetFont("Helvetica", "B", 18)
	pdf.CellFormat(width, 9, tr("Common faults, and what to do instead"), "", 1, "L", false, 0, "")
	fw := (width - gap) / 2
	for i, f := range breath.Faults {
		x := margin + float64(i%2)*(fw+gap)
		if i%2 == 0 && i > 0 {
			pdf.Ln(1)
		}
		fy := pdf.GetY()
		pdf.SetXY(x, fy)
		pdf.SetFont("Helvetica", "B", 13)
		pdf.CellFormat(fw, 6, tr(faultWords[f][0]), "", 2, "L", false, 0, "")
		pdf.SetFont("Helvetica", "", 12)
		pdf.MultiCell(fw, 5.5, tr(faultWords[f][1]), "", "L", false)
		if i%2 == 0 {
			pdf.SetY(fy)
		} else {
			pdf.SetY(fy + 13)
		}
	}
	pdf.SetFont("Helvetica", "", 10)
	pdf.SetXY(margin, pdf.GetY()+4)
	pdf.MultiCell(width, 5, tr("Self-check: put your hands round your waist. You should feel the muscles tighten and draw in, not push out. Sources: Hides et al. 2006, \"An MRI investigation into the function of the transversus abdominis muscle during 'drawing-in' of the abdominal wall\"; Sapsford & Hodges 2001, \"Contraction of the pelvic floor muscles during abdominal maneuvers\"."), "", "L", false)

	if len(errs) > 0 {
		return fmt.Errorf("poster pictures: %w", errors.Join(errs...))
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("poster: %w", err)
	}
	return pdf.Output(w)
}
