package kiosk

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/kiosk"
	"github.com/corecue/corecue/internal/risk"
)

const bookingLink = "https://riverside.example/book"

// withLink gives the kiosk a booking link, as a clinic's config would.
func withLink(k *Kiosk) {
	k.cfg.BookingURL = bookingLink
}

// state is one screen a visitor or an admin can reach, and how to reach it
// from a fresh kiosk the way a person would.
type state struct {
	name string
	go_  func(t *testing.T, k *Kiosk)
}

func answerNo(t *testing.T, k *Kiosk, n int) {
	for range n {
		press(t, k, "No")
	}
}

var states = []state{
	{"attract", func(*testing.T, *Kiosk) {}},
	{"home", func(t *testing.T, k *Kiosk) { start(t, k) }},
	{"drill", func(t *testing.T, k *Kiosk) { start(t, k); tapTile(t, k, "Try the core vacuum") }},
	{"drill-done", func(t *testing.T, k *Kiosk) {
		start(t, k)
		tapTile(t, k, "Try the core vacuum")
		finishDrill(t, k)
	}},
	{"question", func(t *testing.T, k *Kiosk) { start(t, k); tapTile(t, k, safetyTitle) }},
	{"yes", func(t *testing.T, k *Kiosk) {
		start(t, k)
		tapTile(t, k, safetyTitle)
		answerNo(t, k, 2)
		press(t, k, "Yes")
	}},
	{"picker", func(t *testing.T, k *Kiosk) {
		start(t, k)
		tapTile(t, k, safetyTitle)
		answerNo(t, k, len(risk.RedFlags()))
	}},
	{"results", toResults},
	{"booking", func(t *testing.T, k *Kiosk) {
		toResults(t, k)
		press(t, k, bookLabel)
	}},
	{"contact", func(t *testing.T, k *Kiosk) { start(t, k); tapTile(t, k, "Contact the clinic") }},
	{"pin", toPIN},
	{"pin-locked", func(t *testing.T, k *Kiosk) {
		toPIN(t, k)
		for range kiosk.MaxTries {
			enterPIN(t, k, "2468")
		}
	}},
	{"admin", func(t *testing.T, k *Kiosk) {
		toPIN(t, k)
		enterPIN(t, k, "7391")
	}},
}

// toPicker answers no to every safety question, reaching the picker.
func toPicker(t *testing.T, k *Kiosk) {
	start(t, k)
	tapTile(t, k, safetyTitle)
	answerNo(t, k, len(risk.RedFlags()))
}

// toResults checks three exercises, tapped lowest risk first, at pain 6.
func toResults(t *testing.T, k *Kiosk) {
	toPicker(t, k)
	press(t, k, "Bird dog")
	press(t, k, "Crunch")
	press(t, k, "Front plank")
	press(t, k, "6")
	press(t, k, "Check my 3 exercises")
}

// toPIN is the hidden gesture: five taps in a corner.
func toPIN(_ *testing.T, k *Kiosk) {
	for range 5 {
		k.cornerTap(kiosk.TopRight)
	}
}

func finishDrill(t *testing.T, k *Kiosk) {
	t.Helper()
	press(t, k, "Start")
	k.DrillNow = func() time.Duration { return time.Hour }
	k.drill.Frame()
	k.DrillNow = k.deps.Player.Now
}

func enterPIN(t *testing.T, k *Kiosk, pin string) {
	t.Helper()
	for _, d := range pin {
		press(t, k, string(d))
	}
	press(t, k, "OK")
}

// textSizes reports every piece of text on screen that is smaller than
// min, with what it says.
func smallText(k *Kiosk, min float32) []string {
	th := fyne.CurrentApp().Settings().Theme()
	var small []string
	check := func(what string, size float32) {
		if size < min && strings.TrimSpace(what) != "" {
			small = append(small, fmt.Sprintf("%q at %.0f px", what, size))
		}
	}
	// The figure sizes its labels for the picture it draws, which
	// TestKioskFigureLabelsAreAtLeast24px checks; every other word, the
	// taster's caption and sound note included, is checked here.
	var skip []fyne.CanvasObject
	if k.attract != nil {
		skip = append(skip, k.attract.figure)
	}
	if k.drill != nil {
		skip = append(skip, k.drill.stage.Diagram)
	}
	var visit func(o fyne.CanvasObject)
	visit = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() || slices.Contains(skip, o) {
			return
		}
		switch x := o.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				visit(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				visit(c)
			}
		}
		switch x := o.(type) {
		case *canvas.Text:
			check(x.Text, x.TextSize)
		case *widget.RichText:
			for _, s := range x.Segments {
				if ts, ok := s.(*widget.TextSegment); ok {
					check(ts.Text, th.Size(ts.Style.SizeName))
				}
			}
		}
	}
	visit(k.root)
	return small
}

// Every word a visitor or admin reads is at least 24 px at 1920x1080: the
// size a person reads from a chair 2 m from the screen.
func TestEveryScreenReadsFromTwoMetres(t *testing.T) {
	for _, s := range states {
		t.Run(s.name, func(t *testing.T) {
			k, _ := newKiosk(t)
			withLink(k)
			s.go_(t, k)
			if small := smallText(k, MinText); len(small) > 0 {
				t.Errorf("%s: text under %d px: %s", s.name, MinText, strings.Join(small, ", "))
			}
		})
	}
}

// Results come riskiest first, whatever order the visitor tapped them in
// and whatever order the library lists them.
func TestResultsSortedHighestFirst(t *testing.T) {
	k, _ := newKiosk(t)
	toResults(t, k) // bird dog (low), crunch (high), plank (moderate or low)
	var levels []risk.Level
	var names []string
	walk(k.holder, func(o fyne.CanvasObject) {
		l, ok := o.(*widget.Label)
		if !ok || !strings.HasSuffix(l.Text, "risk for your back") || strings.HasPrefix(l.Text, "Safer") {
			return
		}
		names = append(names, l.Text)
		for lv := risk.High; lv >= risk.Low; lv-- {
			if strings.HasSuffix(l.Text, ": "+lv.ForYourBack()) {
				levels = append(levels, lv)
			}
		}
	})
	if len(levels) != 3 {
		t.Fatalf("headings %q", names)
	}
	for i := 1; i < len(levels); i++ {
		if levels[i] > levels[i-1] {
			t.Fatalf("not highest first: %q", names)
		}
	}
	if levels[0] != risk.High || !strings.HasPrefix(names[0], "Crunch") {
		t.Fatalf("the crunch (high) is not first: %q", names)
	}
}

// The coloured mark sits on the heading's line, not above it.
func TestStatusMarkInLineWithHeading(t *testing.T) {
	k, _ := newKiosk(t)
	toResults(t, k)
	d := fyne.CurrentApp().Driver()
	n := 0
	walk(k.holder, func(o fyne.CanvasObject) {
		b, ok := o.(*fyne.Container)
		if !ok || len(b.Objects) != 2 {
			return
		}
		title, ok1 := b.Objects[0].(*widget.Label)
		mark, ok2 := b.Objects[1].(*fyne.Container)
		// The safer alternative's line, with its picture beside it, is
		// not a heading.
		if !ok1 || !ok2 || !strings.Contains(title.Text, "risk for your back") || strings.HasPrefix(title.Text, "Safer") {
			return
		}
		n++
		tp, mp := d.AbsolutePositionForObject(title), d.AbsolutePositionForObject(mark.Objects[0])
		mid := mp.Y + mark.Objects[0].Size().Height/2
		if mid < tp.Y || mid > tp.Y+title.Size().Height || mp.X > tp.X {
			t.Errorf("%q: mark at %v (%v), heading at %v (%v)", title.Text, mp, mark.Objects[0].Size(), tp, title.Size())
		}
	})
	if n != 3 {
		t.Fatalf("%d headings with a mark", n)
	}
}

// On the 1920x1080 kiosk and on a 1024x600 screen, the pain and leg
// questions are fully visible without scrolling, and nothing is chosen
// for the visitor.
func TestPainAndLegQuestionsAboveTheFoldUnanswered(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1920, Height: 1080}, {Width: 1024, Height: 600}} {
		k, _ := newKiosk(t)
		k.window.Resize(size)
		states[6].go_(t, k)
		var sc *container.Scroll
		walk(k.holder, func(o fyne.CanvasObject) {
			if s, ok := o.(*container.Scroll); ok {
				sc = s
			}
		})
		d := fyne.CurrentApp().Driver()
		bottom := d.AbsolutePositionForObject(sc).Y + sc.Size().Height
		for _, label := range []string{"0", "10", "No", "Yes"} {
			b := buttons(k)[label]
			if b == nil {
				t.Fatalf("%v: no %q button", size, label)
			}
			if y := d.AbsolutePositionForObject(b).Y + b.Size().Height; y > bottom {
				t.Errorf("%v: %q ends at %.0f, below the fold at %.0f", size, label, y, bottom)
			}
			if b.Importance == widget.HighImportance {
				t.Errorf("%v: %q is preselected", size, label)
			}
		}
	}
}

// The end of the taster offers booking; the booking screen shows the
// link as a large QR code and leads back to where the visitor was.
func TestBookWithTheClinicFromTasterAndResults(t *testing.T) {
	k, _ := newKiosk(t)
	withLink(k)
	states[2].go_(t, k)
	if k.drill.Book.Visible() {
		t.Fatal("booking offered before the taster ran")
	}
	finishDrill(t, k)
	if !k.drill.Book.Visible() {
		t.Fatal("no booking at the end of the taster")
	}
	press(t, k, bookLabel)
	if k.m.Screen() != kiosk.Contact || !shows(k, bookLabel) || !shows(k, bookingLink) {
		t.Fatalf("booking from the taster: %v", k.m.Screen())
	}
	qr := qrCode(k)
	if qr == nil {
		t.Fatal("no QR code")
	}
	if s := qr.Size(); min(s.Width, s.Height) < qrMin {
		t.Fatalf("QR code %v, want at least %d square", s, qrMin)
	}
	press(t, k, "Back to the drill")
	if k.m.Screen() != kiosk.Drill {
		t.Fatalf("back from booking: %v", k.m.Screen())
	}

	k.m.Go(kiosk.Attract)
	k.sync()
	toResults(t, k)
	press(t, k, bookLabel)
	press(t, k, "Back to my results")
	if k.m.Screen() != kiosk.Safety || !shows(k, "Crunch: high risk") {
		t.Fatalf("back to the results: %v", k.m.Screen())
	}
	// Without a link the booking screen still books: the clinic's words.
	k.cfg.BookingURL = ""
	press(t, k, bookLabel)
	walk(k.holder, func(o fyne.CanvasObject) {
		if img, ok := o.(*canvas.Image); ok && img.ScaleMode == canvas.ImageScalePixels {
			t.Fatal("a QR code without a link")
		}
	})
	if !shows(k, "Ask at the desk.") {
		t.Fatal("booking words missing")
	}
}

// A wrong PIN and the lock leave every key where it was, and while locked
// no key does anything.
func TestPINKeypadStaysPutAndLockedKeysAreInert(t *testing.T) {
	k, _ := newKiosk(t)
	toPIN(t, k)
	d := fyne.CurrentApp().Driver()
	where := func() map[string]fyne.Position {
		out := map[string]fyne.Position{}
		for name, b := range buttons(k) {
			out[name] = d.AbsolutePositionForObject(b)
		}
		return out
	}
	before := where()
	enterPIN(t, k, "2468")
	if !shows(k, "Wrong PIN") {
		t.Fatal("no wrong-PIN message")
	}
	for i := 1; i < kiosk.MaxTries; i++ {
		enterPIN(t, k, "2468")
	}
	if !shows(k, "Try again in 5 minutes") {
		t.Fatal("no lock message in whole minutes")
	}
	after := where()
	for name, p := range before {
		if after[name] != p {
			t.Errorf("%q moved from %v to %v", name, p, after[name])
		}
	}
	for _, digit := range "7391" {
		test.Tap(buttons(k)[string(digit)])
	}
	if shows(k, "●") {
		t.Fatal("a locked keypad took digits")
	}
}

// Markup snapshots of the main states at 1920x1080, as Fyne's own widget
// tests keep them. The two with the breathing figure are left out: the
// figure is drawn elsewhere and has its own tests.
func TestScreensRenderAsBefore(t *testing.T) {
	for _, s := range states {
		if strings.HasPrefix(s.name, "attract") || strings.HasPrefix(s.name, "drill") {
			continue
		}
		t.Run(s.name, func(t *testing.T) {
			k, _ := newKiosk(t)
			withLink(k)
			s.go_(t, k)
			test.AssertRendersToMarkup(t, "kiosk/"+s.name+".xml", k.window.Canvas())
		})
	}
}

// TestScreenshots is a tool, not a check: with CORECUE_KIOSK_SHOTS=DIR it
// writes a PNG of every state at the three sizes, drawn by Fyne's software
// painter, for a person to look at; otherwise it is skipped.
// TestScreensRenderAsBefore is the check.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("CORECUE_KIOSK_SHOTS")
	if dir == "" {
		t.Skip("CORECUE_KIOSK_SHOTS is not set")
	}
	for _, size := range []fyne.Size{{Width: 1024, Height: 600}, {Width: 1280, Height: 800}, {Width: 1920, Height: 1080}} {
		for _, s := range states {
			k, _ := newKiosk(t)
			withLink(k)
			k.window.Resize(size)
			s.go_(t, k)
			f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%s-%.0fx%.0f.png", s.name, size.Width, size.Height)))
			if err != nil {
				t.Fatal(err)
			}
			err = png.Encode(f, k.window.Canvas().Capture())
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				t.Fatal(err)
			}
		}
	}
}

// No kiosk screen needs more room than a 1024x600 screen gives.
func TestNoScreenNeedsMoreThan1024x600(t *testing.T) {
	for _, s := range states {
		k, _ := newKiosk(t)
		withLink(k)
		k.window.Resize(fyne.NewSize(1024, 600))
		s.go_(t, k)
		if min := k.root.MinSize(); min.Width > 1024 || min.Height > 600 {
			t.Errorf("%s needs %v", s.name, min)
		}
	}
}

// Whatever moved the window (a window manager's shortcut, wmctrl), the
// kiosk asks for it back full screen and on top at every reset, the idle
// one included, besides the watch on the window itself.
func TestIdleResetPutsTheWindowBack(t *testing.T) {
	k, clk := newKiosk(t)
	asked := make(chan struct{}, 10)
	k.deps.Reassert = func() { asked <- struct{}{} }
	start(t, k)
	tapTile(t, k, "Contact the clinic")
	clk.Advance(k.cfg.IdleTimeout)
	k.Tick()
	select {
	case <-asked:
		t.Fatal("asked before the reset")
	default:
	}
	clk.Advance(k.cfg.StillThere)
	k.Tick()
	if k.m.Screen() != kiosk.Attract {
		t.Fatalf("no idle reset: %v", k.m.Screen())
	}
	select {
	case <-asked:
	case <-time.After(5 * time.Second):
		t.Fatal("the idle reset did not ask for the window back")
	}
}
