package kiosk

import (
	"fmt"
	"os"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/corecue/corecue/internal/kiosk"
	"github.com/corecue/corecue/internal/ui/uitest"
)

// A visitor on a 1024x600 kiosk ends the taster, presses "Book with the
// clinic" and then "Home". The booking screen's QR code and link asked for
// more width than the screen has: "Home" was cut to "Hom", "Start over",
// the code and the link went past the right edge, and since the window
// never gives back a minimum size it has grown to, every later screen was
// as wide. Both screens must fit the window and show every word inside it.
func TestBookingScreenFitsAndLeavesTheWindowAsItWas(t *testing.T) {
	cfg := exampleConfig(t)
	for _, win := range []fyne.Size{{Width: 1024, Height: 600}, {Width: 1280, Height: 800}} {
		t.Run(fmt.Sprint(win.Width, "x", win.Height), func(t *testing.T) {
			k, _ := newKiosk(t)
			k.cfg.Clinic, k.cfg.BookingURL = cfg.Clinic, cfg.BookingURL
			k.window.Resize(win)
			start(t, k)
			tapTile(t, k, "Try the core vacuum")
			finishDrill(t, k)
			check := func(when string) {
				t.Helper()
				uitest.Relayout(k.window)
				if got := k.window.Canvas().Size(); got != win {
					t.Errorf("%s: the window is %v, want %v", when, got, win)
				}
				if min := k.window.Canvas().Content().MinSize(); min.Width > win.Width || min.Height > win.Height {
					t.Errorf("%s: the content needs %v on a %v screen", when, min, win)
				}
				for _, o := range overprints(k) {
					t.Errorf("%s: %s", when, o)
				}
			}
			press(t, k, bookLabel)
			if !shows(k, "Scan to book on your phone") || !shows(k, cfg.BookingURL) {
				t.Fatal("not on the booking screen")
			}
			check("booking")
			// The code is still large enough to scan from a seat: on the
			// small screen it gives some of its side to the words above
			// and the link below (it had 160 px there before).
			qr := qrCode(k)
			if qr == nil {
				t.Fatal("no QR code")
			}
			want := float32(qrMin)
			if win.Height < 800 {
				want = 150
			}
			if s := qr.Size(); min(s.Width, s.Height) < want {
				t.Errorf("QR code %v, want at least %v square", s, want)
			}
			press(t, k, "Home")
			check("home")
		})
	}
}

// qrCode is the QR code the kiosk shows, or nil: the one image drawn
// pixel by pixel.
func qrCode(k *Kiosk) *canvas.Image {
	var qr *canvas.Image
	walk(k.holder, func(o fyne.CanvasObject) {
		if img, ok := o.(*canvas.Image); ok && img.ScaleMode == canvas.ImageScalePixels {
			qr = img
		}
	})
	return qr
}

// exampleConfig is docs/kiosk.example.toml, the config the walks ran with.
func exampleConfig(t *testing.T) kiosk.Config {
	t.Helper()
	data, err := os.ReadFile("../../../docs/kiosk.example.toml")
	if err != nil {
		t.Fatal(err)
	}
	cfg, _, err := kiosk.Parse(data, false)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}
