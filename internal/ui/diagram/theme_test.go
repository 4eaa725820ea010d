package diagram

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// lightTestTheme is the default theme pinned to light, so the figure uses the
// light palette whatever the test app's default variant is.
type lightTestTheme struct{}

func (lightTestTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return theme.DefaultTheme().Color(n, theme.VariantLight)
}
func (lightTestTheme) Font(s fyne.TextStyle) fyne.Resource     { return theme.DefaultTheme().Font(s) }
func (lightTestTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }
func (lightTestTheme) Size(n fyne.ThemeSizeName) float32       { return theme.DefaultTheme().Size(n) }
