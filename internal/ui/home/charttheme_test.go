package home

import (
	"image/color"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"github.com/corecue/corecue/internal/audio"
	"github.com/corecue/corecue/internal/exercise"
	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/store"
)

// Someone who chose a theme last time starts CoreCue again and opens
// History: the sessions chart is drawn on that theme's background, not on
// the desktop's, whichever of light and dark the desktop uses.
func TestChartsStartInTheSavedTheme(t *testing.T) {
	for _, saved := range []string{"light", "dark"} {
		a := test.NewTempApp(t)
		a.Preferences().SetString("ui.theme", saved)
		st, _, err := store.Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		// One session: with none, History draws no chart of empty weeks.
		id, err := st.BeginSession(hist.Session{Kind: hist.Drill, Started: time.Now().Add(-time.Hour), Name: "Vacuum 10"})
		if err != nil {
			t.Fatal(err)
		}
		if err := st.EndSession(id, hist.Finished, hist.NoPain, false); err != nil {
			t.Fatal(err)
		}
		lib, err := exercise.Builtin()
		if err != nil {
			t.Fatal(err)
		}
		w := test.NewTempWindow(t, nil)
		w.Resize(fyne.NewSize(1280, 800))
		h := New(a, w, Deps{Player: audio.Open(true), Store: st, Library: lib}, Options{})
		img := h.History.Weeks.Image
		if img == nil {
			t.Fatalf("%s: no sessions chart", saved)
		}
		want := color.NRGBAModel.Convert(theme.Color(theme.ColorNameBackground))
		if got := color.NRGBAModel.Convert(img.At(1, 1)); got != want {
			t.Errorf("saved %s theme: the chart's corner is %v, the window's background %v", saved, got, want)
		}
		h.Close()
		st.Close()
	}
}
