// Package kiosk is the waiting-room screens: the attract loop, the touch
// home with its three choices, the one-minute drill, the safety check, the
// clinic's contact, the "Still there?" prompt and the PIN-guarded admin.
// internal/kiosk decides what shows and what a reset wipes; this package
// draws it and turns taps into its calls. A screen is built fresh each time
// it is entered, so no widget can carry a visitor's input to the next one.
package kiosk

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/audio"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/kiosk"
	"github.com/corecue/corecue/internal/risk"
	"github.com/corecue/corecue/internal/ui/bridge"
	"github.com/corecue/corecue/internal/ui/settings"
)

// ExitAdmin is the exit code when admin chooses "Exit to desktop"; the
// systemd unit does not restart on it.
const ExitAdmin = 3

// Corner zones are this many units square; the screens keep their buttons
// further in than that.
const (
	cornerZone = 64
	sideInset  = 80
)

// Deps is what the kiosk runs on.
type Deps struct {
	Config     kiosk.Config
	ConfigPath string // where admin saves; "" disables saving
	Player     *audio.Player
	Library    *exercise.Library
	Guard      *kiosk.Guard
	Now        func() time.Time // nil means time.Now
	Quit       func()           // leaves the app (admin's "Exit to desktop")
	// Reassert puts the window back full screen and on top if anything
	// moved it; it runs at every reset, besides whatever watches the window
	// all along. nil does nothing.
	Reassert func()
	// After starts the idle timer, whose function runs on its own
	// goroutine; nil means time.AfterFunc. Fyne's test driver runs fyne.Do's
	// function on the calling goroutine, so a timer firing in a test would
	// change screens under the test's feet: tests hold it and call Tick.
	After func(time.Duration, func()) *time.Timer
}

// Kiosk is the running kiosk.
type Kiosk struct {
	deps    Deps
	cfg     kiosk.Config
	m       *kiosk.Machine
	engine  *risk.Engine
	window  fyne.Window
	ptr     *pointer
	root    *root
	holder  *fyne.Container // the current screen
	layers  *fyne.Container // background, screen, corner zones, prompt
	prompt  *fyne.Container // "Still there?", hidden unless prompting
	zones   [4]*tapArea     // the corners, in Corner order
	count   *canvas.Text    // the prompt's countdown
	shown   kiosk.Screen
	key     string // what the shown screen was built from
	timer   *time.Timer
	closed  bool
	exit    int
	attract *attract
	drill   *drill
	cal     *settings.Calibration // admin's A/V helper while it runs
	pop     *widget.PopUp         // admin's exit question while it shows
	title   *widget.Label         // the shown screen's title, if it has a title bar

	// DrillNow is the drill's clock: the player's session clock, or a
	// scripted one in tests.
	DrillNow func() time.Duration
	// DrillStarting reports that the drill waits at time zero for the sound
	// device to open (the first drill after start-up, a second or two).
	DrillStarting func() bool
}

// New builds the kiosk in w and shows the attract loop.
func New(w fyne.Window, d Deps) *Kiosk {
	if d.Now == nil {
		d.Now = time.Now
	}
	k := &Kiosk{deps: d, cfg: d.Config, window: w, engine: risk.New(d.Library), ptr: &pointer{hidden: d.Config.HidePointer}}
	k.DrillNow, k.DrillStarting = d.Player.Now, d.Player.Starting
	k.m = kiosk.NewMachine(d.Config, d.Guard, d.Now)
	d.Player.SetOffset(d.Config.AVOffset)

	k.holder = container.NewStack()
	k.prompt = k.buildPrompt()
	k.prompt.Hide()
	zones := make([]fyne.CanvasObject, 4)
	for i, c := range []kiosk.Corner{kiosk.TopLeft, kiosk.TopRight, kiosk.BottomLeft, kiosk.BottomRight} {
		k.zones[i] = newTapArea(k.ptr, nil, func(*fyne.PointEvent) { k.cornerTap(c) })
		zones[i] = k.zones[i]
	}
	// No background rectangle: the window already clears to the theme's
	// background, and under software GL every full-screen fill is paid for
	// on every frame of the attract loop.
	k.layers = container.NewStack(k.holder, container.New(corners{cornerZone}, zones...), k.prompt)
	k.root = newRoot(k.ptr, k.layers)
	k.root.resized = k.fitLabels
	w.SetContent(k.root)
	k.shown = -1
	k.sync()
	return k
}

// compact reports a screen under 800 px tall (a 1024x600 or 1280x720 one):
// headings step down a size and tall controls shrink, so that every screen
// fits without cutting anything off. Nothing gets smaller than MinText.
func (k *Kiosk) compact() bool {
	h := k.window.Canvas().Size().Height
	return h > 0 && h < 800
}

// figureLabel is the figure's label size on a screen w × h: the 24 px read
// from across the waiting room on the 1920x1080 kiosk, smaller in
// proportion on a smaller screen, never under the figure's least. At 24 px
// the taster's figure at 1280x800 was a thumbnail among its labels, and the
// attract loop's breath gauge at 1024x600 had no height left for its track.
func figureLabel(s fyne.Size) float64 {
	return max(figure.MinLabelPx, min(MinText, MinText*float64(min(s.Width/1920, s.Height/1080))))
}

// fitLabels sizes the figures' labels for a screen of size s.
func (k *Kiosk) fitLabels(s fyne.Size) {
	px := figureLabel(s)
	if k.attract != nil {
		k.attract.figure.SetLabelSize(px)
	}
	if k.drill != nil {
		k.drill.stage.Diagram.SetLabelSize(px)
	}
}

// Machine is the state behind the screens (for tests and the soak).
func (k *Kiosk) Machine() *kiosk.Machine { return k.m }

// Object is the kiosk's root object.
func (k *Kiosk) Object() fyne.CanvasObject { return k.root }

// ExitCode is what the process should exit with once the window is gone.
func (k *Kiosk) ExitCode() int { return k.exit }

// act runs a visitor's action and shows its outcome.
func (k *Kiosk) act(f func()) {
	if k.closed {
		return
	}
	f()
	k.sync()
}

// sync shows the machine's screen and prompt, and re-arms the idle timer.
func (k *Kiosk) sync() {
	if k.applyLang() {
		k.shown = -1 // every word on screen is the old language's
	}
	if s, key := k.m.Screen(), k.screenKey(); s != k.shown || key != k.key {
		k.show(s)
		k.key = key
	}
	// A container's Show and Hide do not repaint: the stack must.
	if k.m.Prompting() {
		k.count.Text = promptLine(k.m.PromptLeft())
		k.count.Refresh()
		if !k.prompt.Visible() {
			k.prompt.Show()
			k.layers.Refresh()
		}
	} else if k.prompt.Visible() {
		k.prompt.Hide()
		k.layers.Refresh()
	}
	k.arm()
}

// show replaces the screen, stopping whatever the old one animated.
func (k *Kiosk) show(s kiosk.Screen) {
	if k.shown != s {
		k.leave()
	}
	if s == kiosk.Attract && k.deps.Reassert != nil {
		go k.deps.Reassert() // X round trips: off the UI goroutine
	}
	var obj fyne.CanvasObject
	k.title = nil
	switch s {
	case kiosk.Attract:
		k.attract = newAttract(k)
		obj = k.attract.content
	case kiosk.Home:
		obj = k.homeScreen()
	case kiosk.Drill:
		if k.drill == nil || k.shown != s {
			k.drill = newDrill(k)
		}
		obj = k.drill.content
	case kiosk.Safety:
		obj = k.safetyScreen()
	case kiosk.Contact:
		obj = k.contactScreen()
	case kiosk.PIN:
		obj = k.pinScreen()
	case kiosk.Admin:
		obj = k.adminScreen()
	}
	k.shown = s
	k.holder.Objects = []fyne.CanvasObject{obj}
	k.holder.Refresh()
	// The attract clock starts once the screen is laid out, so its first
	// frame never draws into a figure that is still being sized.
	if s == kiosk.Attract {
		k.attract.start()
	}
}

// screenKey sums up what the safety screen shows, so it is rebuilt when an
// answer or a selection changes but not when the visitor merely scrolls.
func (k *Kiosk) screenKey() string {
	if k.m.Screen() == kiosk.PIN {
		// The keypad comes back to life when the lock lifts.
		return fmt.Sprint("locked ", k.m.Guard().LockedFor() > 0)
	}
	if k.m.Screen() != kiosk.Safety {
		return ""
	}
	v := k.m.Visitor()
	v.Scroll = nil
	// LegSaid as well as Leg: a first "No" leaves Leg as it was, and its
	// button must still turn to chosen.
	return fmt.Sprint(v.Question, v.Cleared, v.Results, v.Pain, v.Leg, v.LegSaid, sortedKeys(v.Selected), v.Answers)
}

// leave stops the old screen's animation and sound.
func (k *Kiosk) leave() {
	if k.attract != nil {
		k.attract.stop()
		k.attract = nil
	}
	if k.drill != nil {
		k.drill.stop()
		k.drill = nil
	}
	if k.cal != nil {
		k.cal.Stop()
		k.cal = nil
	}
	if k.pop != nil {
		k.pop.Hide()
		k.pop = nil
	}
	k.deps.Player.Stop()
	if k.m.Screen() == kiosk.Attract {
		// Nobody there: let the output rest until the next drill.
		k.deps.Player.Suspend()
	}
}

// arm sets one timer for the machine's next deadline. While the prompt
// shows it also wakes each second to count down.
func (k *Kiosk) arm() {
	if k.timer != nil {
		k.timer.Stop()
		k.timer = nil
	}
	next := k.m.Deadline()
	if next.IsZero() || k.closed {
		return
	}
	wait := next.Sub(k.deps.Now())
	if k.m.Prompting() {
		wait = min(wait, time.Second)
	}
	if left := k.m.Guard().LockedFor(); left > 0 && k.m.Screen() == kiosk.PIN {
		wait = min(wait, left)
	}
	after := k.deps.After
	if after == nil {
		after = time.AfterFunc
	}
	k.timer = after(max(wait, 10*time.Millisecond), func() { bridge.Do(k.Tick) })
}

// Tick applies the idle timer now; the timer calls it, tests call it after
// moving the clock.
func (k *Kiosk) Tick() {
	k.act(func() { k.m.Tick() })
}

// touch is a sign of a visitor anywhere.
func (k *Kiosk) touch() { k.act(k.m.Touch) }

func (k *Kiosk) cornerTap(c kiosk.Corner) {
	k.act(func() {
		if k.m.Prompting() {
			k.m.Touch()
			return
		}
		if k.m.Screen() != kiosk.PIN && k.m.Screen() != kiosk.Admin {
			k.m.Touch()
		}
		k.m.CornerTap(c)
	})
}

// Close stops timers, animation and sound; the kiosk does nothing after.
func (k *Kiosk) Close() {
	if k.closed {
		return
	}
	if k.timer != nil {
		k.timer.Stop()
	}
	k.leave()
	k.closed = true
	k.deps.Player.Close()
}
