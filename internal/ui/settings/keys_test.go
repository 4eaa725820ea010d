package settings

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
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
