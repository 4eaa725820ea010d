package settings

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Markup snapshots of the settings tab with the defaults and after a person
// has turned the voice off and chosen the dark theme, in the test theme at
// 1280x800, with fresh preferences.
func TestViewRendersAsBefore(t *testing.T) {
	a := test.NewTempApp(t)
	test.ApplyTheme(t, test.NewTheme())
	v := NewView(a.Preferences())
	w := test.NewTempWindow(t, v.Content())
	w.Resize(fyne.NewSize(1280, 800))
	test.AssertRendersToMarkup(t, "settings/defaults.xml", w.Canvas())

	test.Tap(v.Voice)
	v.Theme.SetSelected("Dark")
	w.Canvas().Unfocus() // the tap focused the box; a person's next click moves on
	test.AssertRendersToMarkup(t, "settings/voice_off_dark.xml", w.Canvas())
}
