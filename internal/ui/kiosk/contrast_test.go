package kiosk

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

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
	for _, l := range []risk.Level{risk.Low, risk.Moderate, risk.High, risk.NotAssessed} {
		pairs = append(pairs, uitest.Pair{What: "the mark of " + l.String(), Fg: levelColour(l), Bg: bg, Min: 3})
	}
	for _, s := range uitest.Short(pairs) {
		t.Error(s)
	}
}
