package handout

import (
	"bytes"
	"fmt"
	"image/color"
	"image/png"

	"codeberg.org/go-pdf/fpdf"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/figure/moves"
	"github.com/corecue/corecue/internal/figure/raster"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/libtext"
)

// Pose stills are drawn this many pixels: about 250 dpi across the 88 mm
// each gets, two to a row, with labels a twentieth of the height (8-point).
const poseW, poseH = 880, 560

// poses pictures every exercise of the plan the library knows: its start
// and end, or the one pose it holds, from the same motion and drawing the
// screens show, with what the lower back does written on each.
func (d *doc) poses() {
	a := d.in.Assessed
	type shot struct {
		name, caption string
	}
	var shots []shot
	drawn := map[string]bool{}
	for i, r := range a.Resolved {
		if !r.Resolution.Found() {
			continue
		}
		e, ok := a.Library.Get(r.Resolution.ID)
		if !ok {
			continue
		}
		for _, s := range moves.Stills(e) {
			name := fmt.Sprintf("pose-%s-%s", e.ID, s.Name)
			if !drawn[name] {
				if err := d.registerPose(name, e, s.At); err != nil {
					d.info.Warnings = append(d.info.Warnings, fmt.Sprintf("exercise pictures left out: %s: %v", e.Name, err))
					return
				}
				drawn[name] = true
			}
			shots = append(shots, shot{name, fmt.Sprintf("%d. %s: %s", i+1, libtext.Name(d.in.Lang, e.Name), i18n.In(d.in.Lang, s.Name))})
		}
	}
	if len(shots) == 0 {
		return
	}
	d.heading(i18n.In(d.in.Lang, "How each exercise looks"))
	d.para(i18n.In(d.in.Lang, "Each picture shows the exercise from the side (side planks from the front, the body on its side), with your lower back (L1 to L5 and the L5–S1 disc) drawn in: red where the exercise bends, twists or arches it under load."), "", 10, lineBody)
	d.pdf.Ln(2)
	const gap, cols = 4.0, 2
	w := (d.width - gap*(cols-1)) / cols
	h := w * poseH / poseW
	d.pdf.SetDrawColor(190, 190, 190)
	for row := 0; row*cols < len(shots); row++ {
		d.ensure(h + 8)
		y := d.pdf.GetY()
		for c := 0; c < cols && row*cols+c < len(shots); c++ {
			s := shots[row*cols+c]
			x := margin + float64(c)*(w+gap)
			d.pdf.ImageOptions(s.name, x, y, w, h, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
			d.pdf.Rect(x, y, w, h, "D")
			d.pdf.SetXY(x, y+h+1)
			d.font("B", 9)
			d.cell(w, 4.5, s.caption, "", 0, "C", false)
		}
		d.pdf.SetXY(margin, y+h+7)
	}
	d.pdf.SetDrawColor(0, 0, 0)
}

// registerPose draws exercise e at seconds into its reps, on white, and
// adds it to the PDF under name.
func (d *doc) registerPose(name string, e exercise.Exercise, at float64) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("drawing failed: %v", p)
		}
	}()
	o := moves.OptionsAt(e, at, poseW, poseH)
	o.LabelPx = figure.PrintLabelSize(poseW, poseH)
	if d.in.Lang != "" && d.in.Lang != i18n.Source {
		o.Words = func(s string) string { return i18n.In(d.in.Lang, s) }
	}
	img := raster.Image(figure.Render(o), poseW, poseH, &figure.Light, color.White)
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return err
	}
	d.pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "PNG"}, &buf)
	d.info.Poses++
	return nil
}
