package settings

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// appTheme is Fyne's default theme with the colours that fall short of the
// contrast a person needs replaced: text at least 4.5:1 against what it
// sits on, control outlines (an unticked box or radio) at least 3:1 as
// drawn, where the thin ring's anti-aliasing leaves it far lighter than its
// colour (near black in the light theme, light grey in the dark), and a
// focused button that looks different from an unfocused one whatever its
// colour (Fyne marks focus by blending the focus colour over the button,
// and its default focus colour is the primary blue, which vanishes on a
// blue button), and a disabled control's words that are still seen.
// TestThemeContrast checks every pair,
// TestUntickedBoxesAndRadiosAreSeen the rings as rendered.
type appTheme struct {
	fyne.Theme
	fixed   bool // light or dark whatever the desktop says
	variant fyne.ThemeVariant
}

func (t appTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.fixed {
		v = t.variant
	}
	table := lightColours
	if v == theme.VariantDark {
		table = darkColours
	}
	if c, ok := table[n]; ok {
		return c
	}
	return t.Theme.Color(n, v)
}

var (
	darkText  = color.NRGBA{R: 23, G: 23, B: 24, A: 255} // the dark theme's background
	whiteText = color.NRGBA{R: 255, G: 255, B: 255, A: 255}
)

var lightColours = map[fyne.ThemeColorName]color.Color{
	theme.ColorNameForeground:          color.NRGBA{R: 51, G: 51, B: 51, A: 255},
	theme.ColorNamePrimary:             color.NRGBA{R: 25, G: 95, B: 210, A: 255},
	theme.ColorNameHyperlink:           color.NRGBA{R: 25, G: 95, B: 210, A: 255},
	theme.ColorNameForegroundOnPrimary: whiteText,
	theme.ColorNameSuccess:             color.NRGBA{R: 27, G: 122, B: 43, A: 255},
	theme.ColorNameForegroundOnSuccess: whiteText,
	theme.ColorNameWarning:             color.NRGBA{R: 160, G: 82, B: 0, A: 255},
	theme.ColorNameForegroundOnWarning: whiteText,
	theme.ColorNameError:               color.NRGBA{R: 198, G: 40, B: 40, A: 255},
	theme.ColorNameForegroundOnError:   whiteText,
	theme.ColorNamePlaceHolder:         color.NRGBA{R: 105, G: 105, B: 105, A: 255},
	theme.ColorNameInputBorder:         color.NRGBA{R: 36, G: 36, B: 36, A: 255},
	theme.ColorNameFocus:               color.NRGBA{R: 0, G: 0, B: 0, A: 0x59},
	theme.ColorNameDisabled:            disabledLight,
}

// A disabled control's words: greyer than the enabled ones, but at 3:1 on
// the greyed button and the window (Fyne's are 1.2:1 to 1.6:1, and a
// greyed Start workout on the dark theme was hard to find at all).
var (
	disabledLight = color.NRGBA{R: 130, G: 130, B: 130, A: 255}
	disabledDark  = color.NRGBA{R: 125, G: 125, B: 128, A: 255}
)

// The dark theme's coloured buttons carry dark text, so the focus colour
// lightens every button; they are a shade less bright than Fyne's so that
// the lightening shows.
var darkColours = map[fyne.ThemeColorName]color.Color{
	theme.ColorNamePrimary:             color.NRGBA{R: 80, G: 140, B: 240, A: 255},
	theme.ColorNameHyperlink:           color.NRGBA{R: 110, G: 165, B: 255, A: 255},
	theme.ColorNameForegroundOnPrimary: darkText,
	theme.ColorNameSuccess:             color.NRGBA{R: 50, G: 165, B: 65, A: 255},
	theme.ColorNameForegroundOnSuccess: darkText,
	theme.ColorNameWarning:             color.NRGBA{R: 210, G: 120, B: 0, A: 255},
	theme.ColorNameForegroundOnWarning: darkText,
	theme.ColorNameError:               color.NRGBA{R: 235, G: 95, B: 85, A: 255},
	theme.ColorNameForegroundOnError:   darkText,
	theme.ColorNameInputBorder:         color.NRGBA{R: 190, G: 190, B: 195, A: 255},
	theme.ColorNameFocus:               color.NRGBA{R: 255, G: 255, B: 255, A: 0x4d},
	theme.ColorNameDisabled:            disabledDark,
}

// Theme returns the app's theme for a "system", "light" or "dark" choice.
func Theme(choice string) fyne.Theme {
	switch choice {
	case "light":
		return appTheme{theme.DefaultTheme(), true, theme.VariantLight}
	case "dark":
		return appTheme{theme.DefaultTheme(), true, theme.VariantDark}
	}
	return appTheme{Theme: theme.DefaultTheme()}
}
