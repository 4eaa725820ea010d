package settings

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
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

// Tight shows a label with little padding around its words, for a field's
// name stacked over the field where a short screen has no height to spare.
func Tight(l *widget.Label) fyne.CanvasObject {
	return container.NewThemeOverride(l, tightTheme{})
}

// current is the app's current theme, asked afresh each time so that a
// change of theme reaches what an override shows too.
type current struct{}

func (current) theme() fyne.Theme { return fyne.CurrentApp().Settings().Theme() }

func (c current) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return c.theme().Color(n, v)
}
func (c current) Font(s fyne.TextStyle) fyne.Resource     { return c.theme().Font(s) }
func (c current) Icon(n fyne.ThemeIconName) fyne.Resource { return c.theme().Icon(n) }
func (c current) Size(n fyne.ThemeSizeName) float32       { return c.theme().Size(n) }

// trackTheme swaps the track colour.
type trackTheme struct{ current }

func (t trackTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameInputBackground {
		n = theme.ColorNameInputBorder
	}
	return t.current.Color(n, v)
}

// tightTheme keeps a label's padding at 4 px, a line of text 27 px high
// instead of 35 in the default theme.
type tightTheme struct{ current }

func (t tightTheme) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameInnerPadding {
		return min(t.current.Size(n), 4)
	}
	return t.current.Size(n)
}
