package kiosk

import (
	"strings"
	"testing"
	"time"

	"github.com/corecue/corecue/internal/i18n"
)

// A visitor opens the taster. Its header said "3 reps" and its caption "3
// calm breaths": two counts of the same thing in different words, which
// reads as if they were different things. The caption counts what the
// header counts, in its words, in every language the kiosk speaks.
func TestTasterHeaderAndCaptionCountAlike(t *testing.T) {
	k := atTaster(t)
	check := func(lang string, d *drill) {
		t.Helper()
		head, capt := d.stage.Rep.Text, d.stage.Caption.Text
		if head == "" || !strings.Contains(capt, head) {
			t.Errorf("%s: the header says %q, the caption %q", lang, head, capt)
		}
	}
	check("en", k.drill)
	for _, code := range i18n.Default().Codes() {
		if err := i18n.Use(code); err != nil {
			t.Fatal(err)
		}
		check(code, newDrill(k))
	}
}

// A visitor does the taster to its end. The heading over the figure went
// back to "Get ready", as if another round were about to start, beside
// "Well done! Ask us how…". At the end it says the drill is done, in every
// language the kiosk speaks.
func TestTasterEndsWithWellDoneNotGetReady(t *testing.T) {
	k := atTaster(t)
	check := func(lang string, d *drill) {
		t.Helper()
		want := i18n.L("Well done")
		if got := d.stage.Title.Text; got != want || got == i18n.L("Get ready") {
			t.Errorf("%s: at the taster's end the heading is %q, want %q", lang, got, want)
		}
		if lang != "en" && want == "Well done" {
			t.Errorf("%s: \"Well done\" is not translated", lang)
		}
	}
	finishDrill(t, k)
	check("en", k.drill)
	for _, code := range i18n.Default().Codes() {
		if err := i18n.Use(code); err != nil {
			t.Fatal(err)
		}
		d := newDrill(k)
		d.toggle()
		k.DrillNow = func() time.Duration { return time.Hour }
		d.Frame()
		k.DrillNow = k.deps.Player.Now
		// The end's act put the kiosk's own language back.
		if err := i18n.Use(code); err != nil {
			t.Fatal(err)
		}
		check(code, d)
		d.stop()
	}
}

// atTaster is a kiosk showing the taster, whose language goes back to
// English when the test ends.
func atTaster(t *testing.T) *Kiosk {
	t.Helper()
	t.Cleanup(func() { _ = i18n.Use(i18n.Source) })
	k, _ := newKiosk(t)
	start(t, k)
	tapTile(t, k, "Try the core vacuum")
	return k
}
