package kiosk

import (
	"image/color"
	"math"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/ui/column"
)

// buildPrompt is the "Still there?" overlay: the whole screen is one tap
// target, so any touch carries on where the visitor was.
func (k *Kiosk) buildPrompt() *fyne.Container {
	dim := canvas.NewRectangle(color.NRGBA{0, 0, 0, 0x99})
	card := canvas.NewRectangle(look{}.Color(theme.ColorNameBackground, theme.VariantLight))
	card.CornerRadius = 24
	k.count = text("", 1.3, false, fyne.TextAlignCenter)
	body := container.NewVBox(
		text(i18n.L("Still there?"), 2.6, true, fyne.TextAlignCenter),
		text(i18n.L("Touch the screen to carry on."), 1.5, false, fyne.TextAlignCenter),
		k.count,
	)
	box := container.NewStack(card, container.New(column.Inset{Side: 48, Top: 40}, body))
	centred := container.NewCenter(box)
	area := newTapArea(k.ptr, container.NewStack(dim, centred), func(*fyne.PointEvent) { k.touch() })
	return container.NewStack(area)
}

func promptLine(left time.Duration) string {
	s := int(math.Ceil(left.Seconds()))
	if s <= 1 {
		return i18n.L("Starting over for the next visitor…")
	}
	return i18n.N("Starting over for the next visitor in %d seconds.", s)
}

func sortedKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
