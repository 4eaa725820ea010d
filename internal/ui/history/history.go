// Package history is the history screen: a calendar of practice days and the
// streak, sessions per week against the person's goal, charts of pain and of
// vacuum reps and hold time, the list of sessions with edit and delete (each
// confirmed), and CSV export. Charts are drawn by internal/history with
// gonum/plot in the current theme's colours and shown as images.
package history

import (
	"fmt"
	"image"
	"image/color"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/applog"
	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/jsonfile"
	"github.com/corecue/corecue/internal/libtext"
	"github.com/corecue/corecue/internal/store"
	"github.com/corecue/corecue/internal/ui/inview"
	"github.com/corecue/corecue/internal/ui/sessionkey"
)

// Deps are what the screen reads and writes.
type Deps struct {
	Store  *store.Store
	Window fyne.Window // nil in tests: confirmations are then skipped
	Prefs  fyne.Preferences
	Now    func() time.Time
	// Keys is the window's drill and workout: while one runs, Space and
	// Escape on a focused control (Edit, Delete, Set goal, Export) pause or
	// stop it instead; the goal box still types its space.
	Keys sessionkey.Session
}

const prefGoal = "history.goal_per_week"

// Chart size in device-independent pixels.
const chartW, chartH = 560, 280

// Screen is the history tab.
type Screen struct {
	d        Deps
	sessions []hist.Session

	Goal     *inview.Entry
	Summary  *widget.Label
	Message  *widget.Label
	Export   *inview.Button
	Calendar *fyne.Container
	Weeks    *canvas.Image
	Pain     *canvas.Image
	Vacuum   *canvas.Image
	Hold     *canvas.Image
	List     *fyne.Container
	Rows     []*Row
	editor   *Editor

	listHead *widget.Label   // "Sessions", shown when there are some
	body     *fyne.Container // laid out again when a line comes or goes
	content  *container.Scroll
}

// Row is one session in the list.
type Row struct {
	Session hist.Session
	Text    *widget.Label
	Edit    *inview.Button
	Delete  *inview.Button
}

// New builds the screen and loads the sessions.
func New(d Deps) *Screen {
	if d.Now == nil {
		d.Now = time.Now
	}
	s := &Screen{d: d}
	s.Goal = inview.NewEntry()
	s.Goal.SetText(strconv.Itoa(s.goal()))
	s.Goal.OnSubmitted = func(string) { s.SetGoal() }
	setGoal := inview.NewButton(i18n.L("Set goal"), nil, s.SetGoal)
	s.Summary = widget.NewLabel("")
	s.Summary.Wrapping = fyne.TextWrapWord
	s.Message = widget.NewLabel("")
	s.Message.Wrapping = fyne.TextWrapWord
	s.Message.Hide() // until it has something to say
	s.Export = inview.NewButton(i18n.L("Export CSV…"), theme.DocumentSaveIcon(), s.chooseExport)
	// While a drill or workout runs, Space and Escape on these are its
	// pause and stop; the goal box still types its space.
	s.Goal.Keys, setGoal.Keys, s.Export.Keys = d.Keys, d.Keys, d.Keys
	img := func() *canvas.Image {
		i := &canvas.Image{FillMode: canvas.ImageFillContain}
		i.SetMinSize(fyne.NewSize(chartW*3/4, chartH*3/4)) // two side by side fit 1024 px; larger windows show them full size
		return i
	}
	s.Weeks, s.Pain, s.Vacuum, s.Hold = img(), img(), img(), img()
	s.Calendar = container.NewGridWithColumns(7)
	s.List = container.NewVBox()
	goalRow := container.NewHBox(widget.NewLabel(i18n.L("Goal: sessions per week")), container.NewGridWrap(fyne.NewSize(70, s.Goal.MinSize().Height), s.Goal), setGoal, s.Export)
	bold := func(t string) *widget.Label {
		return widget.NewLabelWithStyle(t, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	// The calendar and the sessions on the left, the charts on the right:
	// under the charts, the sessions were out of view at 1280x800.
	s.listHead = bold(i18n.L("Sessions"))
	left := container.NewVBox(bold(i18n.L("Last five weeks")), s.Calendar, s.listHead, s.List)
	right := container.NewVBox(s.Weeks, s.Pain, s.Vacuum, s.Hold)
	s.body = container.NewVBox(
		bold(i18n.L("History")), goalRow, s.Summary, s.Message,
		container.NewGridWithColumns(2, left, right),
	)
	s.content = container.NewVScroll(container.NewPadded(s.body))
	s.Reload()
	return s
}

// say shows msg under the summary; with nothing to say the line takes no
// room (empty, it left a blank band above the calendar).
func (s *Screen) say(msg string) {
	s.Message.SetText(msg)
	s.Message.Hidden = msg == ""
	if s.body != nil {
		s.body.Refresh()
	}
}

// Content is the screen's root object.
func (s *Screen) Content() fyne.CanvasObject { return s.content }

func (s *Screen) goal() int { return Goal(s.d.Prefs) }

// Goal is the saved sessions-per-week goal, or the default.
func Goal(p fyne.Preferences) int {
	g := p.IntWithFallback(prefGoal, hist.DefaultGoal)
	if g < hist.MinGoal || g > hist.MaxGoal {
		return hist.DefaultGoal
	}
	return g
}

// SetGoal saves the goal typed, refusing anything outside 1-14.
func (s *Screen) SetGoal() {
	n, err := strconv.Atoi(strings.TrimSpace(s.Goal.Text))
	if err != nil || n < hist.MinGoal || n > hist.MaxGoal {
		s.say(i18n.F("Goal: enter a whole number of sessions per week from %d to %d.", hist.MinGoal, hist.MaxGoal))
		return
	}
	s.d.Prefs.SetInt(prefGoal, n)
	s.say("")
	s.Reload()
}

// Reload reads the sessions again and redraws everything, charts included
// (call it after a theme change too).
func (s *Screen) Reload() {
	list, err := s.d.Store.Sessions()
	if err != nil {
		s.say(applog.Say(i18n.L("History cannot be read."), err))
		return
	}
	s.sessions = list
	now := s.d.Now()
	goal := s.goal()
	weeks := hist.PerWeek(list, 8, now)
	s.Summary.SetText(summary(list, weeks, goal, now))
	s.drawCalendar(now)
	s.drawCharts(weeks, goal)
	s.drawList()
	if s.body != nil {
		s.body.Refresh()
	}
}

// summary is the line under the goal: the week's count, the streak and the
// total, or, before any session, what to do to start one (the counts were
// a line of zeros).
func summary(list []hist.Session, weeks []hist.WeekCount, goal int, now time.Time) string {
	if len(list) == 0 {
		return i18n.L("No sessions yet: practise a drill or start a workout.")
	}
	return strings.Join([]string{
		i18n.N("This week: %[2]d of %[1]d sessions", goal, weeks[len(weeks)-1].N),
		i18n.N("streak: %d days", hist.Streak(list, now)),
		i18n.F("weeks in a row at goal: %d", hist.WeeksAtGoal(list, goal, now)),
		i18n.N("%d sessions in all", len(list)),
	}, " · ") + "."
}

// drawCalendar shows the last five weeks, Monday first; days with a session
// are marked with a tick and the count, not only by colour.
func (s *Screen) drawCalendar(now time.Time) {
	s.Calendar.RemoveAll()
	for d := time.Monday; d <= time.Saturday+1; d++ {
		s.Calendar.Add(widget.NewLabelWithStyle(i18n.Weekday(d%7), fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
	}
	count := hist.Days(s.sessions, now.Location())
	start := hist.WeekStart(now).AddDate(0, 0, -28)
	today := hist.Day(now)
	for i := 0; i < 35; i++ {
		d := start.AddDate(0, 0, i)
		text := strconv.Itoa(d.Day())
		l := widget.NewLabel(text)
		l.Alignment = fyne.TextAlignCenter
		switch n := count[d]; {
		case d.After(today):
			l.Importance = widget.LowImportance
		case n == 1:
			l.SetText(text + " ✓")
			l.Importance = widget.SuccessImportance
		case n > 1:
			l.SetText(fmt.Sprintf("%s ✓%d", text, n))
			l.Importance = widget.SuccessImportance
		}
		if d.Equal(today) {
			// Ringed, not bracketed: "[7]" read as a footnote.
			l.TextStyle = fyne.TextStyle{Bold: true}
			ring := canvas.NewRectangle(color.Transparent)
			ring.StrokeColor, ring.StrokeWidth = theme.Color(theme.ColorNamePrimary), 2
			ring.CornerRadius = theme.InputRadiusSize()
			s.Calendar.Add(container.NewStack(ring, l))
			continue
		}
		s.Calendar.Add(l)
	}
}

// palette takes the chart colours and text font from the app's current theme.
func palette() hist.Palette {
	c := func(n fyne.ThemeColorName) color.Color { return theme.Color(n) }
	return hist.Palette{Background: c(theme.ColorNameBackground), Foreground: c(theme.ColorNameForeground),
		Grid: c(theme.ColorNameSeparator), A: c(theme.ColorNamePrimary), B: c(theme.ColorNameWarning), Goal: c(theme.ColorNameSuccess),
		Font: theme.TextFont().Content()}
}

func (s *Screen) drawCharts(weeks []hist.WeekCount, goal int) {
	pal := palette()
	scale := 1.0
	if s.d.Window != nil && s.d.Window.Canvas() != nil {
		scale = float64(s.d.Window.Canvas().Scale())
	}
	sz := hist.Size{W: int(chartW * scale), H: int(chartH * scale), Scale: scale}
	lines := hist.Lines(s.sessions)
	set := func(dst *canvas.Image, img image.Image, err error) {
		if err != nil {
			img = nil
		}
		dst.Image = img
		// A chart with nothing to draw (no vacuum reps in workouts without
		// the warm-up) leaves no blank square.
		if img == nil {
			dst.Hide()
		} else {
			dst.Show()
		}
		dst.Refresh()
	}
	// Weeks of nothing are not a chart: the summary says there is no
	// session yet.
	var img image.Image
	var err error
	if len(s.sessions) > 0 {
		img, err = hist.WeekChart(weeks, goal, pal, sz)
	}
	set(s.Weeks, img, err)
	img, err = hist.PainChart(lines, pal, sz)
	set(s.Pain, img, err)
	img, err = hist.VacuumChart(lines, pal, sz)
	set(s.Vacuum, img, err)
	img, err = hist.HoldChart(lines, pal, sz)
	set(s.Hold, img, err)
}

func (s *Screen) drawList() {
	s.List.RemoveAll()
	s.Rows = nil
	// With none, the summary at the top says so; the list's heading goes.
	s.listHead.Hidden = len(s.sessions) == 0
	for i := len(s.sessions) - 1; i >= 0; i-- {
		ses := s.sessions[i]
		text := Describe(ses)
		for _, d := range Details(ses) {
			text += "\n    " + d
		}
		r := &Row{Session: ses, Text: widget.NewLabel(text)}
		r.Text.Wrapping = fyne.TextWrapWord
		// They scroll the screen to themselves when Tab reaches them.
		r.Edit = inview.NewButton(i18n.L("Edit"), theme.DocumentCreateIcon(), func() { s.edit(ses) })
		r.Delete = inview.NewButton(i18n.L("Delete"), theme.DeleteIcon(), func() { s.confirmDelete(ses) })
		r.Edit.Scroll, r.Delete.Scroll = s.content, s.content
		r.Edit.Keys, r.Delete.Keys = s.d.Keys, s.d.Keys
		s.Rows = append(s.Rows, r)
		// At the top of the row, their own height: a Border's side would
		// stretch them down a session of several lines.
		s.List.Add(container.NewBorder(nil, nil, nil, container.NewVBox(container.NewHBox(r.Edit, r.Delete)), r.Text))
	}
}

// Describe is one session in a line: when, what, planned against done, pain.
func Describe(ses hist.Session) string {
	when := i18n.Date(ses.Started, i18n.DayYearTime)
	if ses.Kind == hist.Drill {
		how := i18n.L("finished")
		if ses.State != hist.Finished {
			how = i18n.L("stopped")
		}
		return strings.Join([]string{when,
			i18n.F("Practice: %s, %s (%s)", ses.Name, i18n.L(ses.Position.String()), how),
			i18n.N("%[2]d of %[1]d vacuum reps", ses.VacuumPlanned, ses.VacuumReps),
			duration(ses.Seconds)}, " · ")
	}
	sets, planned := ses.Sets()
	pain := i18n.L("pain not rated")
	switch {
	case ses.PainBefore >= 0 && ses.PainAfter >= 0:
		pain = i18n.F("pain %d, then %d", ses.PainBefore, ses.PainAfter)
	case ses.PainBefore >= 0:
		pain = i18n.F("pain before %d", ses.PainBefore)
	}
	state := i18n.L(ses.State)
	if ses.State == hist.Partial {
		state = i18n.L("stopped early")
	}
	line := strings.Join([]string{when, fmt.Sprintf("%s (%s)", ses.Name, state),
		i18n.N("%[2]d of %[1]d sets", planned, sets), pain}, " · ")
	if ses.VacuumPlanned > 0 {
		line += " · " + i18n.N("vacuum %[2]d of %[1]d reps", ses.VacuumPlanned, ses.VacuumReps)
	}
	return line
}

// Details is a line per exercise of a workout: what was done of it, and
// whether it was felt in the back, swapped out or in, or skipped.
func Details(ses hist.Session) []string {
	var out []string
	for i, it := range ses.Items {
		line := libtext.Name(i18n.Current(), it.Name) + ": " + i18n.N("%[2]d of %[1]d sets", it.SetsPlanned, it.SetsDone)
		if it.HoldPlanned > 0 {
			line += ", " + i18n.F("%d s held", it.HoldDone)
		} else {
			line += ", " + i18n.N("%d reps", it.RepsDone)
		}
		if in := ses.SwappedIn(i); in != "" {
			line += " · " + i18n.F("in place of %s", in)
		}
		if it.FeltIt {
			line += " · " + i18n.L("felt it in the back")
		}
		if out := ses.SwappedFor(i); out != "" {
			line += " · " + i18n.F("swapped for %s", out)
		}
		if it.Skipped {
			line += " · " + i18n.L("skipped")
		}
		out = append(out, line)
	}
	return out
}

// duration is seconds as a person says them: "45 s", "3 min 20 s".
func duration(secs int) string {
	if secs < 60 {
		return i18n.F("%d s", secs)
	}
	if secs%60 == 0 {
		return i18n.F("%d min", secs/60)
	}
	return i18n.F("%d min %d s", secs/60, secs%60)
}

func (s *Screen) confirmDelete(ses hist.Session) {
	do := func() {
		if err := s.d.Store.DeleteSession(ses.ID); err != nil {
			s.say(applog.Say(i18n.L("It could not be deleted."), err))
			return
		}
		s.say(i18n.F("Deleted the session of %s.", i18n.Date(ses.Started, i18n.DayTime)))
		s.Reload()
	}
	if s.d.Window == nil {
		do()
		return
	}
	dialog.ShowConfirm(i18n.L("Delete this session?"), Describe(ses)+"\n\n"+i18n.L("This cannot be undone."), func(ok bool) {
		if ok {
			do()
		}
	}, s.d.Window)
}

func (s *Screen) chooseExport() {
	if s.d.Window == nil {
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil || w == nil {
			return
		}
		path := w.URI().Path()
		w.Close()
		s.ExportTo(path)
	}, s.d.Window)
	d.SetFileName("corecue-history.csv")
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv"}))
	d.Show()
}

// ExportTo writes every session as CSV to path and says how it went.
func (s *Screen) ExportTo(path string) {
	if err := hist.ExportCSV(path, s.sessions); err != nil {
		s.say(jsonfile.OneLine(err.Error())) // regfile's one line: the path and what is wrong with it
		return
	}
	s.say(i18n.N("Exported %d sessions to %s.", len(s.sessions), path))
}
