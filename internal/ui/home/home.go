// Package home assembles the main window: practice, custom drills, settings
// (and the planner), and routes keys and settings to the right place. It is
// the wiring between engines and screens; app/ only creates the Fyne app.
package home

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"

	"github.com/corecue/corecue/internal/audio"
	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/clinic"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/store"
	"github.com/corecue/corecue/internal/ui/drills"
	"github.com/corecue/corecue/internal/ui/history"
	"github.com/corecue/corecue/internal/ui/planner"
	"github.com/corecue/corecue/internal/ui/practice"
	"github.com/corecue/corecue/internal/ui/settings"
	"github.com/corecue/corecue/internal/ui/stage"
	"github.com/corecue/corecue/internal/ui/workout"
)

// Options come from the command line.
type Options struct {
	Drill     *breath.Drill // open straight into this drill, running
	Calibrate bool          // open the click-and-flash helper
}

// Deps are the engines the window shows. Store and Library are required;
// Clinic is nil when no clinic is configured.
type Deps struct {
	Player  *audio.Player
	Store   *store.Store
	Library *exercise.Library
	Clinic  *clinic.Contact
}

// Home is the main window's content and its wiring.
type Home struct {
	app      fyne.App
	window   fyne.Window
	player   *audio.Player
	sound    *session
	Practice *practice.Screen
	Stage    *stage.Stage
	Settings *settings.View
	Drills   *drills.Editor
	Planner  *planner.Planner
	Workout  *workout.Screen
	History  *history.Screen
	Tray     bool // CoreCue is in the system tray; closing the window hides it
	store    *store.Store
	remind   reminders
	Tabs     *container.AppTabs
}

// New builds the window's content. The player is opened by the caller so
// that tests and the kiosk can choose the output.
func New(a fyne.App, w fyne.Window, d Deps, opt Options) *Home {
	p := d.Player
	st := drillStore{d.Store}
	h := &Home{app: a, window: w, player: p}
	h.Settings = settings.NewView(a.Preferences())
	cur := h.Settings.Current()
	h.sound = &session{p: p, mix: mixOf(cur)}
	p.SetOffset(cur.Offset())

	h.Stage = stage.New()
	h.Drills = drills.NewEditor(st, w)
	h.Practice = practice.New(h.sound, h.Stage, func() []breath.Drill {
		list := breath.Presets()
		if saved, err := st.ListDrills(); err == nil {
			list = append(list, saved...)
		}
		return list
	})
	h.Drills.OnSaved = h.Practice.Reload
	h.applyLook(cur)
	h.Settings.OnChange = func(s settings.Settings) {
		h.sound.mix = mixOf(s)
		p.SetMix(h.sound.mix)
		p.SetOffset(s.Offset())
		h.applyLook(s)
	}
	h.Settings.OnCalibrate = h.ShowCalibration

	h.Planner = planner.New(planner.Deps{
		Library: d.Library, Store: d.Store, Clinic: d.Clinic, Window: w,
		Handout:      func(pl plan.Plan, path string) error { return writeHandout(d, pl, path) },
		StartWorkout: func(id int64) { h.openWorkout(id) },
	})

	h.Tabs = container.NewAppTabs(
		container.NewTabItemWithIcon("Practice", theme.MediaPlayIcon(), h.Practice.Content()),
		container.NewTabItemWithIcon("My drills", theme.ListIcon(), h.Drills.Content()),
		container.NewTabItemWithIcon("Plan", theme.DocumentIcon(), h.Planner.Content()),
		container.NewTabItemWithIcon("Settings", theme.SettingsIcon(), h.Settings.Content()),
	)
	h.Tabs.OnSelected = func(*container.TabItem) { w.Canvas().Unfocus() }
	h.mountWorkout(d)
	w.SetContent(h.Tabs)
	h.bindTabKeys()
	w.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		switch h.Tabs.Selected().Text {
		case "Practice":
			h.Practice.TypedKey(ev)
		case "Workout":
			h.Workout.TypedKey(ev)
		}
	})
	switch {
	case opt.Calibrate:
		h.ShowCalibration()
	case opt.Drill != nil:
		h.Practice.Choose(*opt.Drill)
		h.Practice.StartDrill()
	}
	return h
}

// Notify tells the person something they need to know at start-up, such as
// a damaged database that was moved aside.
func (h *Home) Notify(title, msg string) {
	dialog.ShowInformation(title, msg, h.window)
}

// ShowCalibration replaces the window's content with the click-and-flash
// helper until the person presses Done. A running drill is stopped first:
// both use the one session clock.
func (h *Home) ShowCalibration() {
	h.Practice.StopDrill()
	k := settings.NewCalibration(clicker{h.player}, h.Settings.Current().OffsetMs)
	k.OnDone = func(ms int) {
		h.Settings.SetOffset(ms)
		h.window.SetContent(h.Tabs)
	}
	h.window.SetContent(k.Content())
	k.Start()
}

// Close stops sound and animation before the window goes.
func (h *Home) Close() {
	h.Practice.Close()
	h.Workout.Close()
	h.stopReminder()
	h.player.Close()
}

func (h *Home) applyLook(s settings.Settings) {
	reduced := s.ReducedMotion || !h.app.Settings().ShowAnimations()
	h.Practice.SetReducedMotion(reduced)
	h.app.Settings().SetTheme(settings.Theme(s.Theme))
}

func mixOf(s settings.Settings) audio.Mix {
	return audio.Mix{
		Cues: s.CuesVol, Voice: s.VoiceVol, Bed: s.BedVol,
		CuesOn: s.CuesOn, VoiceOn: s.VoiceOn, BedOn: s.BedOn, Mute: s.Mute,
	}
}

// session adapts the audio player to the practice screen, adding the current mix.
type session struct {
	p   *audio.Player
	mix audio.Mix
}

func (s *session) Start(tl *breath.Timeline) { s.p.Start(tl, s.mix) }
func (s *session) Pause()                    { s.p.Pause() }
func (s *session) Resume()                   { s.p.Resume() }
func (s *session) Stop()                     { s.p.Stop() }
func (s *session) Paused() bool              { return s.p.Paused() }
func (s *session) Now() time.Duration        { return s.p.Now() }
func (s *session) Silent() (bool, string)    { return s.p.Silent() }
func (s *session) Starting() bool            { return s.p.Starting() }

// clicker adapts the player to the calibration helper.
type clicker struct{ p *audio.Player }

func (c clicker) StartClicks(d time.Duration) { c.p.StartClicks(d) }
func (c clicker) Stop()                       { c.p.Stop() }
func (c clicker) Now() time.Duration          { return c.p.Now() }
func (c clicker) SetOffset(d time.Duration)   { c.p.SetOffset(d) }
