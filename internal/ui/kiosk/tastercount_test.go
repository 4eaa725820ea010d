package kiosk

import (
	"strings"
	"testing"

	"github.com/corecue/corecue/internal/i18n"
)

// A visitor opens the taster. Its header said "3 reps" and its caption "3
// calm breaths": two counts of the same thing in different words, which
// reads as if they were different things. The caption counts what the
// header counts, in its words, in every language the kiosk speaks.
func TestTasterHeaderAndCaptionCountAlike(t *testing.T) {
	t.Cleanup(func() { _ = i18n.Use(i18n.Source) })
	k, _ := newKiosk(t)
	start(t, k)
	tapTile(t, k, "Try the core vacuum")
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
