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
	insetScale    = 1.4 // the margin at the sides
	insetTopScale = 0.8 // the margin above and below
	// The screen's line of text is this many times its size high, its
	// padding between parts 4 px, inside a label 4 px above and below, and
	// a caption or set-up line keeps room for 1.35 times its size a line
	// (plus 8 px) whatever its words.
	lineScale = 1.37
	gapPx     = 4.0
	innerPx   = 4.0
	reserveLn = 1.35
	reservePx = 8.0
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

// Box is a rectangle in the picture, in pixels.
type Box struct{ X, Y, W, H float64 }

// StagePlan is where the stage's parts go in a picture: the figure, and the
// words under it or, when Beside, in a column at its right (the hold's
// countdown leading the column, as on the screen).
type StagePlan struct {
	Beside  bool
	Figure  Box
	Words   Box
	Caption []string // the caption's lines as wrapped
	Setup   []string // the set-up line's
}

// Plan lays the stage out for pose p at w × h pixels as the practice screen
// does, its words under the figure or beside it as figure.WordsBeside
// decides from their heights in each arrangement.
func Plan(p breath.Pose, o figure.Options, w, h int) StagePlan {
	return plan(p, o, w, h, faces{})
}

func plan(p breath.Pose, o figure.Options, w, h int, fs faces) StagePlan {
	side, top := bodyPx*insetScale, bodyPx*insetTopScale
	W, H := float64(w)-2*side, float64(h)-2*top
	capPx, remPx := bodyPx*captionScale, bodyPx*reminderScale
	caption, setup := o.Word(p.Caption), o.Word(p.Reminder)
	wrap := func(s string, px, width float64) []string {
		if s == "" {
			return nil
		}
		dc := gg.NewContext(1, 1)
		dc.SetFontFace(fs.face(px, false))
		return dc.WordWrap(s, width-2*innerPx)
	}
	label := func(lines []string, px float64) float64 { return float64(max(len(lines), 1))*px*lineScale + 2*innerPx }
	bottom := H - bodyPx*lineScale - gapPx // above the sound note

	// Under: the header holds the countdown's line; the caption keeps two
	// lines and the set-up line one, or what their words need.
	uc, us := wrap(caption, capPx, W), wrap(setup, remPx, W)
	uWords := max(2*capPx*reserveLn+reservePx, label(uc, capPx)) + gapPx + max(remPx*reserveLn+reservePx, label(us, remPx))
	uTop := bodyPx*countScale*lineScale + gapPx
	under := figure.StageRoom{Room: bottom - uTop, Words: uWords + gapPx}

	// Beside: the header holds the title's line, the countdown leads the
	// column when there is one.
	cw := W * figure.WordsColumn
	bc, bs := wrap(caption, capPx, cw), wrap(setup, remPx, cw)
	bWords := label(bc, capPx) + gapPx + label(bs, remPx)
	if figure.CountLine(p) != "" {
		bWords += bodyPx*countScale*lineScale + gapPx
	}
	bTop := bodyPx*titleScale*lineScale + gapPx
	if figure.WordsBeside(under, figure.StageRoom{Room: bottom - bTop, Words: bWords}) {
		return StagePlan{Beside: true, Caption: bc, Setup: bs,
			Figure: Box{side, top + bTop, W - cw - gapPx, bottom - bTop},
			Words:  Box{side + W - cw, top + bTop, cw, bottom - bTop}}
	}
	wy := bottom - uWords
	return StagePlan{Caption: uc, Setup: us,
		Figure: Box{side, top + uTop, W, wy - gapPx - uTop},
		Words:  Box{side, top + wy, W, uWords}}
}

// Stage paints the practice stage for pose p at w × h pixels: the phase
// title, rep counter and hold countdown across the top, the figure, the
// caption and set-up line under it or beside it (see Plan), and the sound
// note at the bottom. The figure is figure.Render of the same options the
// screen's figure uses.
func Stage(p breath.Pose, o figure.Options, w, h int, pal *figure.Palette, c StageColours, soundNote string) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.NewUniform(c.Background), image.Point{}, draw.Src)
	fs := faces{}
	pl := plan(p, o, w, h, fs)
	if pl.Figure.W < 1 || pl.Figure.H < 1 {
		return img
	}
	o.Pose, o.W, o.H = p, pl.Figure.W, pl.Figure.H
	sc := figure.Render(o)
	Paint(img, offset(sc.Shapes, pl.Figure.X, pl.Figure.Y), pal, All, 1)

	dc := gg.NewContextForRGBA(img)
	dc.SetColor(c.Foreground)
	text := func(s string, px float64, bold bool, x, y, ax float64) {
		if s == "" {
			return
		}
		dc.SetFontFace(fs.face(px, bold))
		dc.DrawStringAnchored(s, x, y+px*0.9, ax, 0)
	}
	side, top := bodyPx*insetScale, bodyPx*insetTopScale
	W := float64(w)
	text(o.Word(p.Phase.Title()), bodyPx*titleScale, true, side, top, 0)
	text(repLine(p, o), bodyPx*repScale, false, W-side, top+bodyPx*0.4, 1)
	capPx, remPx := bodyPx*captionScale, bodyPx*reminderScale
	x, ax := W/2, 0.5 // under the figure the words are centred
	y := pl.Words.Y
	if pl.Beside {
		x, ax = pl.Words.X+innerPx, 0
		if cl := figure.CountLine(p); cl != "" {
			text(cl, bodyPx*countScale, true, pl.Words.X, y, 0)
			y += bodyPx*countScale*lineScale + gapPx
		}
	} else {
		text(figure.CountLine(p), bodyPx*countScale, true, W/2, top-bodyPx*0.3, 0.5)
	}
	for i, l := range pl.Caption {
		text(l, capPx, false, x, y+innerPx+float64(i)*capPx*lineScale, ax)
	}
	y += max(float64(len(pl.Caption))*capPx*lineScale+2*innerPx, 0) + gapPx
	if !pl.Beside {
		y = pl.Words.Y + max(2*capPx*reserveLn+reservePx, float64(len(pl.Caption))*capPx*lineScale+2*innerPx) + gapPx
	}
	for i, l := range pl.Setup {
		text(l, remPx, false, x, y+innerPx+float64(i)*remPx*lineScale, ax)
	}
	text(soundNote, bodyPx, false, W/2, float64(h)-top-bodyPx*lineScale, 0.5)
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
