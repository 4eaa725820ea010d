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

	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/store"
)

// Deps are what the screen reads and writes.
type Deps struct {
	Store  *store.Store
	Window fyne.Window // nil in tests: confirmations are then skipped
	Prefs  fyne.Preferences
	Now    func() time.Time
}

const prefGoal = "history.goal_per_week"

// Chart size in device-independent pixels.
const chartW, chartH = 560, 280

// Screen is the history tab.
type Screen struct {
	d        Deps
	sessions []store.Session

	Goal     *widget.Entry
	Summary  *widget.Label
	Message  *widget.Label
	Export   *widget.Button
	Calendar *fyne.Container
	Weeks    *canvas.Image
	Pain     *canvas.Image
	Vacuum   *canvas.Image
	List     *fyne.Container
	Rows     []*Row
	editor   *Editor

	content fyne.CanvasObject
}

// Row is one session in the list.
type Row struct {
	Session store.Session
	Text    *widget.Label
	Edit    *widget.Button
	Delete  *widget.Button
}

// New builds the screen and loads the sessions.
func New(d Deps) *Screen {
	if d.Now == nil {
		d.Now = time.Now
	}
	s := &Screen{d: d}
	s.Goal = widget.NewEntry()
	s.Goal.SetText(strconv.Itoa(s.goal()))
	s.Goal.OnSubmitted = func(string) { s.SetGoal() }
	setGoal := widget.NewButton("Set goal", s.SetGoal)
	s.Summary = widget.NewLabel("")
	s.Summary.Wrapping = fyne.TextWrapWord
	s.Message = widget.NewLabel("")
	s.Message.Wrapping = fyne.TextWrapWord
	s.Export = widget.NewButtonWithIcon("Export CSV…", theme.DocumentSaveIcon(), s.chooseExport)
	img := func() *canvas.Image {
		i := &canvas.Image{FillMode: canvas.ImageFillContain}
		i.SetMinSize(fyne.NewSize(chartW*3/4, chartH*3/4)) // two side by side fit 1024 px; larger windows show them full size
		return i
	}
	s.Weeks, s.Pain, s.Vacuum = img(), img(), img()
	s.Calendar = container.NewGridWithColumns(7)
	s.List = container.NewVBox()
	goalRow := container.NewHBox(widget.NewLabel("Goal: sessions per week"), container.NewGridWrap(fyne.NewSize(70, s.Goal.MinSize().Height), s.Goal), setGoal, s.Export)
	calendar := container.NewVBox(widget.NewLabelWithStyle("Last five weeks", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), s.Calendar)
	charts := container.NewGridWithColumns(2, s.Weeks, calendar, s.Pain, s.Vacuum)
	s.content = container.NewVScroll(container.NewPadded(container.NewVBox(
		widget.NewLabelWithStyle("History", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		goalRow, s.Summary, s.Message, charts,
		widget.NewLabelWithStyle("Sessions", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), s.List,
	)))
	s.Reload()
	return s
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
		s.Message.SetText(fmt.Sprintf("Goal: enter a whole number of sessions per week from %d to %d.", hist.MinGoal, hist.MaxGoal))
		return
	}
	s.d.Prefs.SetInt(prefGoal, n)
	s.Message.SetText("")
	s.Reload()
}

// Reload reads the sessions again and redraws everything, charts included
// (call it after a theme change too).
func (s *Screen) Reload() {
	list, err := s.d.Store.Sessions()
	if err != nil {
		s.Message.SetText("History cannot be read: " + err.Error())
		return
	}
	s.sessions = list
	now := s.d.Now()
	goal := s.goal()
	weeks := hist.PerWeek(list, 8, now)
	s.Summary.SetText(fmt.Sprintf("This week: %d of %d sessions · streak: %s · weeks in a row at goal: %d · %d sessions in all.",
		weeks[len(weeks)-1].N, goal, days(hist.Streak(list, now)), hist.WeeksAtGoal(list, goal, now), len(list)))
	s.drawCalendar(now)
	s.drawCharts(weeks, goal)
	s.drawList()
}

func days(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}

// drawCalendar shows the last five weeks, Monday first; days with a session
// are marked with a tick and the count, not only by colour.
func (s *Screen) drawCalendar(now time.Time) {
	s.Calendar.RemoveAll()
	for _, d := range []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"} {
		s.Calendar.Add(widget.NewLabelWithStyle(d, fyne.TextAlignCenter, fyne.TextStyle{Bold: true}))
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
			l.TextStyle = fyne.TextStyle{Bold: true}
			l.SetText("[" + l.Text + "]")
		}
		s.Calendar.Add(l)
	}
}

// palette takes the chart colours from the app's current theme.
func palette() hist.Palette {
	c := func(n fyne.ThemeColorName) color.Color { return theme.Color(n) }
	return hist.Palette{Background: c(theme.ColorNameBackground), Foreground: c(theme.ColorNameForeground),
		Grid: c(theme.ColorNameSeparator), A: c(theme.ColorNamePrimary), B: c(theme.ColorNameWarning), Goal: c(theme.ColorNameSuccess)}
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
		dst.Refresh()
	}
	img, err := hist.WeekChart(weeks, goal, pal, sz)
	set(s.Weeks, img, err)
	img, err = hist.PainChart(lines, pal, sz)
	set(s.Pain, img, err)
	img, err = hist.VacuumChart(lines, pal, sz)
	set(s.Vacuum, img, err)
}

func (s *Screen) drawList() {
	s.List.RemoveAll()
	s.Rows = nil
	if len(s.sessions) == 0 {
		s.List.Add(widget.NewLabel("No sessions yet: start one on the Workout tab."))
		return
	}
	for i := len(s.sessions) - 1; i >= 0; i-- {
		ses := s.sessions[i]
		r := &Row{Session: ses, Text: widget.NewLabel(Describe(ses))}
		r.Text.Wrapping = fyne.TextWrapWord
		r.Edit = widget.NewButtonWithIcon("Edit", theme.DocumentCreateIcon(), func() { s.edit(ses) })
		r.Delete = widget.NewButtonWithIcon("Delete", theme.DeleteIcon(), func() { s.confirmDelete(ses) })
		s.Rows = append(s.Rows, r)
		s.List.Add(container.NewBorder(nil, nil, nil, container.NewHBox(r.Edit, r.Delete), r.Text))
	}
}

// Describe is one session in a line: when, what, planned against done, pain.
func Describe(ses store.Session) string {
	sets, planned := 0, 0
	for _, it := range ses.Items {
		sets += it.SetsDone
		planned += it.SetsPlanned
	}
	pain := "pain not rated"
	switch {
	case ses.PainBefore >= 0 && ses.PainAfter >= 0:
		pain = fmt.Sprintf("pain %d → %d", ses.PainBefore, ses.PainAfter)
	case ses.PainBefore >= 0:
		pain = fmt.Sprintf("pain before %d", ses.PainBefore)
	}
	line := fmt.Sprintf("%s · %s (%s) · %d of %d sets · %s", ses.Started.Format("Mon 2 Jan 2006 15:04"), ses.PlanName, ses.State, sets, planned, pain)
	if ses.WarmUpPlanned > 0 {
		line += fmt.Sprintf(" · vacuum %d of %d reps", ses.WarmUpReps, ses.WarmUpPlanned)
	}
	return line
}

func (s *Screen) confirmDelete(ses store.Session) {
	do := func() {
		if err := s.d.Store.DeleteSession(ses.ID); err != nil {
			s.Message.SetText("It could not be deleted: " + err.Error())
			return
		}
		s.Message.SetText("Deleted the session of " + ses.Started.Format("2 Jan 15:04") + ".")
		s.Reload()
	}
	if s.d.Window == nil {
		do()
		return
	}
	dialog.ShowConfirm("Delete this session?", Describe(ses)+"\n\nThis cannot be undone.", func(ok bool) {
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
		s.Message.SetText(err.Error())
		return
	}
	s.Message.SetText(fmt.Sprintf("Exported %d sessions to %s.", len(s.sessions), path))
}
