package settings

import (
	"fmt"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/ui/uitest"
)

func TestThemeContrast(t *testing.T) {
	for _, choice := range []string{"light", "dark"} {
		pairs := uitest.ThemePairs(Theme(choice))
		for _, s := range uitest.Short(pairs) {
			t.Errorf("%s theme: %s", choice, s)
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
