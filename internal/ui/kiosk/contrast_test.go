package kiosk

import (
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/risk"
	"github.com/corecue/corecue/internal/ui/uitest"
)

// A visitor reads the kiosk from a chair across the room. The clinic's
// name in every screen's title bar was drawn in Fyne's own placeholder
// grey, about 3.5:1 on the white window: the kiosk's look took Fyne's
// default colours, none of the app's own, which TestThemeContrast holds at
// 4.5:1 for text. Here the look's colours are held to the app theme's
// pairs, and the kiosk's own ones too: the words as drawn (the clinic's
// name on the attract loop and in the title bar) and each result's level
// mark beside its heading (3:1, a mark rather than text).
func TestKioskColoursReadAcrossTheRoom(t *testing.T) {
	k, _ := newKiosk(t)
	bg := look{}.Color(theme.ColorNameBackground, theme.VariantLight)
	pairs := uitest.ThemePairs(look{})
	drawn := func(where string) {
		n := 0
		uitest.Walk(k.window.Canvas().Content(), func(o fyne.CanvasObject) {
			if tx, ok := o.(*canvas.Text); ok && tx.Text == k.cfg.Clinic.Name {
				pairs = append(pairs, uitest.Pair{What: "the clinic's name " + where, Fg: tx.Color, Bg: bg, Min: 4.5})
				n++
			}
		})
		if n == 0 {
			t.Fatalf("the clinic's name is not shown %s", where)
		}
	}
	drawn("on the attract loop")
	start(t, k)
	drawn("in the title bar")
	tapTile(t, k, safetyTitle)
	n := 0
	for label, b := range buttons(k) {
		if b.Importance != widget.MediumImportance {
			continue
		}
		n++
		pairs = append(pairs, uitest.Pair{What: "the edge of the button " + label, Fg: buttonEdge(b), Bg: bg, Min: 3})
	}
	if n == 0 {
		t.Fatal("no grey buttons on the safety question")
	}
	for _, l := range []risk.Level{risk.Low, risk.Moderate, risk.High, risk.NotAssessed} {
		pairs = append(pairs, uitest.Pair{What: "the mark of " + l.String(), Fg: levelColour(l), Bg: bg, Min: 3})
	}
	for _, s := range uitest.Short(pairs) {
		t.Error(s)
	}
}

// buttonEdge is the colour at b's edge as drawn: the stroke of an outline
// when it has one, else its fill.
func buttonEdge(b *button) color.Color {
	var edge, fill color.Color
	for _, o := range test.WidgetRenderer(b).Objects() {
		if r, ok := o.(*canvas.Rectangle); ok && r.Visible() {
			if r.StrokeWidth > 0 && edge == nil {
				edge = r.StrokeColor
			}
			if fill == nil && r.FillColor != nil {
				fill = r.FillColor
			}
		}
	}
	if edge != nil {
		return edge
	}
	return fill
}
