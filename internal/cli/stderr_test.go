package cli

import (
	"bytes"
	"errors"
	"log"
	"testing"

	"fyne.io/fyne/v2"
)

func TestQuietLogDropsOnlyTheFavouriteFoldersReport(t *testing.T) {
	var out bytes.Buffer
	defer log.SetOutput(log.Writer())
	log.SetOutput(QuietLog(&out))
	fyne.LogError("Getting favorite locations", errors.New("this computer does not define a VIDEOS folder"))
	if out.Len() != 0 {
		t.Fatalf("the favourite folders report got through: %q", out.String())
	}
	fyne.LogError("Failed to open file", errors.New("permission denied"))
	got := out.String()
	for _, want := range []string{"Fyne error:  Failed to open file", "  Cause: permission denied", "  At: "} {
		if !bytes.Contains([]byte(got), []byte(want)) {
			t.Fatalf("another error was lost: %q lacks %q", got, want)
		}
	}
	out.Reset()
	fyne.LogError("Getting favorite locations", nil)
	log.Println("corecue: a line of its own")
	if got := out.String(); !bytes.Contains([]byte(got), []byte("corecue: a line of its own")) || bytes.Contains([]byte(got), []byte("favorite")) {
		t.Fatalf("got %q", got)
	}
}

// A second CoreCue process writing the shared preferences file makes
// Fyne's watch reload it half-written; the report it logs then is not for
// the person (see QuietLog).
func TestQuietLogDropsThePreferencesReloadReport(t *testing.T) {
	var out bytes.Buffer
	defer log.SetOutput(log.Writer())
	log.SetOutput(QuietLog(&out))
	fyne.LogError("Preferences load error:", errors.New("EOF"))
	if out.Len() != 0 {
		t.Fatalf("the preferences reload report got through: %q", out.String())
	}
	fyne.LogError("Failed on saving preferences", errors.New("no space left on device"))
	if got := out.String(); !bytes.Contains([]byte(got), []byte("no space left on device")) {
		t.Fatalf("a failed save was dropped too: %q", got)
	}
}
