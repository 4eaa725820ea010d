package settings

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// Track shows a slider with a track a person can see. Fyne paints the
// track in the input background colour, which in the dark theme sits at
// about 1.1:1 on the window: the bar all but vanishes, leaving a thumb
// floating in the dark. Here the track takes the input outline colour,
// which the theme keeps at 3:1 or more (TestThemeContrast), for the slider
// only: entries keep their quiet fill.
func Track(s fyne.CanvasObject) fyne.CanvasObject {
	return container.NewThemeOverride(s, trackTheme{})
}

// trackTheme is the app's current theme, asked afresh each time so that a
// change of theme reaches the slider too, with the track colour swapped.
type trackTheme struct{}

func (trackTheme) current() fyne.Theme { return fyne.CurrentApp().Settings().Theme() }

func (t trackTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameInputBackground {
		n = theme.ColorNameInputBorder
	}
	return t.current().Color(n, v)
}

func (t trackTheme) Font(s fyne.TextStyle) fyne.Resource     { return t.current().Font(s) }
func (t trackTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.current().Icon(n) }
func (t trackTheme) Size(n fyne.ThemeSizeName) float32       { return t.current().Size(n) }
