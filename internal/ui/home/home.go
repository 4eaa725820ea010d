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

	"github.com/corecue/corecue/internal/applog"
	"github.com/corecue/corecue/internal/audio"
	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/clinic"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/handout"
	"github.com/corecue/corecue/internal/i18n"
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
	Drill     *breath.Drill // open straight into this drill, running (once the safety questions are cleared)
	Calibrate bool          // open the click-and-flash helper
	Plan      string        // start a guided workout of this saved plan (once the safety questions are cleared)
	Pain      int           // with Plan: pain now 0-10, or -1 to leave the workout waiting for it
	NoWarmUp  bool          // with Plan: leave out the vacuum warm-up
}

// Deps are the engines the window shows. Store and Library are required;
// Clinic is nil when no clinic is configured.
type Deps struct {
	Player  *audio.Player
	Store   *store.Store
	Library *exercise.Library
	Clinic  *clinic.Contact
	// Cleared: the red-flag questions were answered "none applies" before
	// the window opened, so it starts at its tabs. Only scripted runs set
	// it (CORECUE_RED_FLAGS=none, see Load); a person is always asked.
	Cleared bool
	// Stills draws the figure for the printed handout. app gives it the
	// command line's renderer, so the handout from the window and from
	// `corecue handout` show the same pictures; nil prints the drill in words.
	Stills handout.Renderer
}

// tabID names a tab by what it is: keys and tab changes are routed by it,
// never by the label a person reads.
type tabID int

const (
	tabPractice tabID = iota
	tabDrills
	tabPlan
	tabWorkout
	tabHistory
	tabSettings
)

// tab is one entry of the window's one tab list.
type tab struct {
	id   tabID
	item *container.TabItem
	keys func(*fyne.KeyEvent) bool // Space, Escape… when no widget takes them; nil for none
	// screen gives the tab's content. Only the first tab's is in the window
	// from the start; each other one goes into its item (an empty stack
	// until then) when the tab is first selected. Fyne sizes tabs by the
	// largest content, so a screen in the tree is measured, shaped and
	// laid out even while hidden: the five hidden ones were a third of
	// start-up's CPU (docs/benchmarks.md).
	screen func() fyne.CanvasObject
}

// Home is the main window's content and its wiring.
type Home struct {
	app      fyne.App
	window   fyne.Window
	player   *audio.Player
	sound    *session
	Gate     *planner.Gate // the red-flag questions, shown before the tabs
	Practice *practice.Screen
	Stage    *stage.Stage
	Settings *settings.View // nil until the Settings tab or the calibration first needs it (see settingsView)
	Drills   *drills.Editor
	Planner  *planner.Planner // nil until the Plan tab is first shown (see plan)
	newPlan  func() *planner.Planner
	reduced  bool // reduced motion, for a screen built later
	Workout  *workout.Screen
	History  *history.Screen
	Tray     bool // CoreCue is in the system tray; closing the window hides it
	store    *store.Store
	remind   reminders
	Tabs     *container.AppTabs
	tabs     []tab
	root     *fyne.Container // the gate until it is cleared, then the tabs
	pending  *breath.Drill   // the command line's drill, started once the gate is cleared
	planName string          // the command line's workout plan, started once the gate is cleared
	planOpt  Options         // and its pain and warm-up
}

// New builds the window's content. The player is opened by the caller so
// that tests and the kiosk can choose the output.
func New(a fyne.App, w fyne.Window, d Deps, opt Options) *Home {
	p := d.Player
	st := drillStore{d.Store}
	h := &Home{app: a, window: w, player: p, store: d.Store}
	settings.UseLanguage(a.Preferences()) // before any screen takes its words
	if opt.Drill != nil {
		// The command line's drill starts before the first frame: its
		// sounds are made on the other core while the screens are built.
		if tl, err := breath.New(*opt.Drill); err == nil {
			go audio.Prepare(tl)
		}
	}
	// The settings screen is built when its tab is first shown (see
	// settingsView); until then the stored settings are read as they are.
	cur := settings.Load(a.Preferences())
	// The saved theme goes in before any screen is built: History draws its
	// charts as images in the theme's colours when it is made.
	a.Settings().SetTheme(settings.Theme(cur.Theme))
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
	// The planner, the largest screen and one a drill never needs, is
	// built when its tab is first shown.
	h.newPlan = func() *planner.Planner {
		return planner.New(planner.Deps{
			Library: d.Library, Store: d.Store, Clinic: d.Clinic, Window: w, Keys: sessions{h},
			Handout:      func(pl plan.Plan, path string) error { return writeHandout(d, pl, path) },
			StartWorkout: func(id int64) { h.openWorkout(id) },
		})
	}
	h.mountWorkout(d)
	h.applyLook(cur)

	h.tabs = []tab{
		{tabPractice, container.NewTabItemWithIcon(i18n.L("Practice"), theme.MediaPlayIcon(), h.Practice.Content()), h.Practice.TypedKey, nil},
		{tabDrills, container.NewTabItemWithIcon(i18n.L("My drills"), theme.ListIcon(), container.NewStack()), nil, h.Drills.Content},
		{tabPlan, container.NewTabItemWithIcon(i18n.L("Plan"), theme.DocumentIcon(), container.NewStack()), nil, func() fyne.CanvasObject { return h.plan().Content() }},
		{tabWorkout, container.NewTabItemWithIcon(i18n.L("Workout"), theme.MediaFastForwardIcon(), container.NewStack()), h.Workout.TypedKey, h.Workout.Content},
		{tabHistory, container.NewTabItemWithIcon(i18n.L("History"), theme.HistoryIcon(), container.NewStack()), nil, h.History.Content},
		{tabSettings, container.NewTabItemWithIcon(i18n.L("Settings"), theme.SettingsIcon(), container.NewStack()), nil, func() fyne.CanvasObject { return h.settingsView().Content() }},
	}
	items := make([]*container.TabItem, len(h.tabs))
	for i, t := range h.tabs {
		items[i] = t.item
	}
	h.Tabs = container.NewAppTabs(items...)
	h.Tabs.OnSelected = h.tabSelected

	h.Gate = planner.NewGate(d.Clinic)
	h.Gate.OnCleared = h.enter
	first := h.Gate.Content()
	if d.Cleared {
		// Answered before the window opened: the questions never show, so
		// they are not put in the window to be measured and laid out.
		first = h.Tabs
	}
	h.root = container.NewStack(first)
	w.SetContent(h.root)
	h.bindTabKeys()
	w.Canvas().SetOnTypedKey(h.typedKey)

	h.pending = opt.Drill
	h.planName = opt.Plan
	h.planOpt = opt
	if d.Cleared {
		h.Gate.Clear()
	}
	if opt.Calibrate {
		h.ShowCalibration()
	}
	return h
}

// enter leaves the red-flag questions for the tabs, once every answer is
// no, and starts the command line's drill if it named one. The questions'
// Continue had the focus and is gone from the window: nothing keeps it, so
// the next Space reaches the drill ("Press Start or Space").
func (h *Home) enter() {
	h.root.Objects = []fyne.CanvasObject{h.Tabs}
	h.root.Refresh()
	h.window.Canvas().Unfocus()
	if d := h.pending; d != nil {
		h.pending = nil
		h.show(tabPractice)
		h.Practice.Choose(*d)
		h.Practice.StartDrill()
	}
	if name := h.planName; name != "" {
		h.planName = ""
		h.startPlan(name)
	}
}

// tabSelected puts a tab's screen in the window the first time it shows,
// leaves nothing focused on the old tab (a focused widget would take Space
// and Escape) and lists saved plans afresh on the Workout tab.
func (h *Home) tabSelected(*container.TabItem) {
	h.window.Canvas().Unfocus()
	t, ok := h.current()
	if ok && t.screen != nil {
		if box := t.item.Content.(*fyne.Container); len(box.Objects) == 0 {
			box.Objects = []fyne.CanvasObject{t.screen()}
			box.Refresh()
		}
	}
	if ok && t.id == tabWorkout && !h.Workout.Running() {
		h.Workout.Reload()
	}
	// The planner's figures move only while its tab shows.
	if h.Planner != nil {
		h.Planner.SetVisible(ok && t.id == tabPlan)
	}
}

// current is the selected tab's entry.
func (h *Home) current() (tab, bool) {
	sel := h.Tabs.Selected()
	for _, t := range h.tabs {
		if t.item == sel {
			return t, true
		}
	}
	return tab{}, false
}

// show selects the tab id.
func (h *Home) show(id tabID) {
	for _, t := range h.tabs {
		if t.id == id {
			h.Tabs.Select(t.item)
		}
	}
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
	v := h.settingsView()
	k := settings.NewCalibration(clicker{h.player}, v.Current().OffsetMs)
	k.OnDone = func(ms int) {
		v.SetOffset(ms)
		h.window.SetContent(h.root)
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
	h.Workout.Live.SetReducedMotion(reduced)
	h.reduced = reduced
	if h.Planner != nil {
		h.Planner.SetReducedMotion(reduced)
	}
	h.app.Settings().SetTheme(settings.Theme(s.Theme))
}

func mixOf(s settings.Settings) audio.Mix {
	m := audio.Mix{
		Cues: s.CuesVol, Voice: s.VoiceVol, Bed: s.BedVol,
		CuesOn: s.CuesOn, VoiceOn: s.VoiceOn, BedOn: s.BedOn, Mute: s.Mute,
	}
	if practice.BenchFlash {
		// The outside measure finds each cue by its onset after a silence;
		// the voice and the breath bed would fill the silences.
		m.CuesOn, m.VoiceOn, m.BedOn, m.Mute = true, false, false, false
	}
	return m
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
func (s *session) Silent() (bool, string)    { return silent(s.p) }
func (s *session) Starting() bool            { return s.p.Starting() }

// silent is p.Silent, with the device's own words for why sound is off
// kept in the log: the screens show the plain reason only.
func silent(p *audio.Player) (bool, string) {
	applog.Changed("sound is off", p.Detail())
	return p.Silent()
}

// clicker adapts the player to the calibration helper.
type clicker struct{ p *audio.Player }

func (c clicker) StartClicks(d time.Duration) { c.p.StartClicks(d) }
func (c clicker) Stop()                       { c.p.Stop() }
func (c clicker) Now() time.Duration          { return c.p.Now() }
func (c clicker) SetOffset(d time.Duration)   { c.p.SetOffset(d) }

// plan is the planner, built the first time it is asked for (the Plan tab
// shown, a test reaching into it) with the look the other screens have.
func (h *Home) plan() *planner.Planner {
	if h.Planner == nil {
		h.Planner = h.newPlan()
		h.Planner.SetReducedMotion(h.reduced)
	}
	return h.Planner
}

// settingsView is the settings screen, built the first time it is asked for
// (the Settings tab shown, the calibration opened). Building it fills a
// dozen widgets from the stored settings, which a drill started from the
// command line never needs before its first frame (docs/benchmarks.md).
func (h *Home) settingsView() *settings.View {
	if h.Settings == nil {
		v := settings.NewView(h.app.Preferences())
		v.OnChange = func(s settings.Settings) {
			h.sound.mix = mixOf(s)
			h.player.SetMix(h.sound.mix)
			h.player.SetOffset(s.Offset())
			h.applyLook(s)
			// Charts are images in the theme's colours: draw them again.
			h.History.Reload()
		}
		v.OnCalibrate = h.ShowCalibration
		// Space and Escape reach a running drill or workout from here too.
		v.SetKeys(sessions{h})
		h.Settings = v
	}
	return h.Settings
}
