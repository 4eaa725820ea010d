package kiosk

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/corecue/corecue/internal/audio"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/kiosk"
)

// TestVisitorChoosesPolishThenTheResetBringsTheDefault replays a clinic
// whose kiosk speaks Romanian by default: a visitor picks Polski on home,
// reads the taster and the first safety question in Polish, walks away,
// and the idle reset brings the next visitor Romanian again.
func TestVisitorChoosesPolishThenTheResetBringsTheDefault(t *testing.T) {
	t.Cleanup(func() { _ = i18n.Use(i18n.Source) })
	a := test.NewTempApp(t)
	a.Settings().SetTheme(look{})
	cfg, _, err := kiosk.Parse([]byte("language = \"ro\"\n[clinic]\nname = \"Riverside Physio\"\nphone = \"020 7946 0000\"\n"), false)
	if err != nil {
		t.Fatal(err)
	}
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cfg.AttractFPS = 0 // its clock would pose the figure from its own goroutine (see newKioskAt)
	clk := &fakeClock{time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)}
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1920, 1080))
	k := New(w, Deps{Config: cfg, Player: audio.Open(true), Library: lib,
		Guard: kiosk.NewGuard(pinHash, clk.Now), Now: clk.Now, After: held})
	t.Cleanup(k.Close)

	if !shows(k, "Atingeți ecranul ca să începeți") {
		t.Fatal("the attract loop is not in the clinic's Romanian")
	}
	start(t, k)
	if !shows(k, "Bun venit") {
		t.Fatal("home is not in Romanian")
	}
	var chooser *button
	for label, b := range buttons(k) {
		if strings.HasPrefix(label, "Română · ") && strings.Contains(label, "English") {
			chooser = b
		}
	}
	if chooser == nil {
		t.Fatalf("home has no language button naming Română first; has %v", keys(buttons(k)))
	}
	test.Tap(chooser)
	if k.pop == nil || !k.pop.Visible() {
		t.Fatal("the language button opened no choice")
	}
	offered := map[string]*button{}
	walk(k.pop.Content, func(o fyne.CanvasObject) {
		if b, ok := o.(*button); ok {
			offered[b.Text] = b
		}
	})
	for _, name := range []string{"English", "Polski", "Română", "Español", "Português", "বাংলা", "ਪੰਜਾਬੀ"} {
		if offered[name] == nil {
			t.Fatalf("the choice lacks %q; has %v", name, keys(offered))
		}
	}
	test.Tap(offered["Polski"])
	if k.pop != nil && k.pop.Visible() {
		t.Fatal("the choice stayed open after choosing")
	}
	if k.m.Visitor().Lang != "pl" || !shows(k, "Witamy") {
		t.Fatal("choosing Polski did not turn home Polish")
	}
	tapTile(t, k, "Wypróbuj wciąganie brzucha")
	if _, ok := buttons(k)["Start"]; !ok || !shows(k, "Usiądź lub stań prosto") {
		t.Fatalf("the taster is not in Polish: buttons %v", keys(buttons(k)))
	}
	press(t, k, "Strona główna")
	tapTile(t, k, "Czy mój trening jest bezpieczny dla pleców?")
	if !shows(k, "Pytanie 1 z 8") || !shows(k, "Czy masz drętwienie lub mrowienie") {
		t.Fatal("the first red-flag question is not in Polish")
	}

	clk.Advance(cfg.IdleTimeout)
	k.Tick()
	if !k.prompt.Visible() || !strings.Contains(k.count.Text, "10 sekund") {
		t.Fatalf("the prompt is not counting down in Polish: %q", k.count.Text)
	}
	clk.Advance(cfg.StillThere)
	k.Tick()
	k.Tick()
	if k.m.Screen() != kiosk.Attract || k.m.Visitor().Lang != "" {
		t.Fatalf("no reset: screen %v, language %q", k.m.Screen(), k.m.Visitor().Lang)
	}
	if !shows(k, "Atingeți ecranul ca să începeți") || i18n.Current() != "ro" {
		t.Fatalf("the reset did not bring Romanian back (in use: %s)", i18n.Current())
	}
	start(t, k)
	if !shows(k, "Bun venit") {
		t.Fatal("the next visitor's home is not Romanian")
	}
}
