package uitest

import (
	"fmt"
	"image/color"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/corecue/corecue/internal/figure"
)

// Over blends a translucent top colour over an opaque base, as Fyne's
// button does with its focus and hover colours.
func Over(base, top color.Color) color.Color {
	b := color.NRGBAModel.Convert(base).(color.NRGBA)
	t := color.NRGBAModel.Convert(top).(color.NRGBA)
	a := float64(t.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*(1-a) + float64(y)*a)) }
	return color.NRGBA{R: mix(b.R, t.R), G: mix(b.G, t.G), B: mix(b.B, t.B), A: 255}
}

// Pair is a colour drawn on another and the contrast it needs: 4.5:1 for
// text, 3:1 for large text and a control's outline.
type Pair struct {
	What   string
	Fg, Bg color.Color
	Min    float64
}

// Short is what each pair that falls short of its contrast is, and how far.
func Short(pairs []Pair) []string {
	var out []string
	for _, p := range pairs {
		if got := figure.Contrast(p.Fg, p.Bg); got < p.Min {
			out = append(out, fmt.Sprintf("%s is %.2f:1, needs %.1f:1", p.What, got, p.Min))
		}
	}
	return out
}

// ThemePairs are the pairs a theme's colours make wherever Fyne draws
// them: body, placeholder and coloured text on the window and its panels,
// each button's words at rest, hovered and focused, the focus mark, a
// disabled control's words, and the outlines of boxes, radios and entries. The theme is asked for its
// light variant; a theme fixed to one variant answers with that.
func ThemePairs(th fyne.Theme) []Pair {
	c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, theme.VariantLight) }
	bg := c(theme.ColorNameBackground)
	var pairs []Pair
	text := func(what string, fg color.Color, bgs ...fyne.ThemeColorName) {
		for _, b := range bgs {
			pairs = append(pairs, Pair{what + " on " + string(b), fg, c(b), 4.5})
		}
	}
	text("text", c(theme.ColorNameForeground), theme.ColorNameBackground, theme.ColorNameButton,
		theme.ColorNameInputBackground, theme.ColorNameOverlayBackground, theme.ColorNameMenuBackground,
		theme.ColorNameHeaderBackground)
	text("placeholder", c(theme.ColorNamePlaceHolder), theme.ColorNameInputBackground, theme.ColorNameBackground)
	// Coloured text: "Low risk" (success), warnings, errors, links and
	// high-importance labels (primary), on the window and in dialogs.
	for _, n := range []fyne.ThemeColorName{theme.ColorNameSuccess, theme.ColorNameWarning, theme.ColorNameError,
		theme.ColorNamePrimary, theme.ColorNameHyperlink} {
		text(string(n)+" text", c(n), theme.ColorNameBackground, theme.ColorNameOverlayBackground)
	}
	// Buttons of each importance, at rest, hovered and focused.
	for _, b := range []struct{ fg, bg fyne.ThemeColorName }{
		{theme.ColorNameForeground, theme.ColorNameButton},
		{theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary},
		{theme.ColorNameForegroundOnSuccess, theme.ColorNameSuccess},
		{theme.ColorNameForegroundOnWarning, theme.ColorNameWarning},
		{theme.ColorNameForegroundOnError, theme.ColorNameError},
	} {
		rest := c(b.bg)
		pairs = append(pairs,
			Pair{string(b.fg) + " on " + string(b.bg), c(b.fg), rest, 4.5},
			Pair{string(b.fg) + " on focused " + string(b.bg), c(b.fg), Over(rest, c(theme.ColorNameFocus)), 4.5},
			Pair{string(b.fg) + " on hovered " + string(b.bg), c(b.fg), Over(rest, c(theme.ColorNameHover)), 4.5},
			// The focus mark: a focused button must look different
			// from the same button unfocused.
			Pair{"focused vs unfocused " + string(b.bg), Over(rest, c(theme.ColorNameFocus)), rest, 1.4},
		)
	}
	// Disabled controls: greyed, but still seen as there (a greyed Start
	// workout on the dark theme's Workout tab was hard to find). Their
	// words, as a control's outline, at 3:1 on the greyed button and on
	// the window.
	pairs = append(pairs,
		Pair{"disabled text on " + string(theme.ColorNameDisabledButton), c(theme.ColorNameDisabled), c(theme.ColorNameDisabledButton), 3},
		Pair{"disabled text on background", c(theme.ColorNameDisabled), bg, 3},
	)
	// Outlines of unticked boxes and radios, and of entries.
	return append(pairs,
		Pair{"unticked outline on background", c(theme.ColorNameInputBorder), bg, 3},
		Pair{"unticked outline on its fill", c(theme.ColorNameInputBorder), c(theme.ColorNameInputBackground), 3},
		Pair{"ticked mark on background", c(theme.ColorNamePrimary), bg, 3},
	)
}
