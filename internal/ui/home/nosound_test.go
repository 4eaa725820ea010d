package home

import (
	"strings"
	"testing"

	"github.com/corecue/corecue/internal/i18n"
)

// CoreCue started with --no-audio (the player these tests open), the person
// starts a drill. The practice screen said "Sound is off (--no-audio) —
// follow the captions.": a command-line flag, which a screen must not show.
// It says why in plain words, in the language of the screen.
func TestSoundOffSaysWhyInPlainWords(t *testing.T) {
	t.Cleanup(func() { _ = i18n.Use(i18n.Source) })
	for _, tc := range []struct{ lang, want string }{
		{"en", "Sound is off: CoreCue was started without sound — follow the captions."},
		{"pl", i18n.FIn("pl", "%s — follow the captions.", i18n.In("pl", "Sound is off: CoreCue was started without sound"))},
	} {
		h, _ := newHome(t, Options{})
		// The window takes its language from the preferences; the note
		// takes its words when it is shown.
		if err := i18n.Use(tc.lang); err != nil {
			t.Fatal(err)
		}
		h.Practice.StartDrill()
		h.Practice.Frame()
		got := h.Stage.Sound.Text
		translated := tc.lang == "en" || !strings.HasPrefix(got, "Sound is off")
		if got != tc.want || !translated || strings.ContainsAny(got, "()=") || strings.Contains(got, "--") {
			t.Errorf("%s: the practice screen says %q, want %q", tc.lang, got, tc.want)
		}
		h.Practice.StopDrill()
	}
}
