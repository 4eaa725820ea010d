package kiosk

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/audio"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/kiosk"
)

// TestLanguageScreenshots renders the kiosk's home, taster, first safety
// question and results in every language CoreCue ships, to PNG for a
// person to read. It runs only when LANG_SHOTS names an output folder.
func TestLanguageScreenshots(t *testing.T) {
	dir := os.Getenv("LANG_SHOTS")
	if dir == "" {
		t.Skip("set LANG_SHOTS to a folder to render the kiosk in every language")
	}
	t.Cleanup(func() { _ = i18n.Use(i18n.Source) })
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range i18n.Default().Languages() {
		a := test.NewTempApp(t)
		a.Settings().SetTheme(look{})
		cfg, _, err := kiosk.Parse([]byte("language = \""+l.Code+"\"\n[clinic]\nname = \"Riverside Physio\"\nphone = \"020 7946 0000\"\n"), false)
		if err != nil {
			t.Fatal(err)
		}
		cfg.AttractFPS = 0 // its clock would pose the figure from its own goroutine (see newKioskAt)
		clk := &fakeClock{time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)}
		w := test.NewTempWindow(t, nil)
		w.Resize(fyne.NewSize(1920, 1080))
		k := New(w, Deps{Config: cfg, Player: audio.Open(true), Library: lib,
			Guard: kiosk.NewGuard(pinHash, clk.Now), Now: clk.Now, After: held})
		shot := func(name string) {
			t.Helper()
			f, err := os.Create(filepath.Join(dir, "kiosk-"+name+"-"+l.Code+".png"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if err := png.Encode(f, w.Canvas().Capture()); err != nil {
				t.Fatal(err)
			}
		}
		start(t, k)
		shot("home")
		k.chooseLanguage()
		shot("languages")
		k.pop.Hide()
		k.act(func() { k.m.Go(kiosk.Drill) })
		shot("taster")
		k.act(func() { k.m.Go(kiosk.Safety) })
		shot("question")
		k.act(func() {
			k.m.ClearFlags(true)
			k.m.SetPain(4)
			k.m.SetLeg(false)
			for _, id := range []string{"sit-up", "plank", "dead-bug"} {
				k.m.Toggle(id)
			}
			k.m.ShowResults(true)
		})
		shot("results")
		k.Close()
	}
}
