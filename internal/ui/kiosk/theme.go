package kiosk

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"github.com/corecue/corecue/internal/ui/settings"
)

// look is the default theme made for reading across a room and tapping with
// a finger: larger text, roomier padding, wider scroll bars. It is always
// light: a waiting room is lit, and dark text on white reads furthest. Its
// colours are the app's light theme's, which holds every text at 4.5:1 or
// more (TestThemeContrast); Fyne's own left the clinic's name, drawn in its
// placeholder grey, at 3.5:1.
type look struct{}

// MinText is the smallest text on any kiosk screen, in Fyne units (pixels at
// scale 1 on the 1920x1080 kiosk screen).
const MinText = 24

func (look) base() fyne.Theme { return theme.DefaultTheme() }

// Color is the app's light theme (settings.Theme): text and outlines at
// the contrast it checks, and a focus mark that shows on every button, the
// blue OK and Save and the red Exit included (Fyne's default focus colour
// is its blue, which vanished on them).
func (look) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return lightTheme.Color(n, theme.VariantLight)
}

var lightTheme = settings.Theme("light")

func (l look) Font(s fyne.TextStyle) fyne.Resource     { return l.base().Font(s) }
func (l look) Icon(n fyne.ThemeIconName) fyne.Resource { return l.base().Icon(n) }

func (l look) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	// Nothing smaller than 24 px: a visitor reads it from a chair 2 m away.
	case theme.SizeNameText:
		return MinText
	case theme.SizeNameSubHeadingText:
		return 30
	case theme.SizeNameHeadingText:
		return 42
	case theme.SizeNameCaptionText:
		return MinText
	case theme.SizeNamePadding:
		return 6
	case theme.SizeNameInnerPadding:
		return 14
	case theme.SizeNameInlineIcon:
		return 28
	case theme.SizeNameScrollBar:
		return 16
	case theme.SizeNameScrollBarSmall:
		return 8
	case theme.SizeNameInputRadius, theme.SizeNameSelectionRadius:
		return 8
	}
	return l.base().Size(n)
}

// bigger is the kiosk look with text scaled up, for the few answers that
// must read from across the room (Yes/No, the PIN keys).
type bigger struct {
	look
	scale float32
}

func (b bigger) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameText {
		return b.look.Size(n) * b.scale
	}
	return b.look.Size(n)
}

func big(o fyne.CanvasObject, scale float32) fyne.CanvasObject {
	return container.NewThemeOverride(o, bigger{scale: scale})
}
