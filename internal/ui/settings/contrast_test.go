package settings

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/figure"
)

// over blends a translucent top colour over an opaque base, as Fyne's
// button does with its focus and hover colours.
func over(base, top color.Color) color.Color {
	b := color.NRGBAModel.Convert(base).(color.NRGBA)
	t := color.NRGBAModel.Convert(top).(color.NRGBA)
	a := float64(t.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*(1-a) + float64(y)*a)) }
	return color.NRGBA{R: mix(b.R, t.R), G: mix(b.G, t.G), B: mix(b.B, t.B), A: 255}
}

func TestThemeContrast(t *testing.T) {
	for _, choice := range []string{"light", "dark"} {
		th := Theme(choice)
		c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, theme.VariantLight) }
		bg := c(theme.ColorNameBackground)
		type pair struct {
			what   string
			fg, bg color.Color
			min    float64
		}
		var pairs []pair
		text := func(what string, fg color.Color, bgs ...fyne.ThemeColorName) {
			for _, b := range bgs {
				pairs = append(pairs, pair{what + " on " + string(b), fg, c(b), 4.5})
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
				pair{string(b.fg) + " on " + string(b.bg), c(b.fg), rest, 4.5},
				pair{string(b.fg) + " on focused " + string(b.bg), c(b.fg), over(rest, c(theme.ColorNameFocus)), 4.5},
				pair{string(b.fg) + " on hovered " + string(b.bg), c(b.fg), over(rest, c(theme.ColorNameHover)), 4.5},
				// The focus mark: a focused button must look different
				// from the same button unfocused.
				pair{"focused vs unfocused " + string(b.bg), over(rest, c(theme.ColorNameFocus)), rest, 1.4},
			)
		}
		// Outlines of unticked boxes and radios, and of entries.
		pairs = append(pairs,
			pair{"unticked outline on background", c(theme.ColorNameInputBorder), bg, 3},
			pair{"unticked outline on its fill", c(theme.ColorNameInputBorder), c(theme.ColorNameInputBackground), 3},
			pair{"ticked mark on background", c(theme.ColorNamePrimary), bg, 3},
		)
		for _, p := range pairs {
			if got := figure.Contrast(p.fg, p.bg); got < p.min {
				t.Errorf("%s theme: %s is %.2f:1, needs %.1f:1", choice, p.what, got, p.min)
			}
		}
		if testing.Verbose() {
			fmt.Println(choice, len(pairs), "pairs checked")
		}
	}
}

// The slider's track, as Fyne paints it inside Track, stands out from the
// window at 3:1 or more in both themes (a control's outline); the bare
// slider's does not in the dark one.
func TestSliderTrackIsVisible(t *testing.T) {
	for _, choice := range []string{"light", "dark"} {
		a := test.NewTempApp(t)
		a.Settings().SetTheme(Theme(choice))
		s := widget.NewSlider(0, 100)
		w := test.NewTempWindow(t, Track(s))
		w.Resize(fyne.NewSize(300, 60))
		track := test.WidgetRenderer(s).Objects()[0].(*canvas.Rectangle).FillColor
		bg := Theme(choice).Color(theme.ColorNameBackground, theme.VariantLight)
		if got := figure.Contrast(track, bg); got < 3 {
			t.Errorf("%s: track %v on background is %.2f:1, needs 3:1", choice, track, got)
		}
	}
}

// An unticked box or radio is a thin ring, drawn anti-aliased: on screen
// it never reaches its colour, so the colour's 3:1 (checked above) showed
// as about 2:1, and in the light theme a person took the boxes for empty
// space. Drawn as a person sees it, the ring must stand out at 3:1 from the
// window all the way round: the darkest (lightest, in the dark theme)
// pixels, as many as twice the icon's side, about its perimeter, each
// reach 3:1.
func TestUntickedBoxesAndRadiosAreSeen(t *testing.T) {
	for _, choice := range []string{"light", "dark"} {
		for _, ctl := range []struct {
			name string
			make func() fyne.CanvasObject
		}{
			{"check box", func() fyne.CanvasObject { return widget.NewCheck("", nil) }},
			{"radio", func() fyne.CanvasObject { return widget.NewRadioGroup([]string{""}, nil) }},
		} {
			a := test.NewTempApp(t)
			a.Settings().SetTheme(Theme(choice))
			w := test.NewTempWindow(t, ctl.make())
			w.Resize(fyne.NewSize(60, 60))
			img := w.Canvas().Capture()
			bg := Theme(choice).Color(theme.ColorNameBackground, theme.VariantLight)
			var seen []float64
			b := img.Bounds()
			for y := b.Min.Y; y < b.Max.Y; y++ {
				for x := b.Min.X; x < b.Max.X; x++ {
					seen = append(seen, figure.Contrast(img.At(x, y), bg))
				}
			}
			slices.Sort(seen)
			slices.Reverse(seen)
			n := int(2 * theme.Size(theme.SizeNameInlineIcon))
			if got := seen[n-1]; got < 3 {
				t.Errorf("%s theme: the unticked %s's ring is %.2f:1 at its %dth pixel, needs 3:1", choice, ctl.name, got, n)
			}
		}
	}
}
