package practice

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/ui/settings"
	"github.com/corecue/corecue/internal/ui/stage"
)

// TestLanguageScreenshots renders the practice screen in the hold, in every
// language CoreCue ships, to PNG for a person to read. It runs only when
// LANG_SHOTS names an output folder.
func TestLanguageScreenshots(t *testing.T) {
	dir := os.Getenv("LANG_SHOTS")
	if dir == "" {
		t.Skip("set LANG_SHOTS to a folder to render the practice screen in every language")
	}
	t.Cleanup(func() { _ = i18n.Use(i18n.Source) })
	for _, l := range i18n.Default().Languages() {
		if err := i18n.Use(l.Code); err != nil {
			t.Fatal(err)
		}
		test.NewTempApp(t)
		fyne.CurrentApp().Settings().SetTheme(settings.Theme("light"))
		p := &scripted{}
		s := New(p, stage.New(), nil)
		w := test.NewTempWindow(t, s.Content())
		w.Resize(fyne.NewSize(1280, 800))
		test.Tap(s.Start)
		p.now = 36 * time.Second
		s.Frame()
		f, err := os.Create(filepath.Join(dir, "practice-"+l.Code+".png"))
		if err != nil {
			t.Fatal(err)
		}
		if err := png.Encode(f, w.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
		f.Close()
		s.Close()
	}
}
