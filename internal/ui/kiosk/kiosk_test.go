package kiosk

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/audio"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/kiosk"
	"github.com/corecue/corecue/internal/ui/inview"
	"github.com/corecue/corecue/internal/ui/uitest"
)

type fakeClock struct{ t time.Time }

func (c *fakeClock) Now() time.Time          { return c.t }
func (c *fakeClock) Advance(d time.Duration) { c.t = c.t.Add(d) }

// pinHash is made once: argon2id is slow on purpose.
var pinHash = func() string {
	h, err := kiosk.HashPIN("7391")
	if err != nil {
		panic(err)
	}
	return h
}()

func newKiosk(t *testing.T) (*Kiosk, *fakeClock) {
	t.Helper()
	return newKioskAt(t, 0)
}

// newKioskAt runs the attract loop's own clock at fps; 0 leaves it off.
// Fyne's test driver runs fyne.Do's function on the calling goroutine, so
// a running attract clock would draw the figure while the test lays the
// window out: only the test of that clock runs it.
func newKioskAt(t *testing.T, fps int) (*Kiosk, *fakeClock) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(look{})
	cfg, _, err := kiosk.Parse([]byte("[clinic]\nname = \"Riverside Physio\"\nphone = \"020 7946 0000\"\nbooking = \"Ask at the desk.\"\n"), false)
	if err != nil {
		t.Fatal(err)
	}
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	cfg.AttractFPS = fps
	clk := &fakeClock{time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)}
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1920, 1080))
	k := New(w, Deps{Config: cfg, Player: audio.Open(true), Library: lib,
		Guard: kiosk.NewGuard(pinHash, clk.Now), Now: clk.Now, After: held})
	t.Cleanup(k.Close)
	return k, clk
}

// walk visits every object shown under o.
var walk = uitest.Walk

func buttons(k *Kiosk) map[string]*button {
	out := map[string]*button{}
	walk(k.holder, func(o fyne.CanvasObject) {
		if b, ok := o.(*button); ok {
			out[b.Text] = b
		}
	})
	return out
}

func press(t *testing.T, k *Kiosk, label string) {
	t.Helper()
	b, ok := buttons(k)[label]
	if !ok {
		t.Fatalf("no %q button on %v; have %v", label, k.m.Screen(), keys(buttons(k)))
	}
	test.Tap(b)
}

func keys(m map[string]*button) []string {
	var s []string
	for k := range m {
		s = append(s, k)
	}
	return s
}

// shows reports whether some text on screen contains s; a label's lines
// are read as one (the booking link is put on lines at its "/" and ".").
func shows(k *Kiosk, s string) bool {
	found := false
	walk(k.holder, func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *canvas.Text:
			found = found || strings.Contains(x.Text, s)
		case *widget.Label:
			found = found || strings.Contains(x.Text, s) || strings.Contains(strings.ReplaceAll(x.Text, "\n", ""), s)
		case *widget.RichText:
			found = found || strings.Contains(x.String(), s)
		}
	})
	return found
}

func tapTile(t *testing.T, k *Kiosk, title string) {
	t.Helper()
	var hit *tapArea
	walk(k.holder, func(o fyne.CanvasObject) {
		if ta, ok := o.(*tapArea); ok && hit == nil {
			walk(ta.content, func(c fyne.CanvasObject) {
				if rt, ok := c.(*widget.RichText); ok && rt.String() == title {
					hit = ta
				}
			})
		}
	})
	if hit == nil {
		t.Fatalf("no tile %q", title)
	}
	test.Tap(hit)
}

func start(t *testing.T, k *Kiosk) {
	t.Helper()
	test.Tap(k.attract.content.(*tapArea))
	if k.m.Screen() != kiosk.Home {
		t.Fatalf("touch left attract for %v", k.m.Screen())
	}
}

func TestAttractLoopShowsClinicAndInvitation(t *testing.T) {
	k, _ := newKioskAt(t, 0)
	if k.m.Screen() != kiosk.Attract || !shows(k, "Riverside Physio") || !shows(k, "Touch the screen to start") {
		t.Fatal("attract loop")
	}
	// The figure moves with the loop's clock.
	k.attract.Frame(0)
	a := k.attract.figure.Pose()
	k.attract.Frame(7 * time.Second)
	if b := k.attract.figure.Pose(); a == b {
		t.Fatal("the figure does not breathe")
	}
	// The clock itself runs while the screen is up (nothing else touches
	// the window meanwhile: the test driver runs fyne.Do on the clock's
	// own goroutine) and stops when the screen goes.
	k.cfg.AttractFPS = kiosk.DefaultFPS
	k.attract.start()
	if k.attract.quit == nil {
		t.Fatal("attract clock not running")
	}
	start(t, k)
	if k.attract != nil {
		t.Fatal("attract clock still running off screen")
	}
}

func TestHomeOffersThreeChoicesWithLargeTargets(t *testing.T) {
	k, _ := newKiosk(t)
	start(t, k)
	for _, s := range []string{"Try the core vacuum", "Is my workout safe for my back?", "Contact the clinic"} {
		if !shows(k, s) {
			t.Errorf("home lacks %q", s)
		}
	}
	for _, c := range []struct {
		tile string
		want kiosk.Screen
	}{{"Try the core vacuum", kiosk.Drill}, {"Is my workout safe for my back?", kiosk.Safety}, {"Contact the clinic", kiosk.Contact}} {
		k.m.Go(kiosk.Home)
		k.sync()
		tapTile(t, k, c.tile)
		if k.m.Screen() != c.want {
			t.Fatalf("%q opened %v", c.tile, k.m.Screen())
		}
		checkTargets(t, k)
		press(t, k, "Home")
		if k.m.Screen() != kiosk.Home {
			t.Fatal("Home button")
		}
	}
	if _, ok := buttons(k)["Start over"]; ok {
		t.Fatal("home has nothing to start over")
	}
}

// checkTargets: everything tappable on screen is at least a fingertip.
func checkTargets(t *testing.T, k *Kiosk) {
	t.Helper()
	walk(k.holder, func(o fyne.CanvasObject) {
		if _, ok := o.(fyne.Tappable); !ok {
			return
		}
		if _, isScroll := o.(*container.Scroll); isScroll || strings.Contains(fmt.Sprintf("%T", o), "scrollBar") {
			return // scrolling is a drag anywhere in the list
		}
		if s := o.Size(); s.Height < MinTarget || s.Width < MinTarget {
			t.Errorf("%v: %T is %v, under %d", k.m.Screen(), o, s, MinTarget)
		}
	})
}

func TestContactComesFromConfig(t *testing.T) {
	k, _ := newKiosk(t)
	start(t, k)
	tapTile(t, k, "Contact the clinic")
	for _, s := range []string{"Riverside Physio", "020 7946 0000", "Ask at the desk."} {
		if !shows(k, s) {
			t.Errorf("contact lacks %q", s)
		}
	}
	if shows(k, "Email") {
		t.Error("an empty field is shown")
	}
}

func TestStillThereThenReset(t *testing.T) {
	k, clk := newKiosk(t)
	start(t, k)
	tapTile(t, k, "Contact the clinic")
	clk.Advance(89 * time.Second)
	k.Tick()
	if k.prompt.Visible() {
		t.Fatal("prompt too early")
	}
	clk.Advance(time.Second)
	k.Tick()
	if !k.prompt.Visible() || !strings.Contains(k.count.Text, "10 seconds") {
		t.Fatalf("no prompt: %q", k.count.Text)
	}
	clk.Advance(3 * time.Second)
	k.Tick()
	if !strings.Contains(k.count.Text, "7 seconds") {
		t.Fatalf("countdown %q", k.count.Text)
	}
	// A touch anywhere carries on.
	test.Tap(k.prompt.Objects[0].(*tapArea))
	if k.prompt.Visible() || k.m.Screen() != kiosk.Contact {
		t.Fatal("touch did not carry on")
	}
	clk.Advance(100 * time.Second)
	k.Tick()
	k.Tick()
	if k.m.Screen() != kiosk.Attract || k.prompt.Visible() || !shows(k, "Touch the screen to start") {
		t.Fatal("no reset after the prompt")
	}
	if k.timer != nil {
		t.Fatal("an idle timer is armed in the attract loop")
	}
}

func TestDrillPausesIdleAndSoundStartsOff(t *testing.T) {
	k, clk := newKiosk(t)
	start(t, k)
	tapTile(t, k, "Try the core vacuum")
	if k.drill.mix().Mute != true || !shows(k, "Sound is off") {
		t.Fatal("sound should start off with captions")
	}
	var session time.Duration
	starting := true // the first drill waits for the sound device
	k.DrillNow = func() time.Duration { return session }
	k.DrillStarting = func() bool { return starting }
	press(t, k, "Start")
	if k.drill.stage.Reminder.Text != startingLine {
		t.Fatalf("while the device opens the drill says %q", k.drill.stage.Reminder.Text)
	}
	starting = false
	k.drill.Frame()
	if k.drill.stage.Reminder.Text == startingLine {
		t.Fatal("still starting once the sound plays")
	}
	if !k.m.Drilling() || k.timer != nil {
		t.Fatal("the idle timer runs during the drill")
	}
	clk.Advance(10 * time.Minute)
	k.Tick()
	if k.prompt.Visible() {
		t.Fatal("prompted mid-drill")
	}
	session = 20 * time.Second
	k.drill.Frame()
	if k.drill.stage.Title.Text == "" {
		t.Fatal("no phase title mid-drill")
	}
	press(t, k, "Turn sound on")
	if m := k.drill.mix(); m.Mute || m.Voice > k.cfg.VolumeCap || m.Cues > k.cfg.VolumeCap || !k.m.Visitor().SoundOn {
		t.Fatalf("sound on: %+v", m)
	}
	session = time.Hour // past the end
	k.drill.Frame()
	if k.m.Drilling() || !strings.Contains(k.drill.stage.Caption.Text, "Well done") {
		t.Fatalf("drill did not finish: %q", k.drill.stage.Caption.Text)
	}
	// The timer restarts from the end of the drill.
	clk.Advance(90 * time.Second)
	k.Tick()
	if !k.prompt.Visible() {
		t.Fatal("no prompt after the drill")
	}
}

func TestSafetyCheckRedFlagsFirst(t *testing.T) {
	k, _ := newKiosk(t)
	start(t, k)
	tapTile(t, k, "Is my workout safe for my back?")
	if !shows(k, "Question 1 of 8") || !shows(k, "saddle") {
		t.Fatal("red flags do not come first")
	}
	press(t, k, "No")
	press(t, k, "Yes")
	if !shows(k, "Please tell the reception now") || !shows(k, "a clinician should check") || shows(k, "contact your doctor or clinic today") {
		t.Fatal("the Yes screen does not send a visitor in the clinic to the reception")
	}
	press(t, k, "I tapped Yes by mistake")
	if !shows(k, "Question 2 of 8") {
		t.Fatal("undo")
	}
	for i := 2; i <= 8; i++ {
		press(t, k, "No")
	}
	if !shows(k, "Tap every exercise you do") {
		t.Fatal("picker not reached")
	}
	press(t, k, "Crunch")
	press(t, k, "Bird dog")
	press(t, k, "7")
	press(t, k, "Check my 2 exercises")
	for _, s := range []string{"Crunch: high risk", "Bird dog", "Safer alternative:", "Source:", "General guidance"} {
		if !shows(k, s) {
			t.Errorf("results lack %q", s)
		}
	}
	checkTargets(t, k)
}

func TestResetWipesEveryVisitorThing(t *testing.T) {
	k, _ := newKiosk(t)
	start(t, k)
	tapTile(t, k, "Is my workout safe for my back?")
	for i := 1; i <= 8; i++ {
		press(t, k, "No")
	}
	press(t, k, "Crunch")
	press(t, k, "5")
	press(t, k, "Yes")
	var sc *container.Scroll
	walk(k.holder, func(o fyne.CanvasObject) {
		if s, ok := o.(*container.Scroll); ok {
			sc = s
		}
	})
	sc.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -300)})
	if k.m.Visitor().Scroll["safety"] == 0 {
		t.Fatal("scroll not recorded")
	}
	k.m.SetSound(true)
	press(t, k, "Start over")
	if !k.m.Visitor().Fresh(false) || k.m.Screen() != kiosk.Attract {
		t.Fatalf("after reset %+v", k.m.Visitor())
	}
	start(t, k)
	tapTile(t, k, "Is my workout safe for my back?")
	if !shows(k, "Question 1 of 8") {
		t.Fatal("the next visitor does not start at question 1")
	}
}

func TestHiddenPointerEverywhere(t *testing.T) {
	k, _ := newKiosk(t)
	if k.root.Cursor() != desktop.HiddenCursor {
		t.Fatal("root cursor")
	}
	start(t, k)
	tapTile(t, k, "Try the core vacuum")
	for name, b := range buttons(k) {
		if b.Cursor() != desktop.HiddenCursor {
			t.Errorf("%q shows the pointer", name)
		}
	}
	k.ptr.hidden = false
	if k.root.Cursor() != desktop.DefaultCursor {
		t.Fatal("hide_pointer = false")
	}
}

func TestKeysDoNothingVisible(t *testing.T) {
	k, _ := newKiosk(t)
	Lock(fyne.CurrentApp(), k.window)
	c := k.window.Canvas()
	for _, key := range []fyne.KeyName{fyne.KeyEscape, fyne.KeyF11, fyne.KeySpace, fyne.KeyReturn} {
		test.TypeOnCanvas(c, string(key))
		c.(interface {
			OnTypedKey() func(*fyne.KeyEvent)
		}).OnTypedKey()(&fyne.KeyEvent{Name: key})
	}
	if k.m.Screen() != kiosk.Attract || !k.window.FullScreen() {
		t.Fatal("a key changed the screen or left full screen")
	}
	for _, s := range []fyne.Shortcut{
		&desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierControl},
		&desktop.CustomShortcut{KeyName: fyne.KeyW, Modifier: fyne.KeyModifierControl},
		&desktop.CustomShortcut{KeyName: fyne.KeyF4, Modifier: fyne.KeyModifierAlt},
	} {
		c.(fyne.Shortcutable).TypedShortcut(s)
	}
	if k.m.Screen() != kiosk.Attract {
		t.Fatal("a shortcut did something")
	}
}

func TestCornerGestureAndPIN(t *testing.T) {
	k, clk := newKiosk(t)
	corner := func(i int) *tapArea {
		return k.zones[i]
	}
	for i := 0; i < 4; i++ {
		test.Tap(corner(1))
		clk.Advance(200 * time.Millisecond)
	}
	if k.m.Screen() != kiosk.Home {
		t.Fatalf("four corner taps: %v", k.m.Screen())
	}
	test.Tap(corner(2)) // another corner starts again
	if k.m.Screen() == kiosk.PIN {
		t.Fatal("mixed corners opened admin")
	}
	for i := 0; i < 5; i++ {
		test.Tap(corner(1))
	}
	if k.m.Screen() != kiosk.PIN || !shows(k, "Enter the admin PIN") {
		t.Fatalf("gesture: %v", k.m.Screen())
	}
	enter := func(pin string) {
		for _, d := range pin {
			press(t, k, string(d))
		}
		press(t, k, "OK")
	}
	enter("1357")
	if k.m.Screen() != kiosk.PIN || !shows(k, "Wrong PIN. 4 tries left") {
		t.Fatal("wrong PIN")
	}
	enter("7391")
	if k.m.Screen() != kiosk.Admin || !shows(k, "Admin") {
		t.Fatal("right PIN")
	}
	for _, b := range []string{"Save", "Exit to desktop", "Back to the kiosk", "A/V calibration"} {
		if _, ok := buttons(k)[b]; !ok {
			t.Errorf("admin lacks %q", b)
		}
	}
	press(t, k, "Back to the kiosk")
	if k.m.Screen() != kiosk.Attract {
		t.Fatal("leaving admin")
	}
	// Five wrong PINs lock admin for five minutes.
	for i := 0; i < 5; i++ {
		test.Tap(corner(3))
	}
	for i := 0; i < 5; i++ {
		enter("2468")
	}
	if !shows(k, "locked") {
		t.Fatal("no lock message")
	}
	for _, b := range buttons(k) {
		if b.Text != "Cancel" && !b.Disabled() {
			t.Fatalf("key %q works while locked", b.Text)
		}
	}
	k.m.EnterPIN("7391")
	if k.m.Screen() != kiosk.PIN {
		t.Fatal("right PIN let in while locked")
	}
	// The kiosk wakes when the lock lifts and the keys work again.
	if wait := k.m.Guard().LockedFor(); wait != 5*time.Minute {
		t.Fatalf("locked for %v", wait)
	}
	clk.Advance(5 * time.Minute)
	k.m.Touch() // someone stood there all along
	k.Tick()
	enter("7391")
	if k.m.Screen() != kiosk.Admin {
		t.Fatal("lock did not lift")
	}
}

func TestAdminSavesSettings(t *testing.T) {
	k, _ := newKioskAt(t, 0)
	k.cfg.AttractFPS = kiosk.DefaultFPS // the saved config must be valid whole; the clock stays off
	k.deps.ConfigPath = t.TempDir() + "/kiosk.toml"
	for i := 0; i < 5; i++ {
		k.cornerTap(kiosk.TopLeft)
	}
	k.m.EnterPIN("7391")
	k.sync()
	var entries []*widget.Entry
	walk(k.holder, func(o fyne.CanvasObject) {
		switch e := o.(type) {
		case *widget.Entry:
			entries = append(entries, e)
		case *inview.Entry:
			entries = append(entries, &e.Entry)
		}
	})
	idle := entries[7]
	idle.SetText("5")
	press(t, k, "Save")
	if !shows(k, `Idle timeout (s) is 5, outside 20–1800`) {
		t.Fatal("bad idle timeout not named")
	}
	idle.SetText("120")
	press(t, k, "Save")
	got, _, err := kiosk.Load(k.deps.ConfigPath)
	if err != nil || got.IdleTimeout != 2*time.Minute || k.cfg.IdleTimeout != 2*time.Minute {
		t.Fatalf("saved %+v %v", got, err)
	}
	press(t, k, "Exit to desktop")
	if k.pop == nil {
		t.Fatal("exit asks first")
	}
}

// A simulated hour of visitors through the real screens: goroutines stay
// flat and each reset leaves a fresh visitor.
func TestScreensSoak(t *testing.T) {
	k, clk := newKiosk(t)
	base := runtime.NumGoroutine()
	for i := 0; i < 40; i++ {
		start(t, k)
		switch i % 4 {
		case 0:
			tapTile(t, k, "Try the core vacuum")
			press(t, k, "Start")
		case 1:
			tapTile(t, k, "Is my workout safe for my back?")
			for j := 0; j < 8; j++ {
				press(t, k, "No")
			}
			press(t, k, "Crunch")
		case 2:
			tapTile(t, k, "Contact the clinic")
		case 3:
			tapTile(t, k, "Is my workout safe for my back?")
			press(t, k, "Yes")
		}
		if i%4 == 0 {
			k.DrillNow = func() time.Duration { return time.Hour }
			k.drill.Frame()
			k.DrillNow = k.deps.Player.Now
		}
		clk.Advance(90 * time.Second)
		k.Tick()
		clk.Advance(10 * time.Second)
		k.Tick()
		if k.m.Screen() != kiosk.Attract || !k.m.Visitor().Fresh(false) {
			t.Fatalf("visitor %d not wiped", i)
		}
	}
	if g := runtime.NumGoroutine(); g > base+2 {
		t.Fatalf("goroutines %d → %d", base, g)
	}
}

// held is the tests' idle timer: it never fires (a test moves its clock and
// calls Tick), so no screen changes from the timer's goroutine while a test
// looks at the window.
func held(time.Duration, func()) *time.Timer {
	t := time.NewTimer(time.Hour)
	t.Stop()
	return t
}
