package settings

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/ui/uitest"
)

// A person Tabs down the sound settings: each row's "On" box comes before
// its volume slider, as it sits left of it. Tab went to the slider first.
func TestTabReadsEachSoundRowLeftToRight(t *testing.T) {
	v := NewView(test.NewTempApp(t).Preferences())
	w := test.NewTempWindow(t, v.Content())
	w.Resize(fyne.NewSize(1280, 800))
	c := w.Canvas()
	want := []fyne.Focusable{v.Mute, v.Cues, v.CuesVol, v.Voice, v.VoiceVol, v.Bed, v.BedVol, v.Offset, v.Calibrate, v.Reduced}
	for i, f := range want {
		test.FocusNext(c)
		if c.Focused() != f {
			t.Fatalf("Tab %d reached %T %p, want %T %p", i+1, c.Focused(), c.Focused(), f, f)
		}
	}
}

// On a 1024x600 netbook the settings scroll: Tab down the whole screen, and
// round again, and every control the focus reaches is in view. The scroll
// stayed put, and the theme, language and more took the focus below the fold.
func TestTabKeepsFocusInViewAt1024x600(t *testing.T) {
	v := NewView(test.NewTempApp(t).Preferences())
	w := test.NewTempWindow(t, v.Content())
	w.Resize(fyne.NewSize(1024, 600-100)) // the tabs and the window's title take the rest
	for _, miss := range uitest.TabOutOfView(w.Canvas(), v.content.(*container.Scroll), 40) {
		t.Error(miss)
	}
}
