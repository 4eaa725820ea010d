package raster

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"

	"git.sr.ht/~sbinet/gg"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/figure"
)

// The practice stage's proportions, in multiples of the theme's body text
// (14 px): the same scales the screen uses for its title, rep counter, hold
// countdown, caption and reminder, and the same margins.
const (
	bodyPx        = 14.0
	titleScale    = 2.2
	repScale      = 1.6
	countScale    = 3.4
	captionScale  = 2.4
	reminderScale = 1.4
	insetScale    = 1.4
)

// StageColours are the window's own colours, which the stage's words use.
type StageColours struct{ Background, Foreground color.Color }

// WindowColours are the background and text colours of CoreCue's window in
// the light or dark theme (Fyne's default theme; a test in the diagram
// package holds them to it).
func WindowColours(dark bool) StageColours {
	if dark {
		return StageColours{color.NRGBA{0x17, 0x17, 0x18, 0xff}, color.NRGBA{0xf3, 0xf3, 0xf3, 0xff}}
	}
	return StageColours{color.NRGBA{0xff, 0xff, 0xff, 0xff}, color.NRGBA{0x56, 0x56, 0x56, 0xff}}
}

// Stage paints the practice stage for pose p at w × h pixels: the phase
// title, rep counter and hold countdown across the top, the figure filling
// the middle, and the caption, reminder and sound note at the bottom. The
// figure is figure.Render of the same options the screen's figure uses.
func Stage(p breath.Pose, o figure.Options, w, h int, pal *figure.Palette, c StageColours, soundNote string) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.NewUniform(c.Background), image.Point{}, draw.Src)
	in := bodyPx * insetScale
	header := bodyPx * countScale * 1.3
	bottom := 2*bodyPx*captionScale*1.35 + 8 + bodyPx*reminderScale*1.35 + 8 + bodyPx*1.35
	fx, fy := in, in+header
	fw, fh := float64(w)-2*in, float64(h)-2*in-header-bottom
	if fw < 1 || fh < 1 {
		return img
	}
	o.Pose, o.W, o.H = p, fw, fh
	sc := figure.Render(o)
	Paint(img, offset(sc.Shapes, fx, fy), pal, All, 1)

	dc := gg.NewContextForRGBA(img)
	dc.SetColor(c.Foreground)
	fs := faces{}
	text := func(s string, px float64, bold bool, x, y, ax float64) {
		if s == "" {
			return
		}
		dc.SetFontFace(fs.face(px, bold))
		dc.DrawStringAnchored(s, x, y+px*0.9, ax, 0)
	}
	W := float64(w)
	text(o.Word(p.Phase.Title()), bodyPx*titleScale, true, in, in, 0)
	text(figure.CountLine(p), bodyPx*countScale, true, W/2, in-bodyPx*0.3, 0.5)
	text(repLine(p, o), bodyPx*repScale, false, W-in, in+bodyPx*0.4, 1)

	y := float64(h) - in - bottom
	cap := bodyPx * captionScale
	dc.SetFontFace(fs.face(cap, false))
	lines := dc.WordWrap(o.Word(p.Caption), W-2*in)
	for i, l := range lines {
		if i == 2 {
			break
		}
		text(l, cap, false, W/2, y+4+float64(i)*cap*1.35, 0.5)
	}
	y += 2*cap*1.35 + 8
	text(o.Word(p.Reminder), bodyPx*reminderScale, false, W/2, y+4, 0.5)
	y += bodyPx*reminderScale*1.35 + 8
	text(soundNote, bodyPx, false, W/2, y, 0.5)
	return img
}

// offset moves shapes from the figure's own corner to (dx, dy).
func offset(shapes []figure.Shape, dx, dy float64) []figure.Shape {
	if dx == 0 && dy == 0 {
		return shapes
	}
	out := make([]figure.Shape, len(shapes))
	for i, sh := range shapes {
		sh.Pts = append([]figure.Pt(nil), sh.Pts...)
		for j := range sh.Pts {
			sh.Pts[j].X += dx
			sh.Pts[j].Y += dy
		}
		out[i] = sh
	}
	return out
}

// repLine is figure.RepLine in the picture's language.
func repLine(p breath.Pose, o figure.Options) string {
	switch {
	case p.Reps <= 0 || o.Words == nil:
		return figure.RepLine(p)
	case p.Rep > 0:
		return fmt.Sprintf(o.Word("Rep %d of %d"), p.Rep, p.Reps)
	case o.Plural != nil:
		return o.Plural("%d reps", p.Reps)
	}
	return figure.RepLine(p)
}
