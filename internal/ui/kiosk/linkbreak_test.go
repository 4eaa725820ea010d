package kiosk

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/corecue/corecue/internal/ui/uitest"
)

// A visitor at a 1024x600 kiosk ends the taster and presses "Book with the
// clinic": the link written under the QR code broke in the middle of a
// word, "…example/b" on one line and "ook" on the next, which reads as two
// words and is typed wrong. The link may break only after a "/" or a ".",
// and every part of it is shown, in order.
func TestBookingLinkBreaksOnlyAtItsSlashesAndDots(t *testing.T) {
	cfg := exampleConfig(t)
	link := cfg.BookingURL
	for _, win := range []fyne.Size{{Width: 1024, Height: 600}, {Width: 1280, Height: 800}, {Width: 1920, Height: 1080}} {
		t.Run(fmt.Sprint(win.Width, "x", win.Height), func(t *testing.T) {
			k, _ := newKiosk(t)
			k.cfg.Clinic, k.cfg.BookingURL = cfg.Clinic, link
			k.window.Resize(win)
			start(t, k)
			tapTile(t, k, "Try the core vacuum")
			finishDrill(t, k)
			press(t, k, bookLabel)
			uitest.Relayout(k.window)
			var lines []string
			walk(k.holder, func(o fyne.CanvasObject) {
				// The link's lines, from its first on: the clinic's email
				// before it shares words with it.
				tx, ok := o.(*canvas.Text)
				if !ok {
					return
				}
				l := strings.TrimSpace(tx.Text)
				if (len(lines) > 0 || strings.HasPrefix(link, l)) && l != "" && strings.Contains(link, l) {
					lines = append(lines, l)
				}
			})
			if got := strings.Join(lines, ""); got != link {
				t.Fatalf("the link shows as %q, want %q", lines, link)
			}
			for _, l := range lines[:len(lines)-1] {
				if !strings.HasSuffix(l, "/") && !strings.HasSuffix(l, ".") {
					t.Errorf("the link breaks after %q: %q", l, lines)
				}
			}
			for _, o := range overprints(k) {
				t.Error(o)
			}
		})
	}
}
