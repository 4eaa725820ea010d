package planner

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/clinic"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/risk"
	"github.com/corecue/corecue/internal/ui/column"
)

// The answers' catalogue keys: the radio buttons show and hold them in the
// language shown.
const (
	answerNo  = "No"
	answerYes = "Yes"
)

// Gate asks the red-flag questions before any exercise: the main window
// shows it before its tabs, so neither a drill, the planner nor a workout
// can start until every answer is no. It lives here beside the planner's
// other safety screens and shares their widgets. The answers live in these
// widgets only: they are never written to the database.
type Gate struct {
	Questions []risk.RedFlag
	Answers   []*widget.RadioGroup // one per question, "No" or "Yes"
	Continue  *submitButton
	Message   *Status // what is missing before Continue can go on

	// The notice shown instead of the app after any yes.
	SeekCare *widget.Label
	Flagged  *widget.Label // the questions answered yes
	Clinic   *widget.Label
	Change   *widget.Button

	// OnCleared runs once every answer is no.
	OnCleared func()

	clinic    *clinic.Contact
	passed    bool
	result    risk.GateResult
	root      *fyne.Container // the questions or the blocked notice
	questions fyne.CanvasObject
	blocked   fyne.CanvasObject
}

// NewGate builds the questions; c (nil when no clinic is configured) is
// named on the notice a yes shows.
func NewGate(c *clinic.Contact) *Gate {
	g := &Gate{Questions: risk.RedFlags(), clinic: c}
	title := widget.NewLabelWithStyle(i18n.L("Before you exercise: a few safety questions"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	title.Wrapping = fyne.TextWrapWord
	intro := widget.NewLabel(i18n.L("Some back problems need a clinician before any exercise, even a breathing drill. Answer each question for how things are now. " +
		"The answers are kept until CoreCue closes and are never saved."))
	intro.Wrapping = fyne.TextWrapWord
	rows := container.NewVBox(title, intro, widget.NewSeparator())
	for i, q := range g.Questions {
		text := widget.NewLabel(fmt.Sprintf("%d. %s", i+1, i18n.L(q.Question)))
		text.Wrapping = fyne.TextWrapWord
		r := widget.NewRadioGroup([]string{i18n.L(answerNo), i18n.L(answerYes)}, func(string) { g.Message.SetText("") })
		r.Horizontal = true
		g.Answers = append(g.Answers, r)
		rows.Add(container.NewBorder(nil, nil, nil, r, text))
	}
	g.Message = newStatus(true)
	g.Message.Importance = widget.DangerImportance
	g.Continue = newSubmitButton(i18n.L("Continue"), theme.NavigateNextIcon(), g.Submit)
	g.Continue.Importance = widget.HighImportance
	rows.Add(widget.NewSeparator())
	rows.Add(container.NewHBox(g.Continue))
	rows.Add(g.Message)
	g.questions = container.NewVScroll(column.New(900, container.NewPadded(rows)))

	g.SeekCare = widget.NewLabel("")
	g.SeekCare.Wrapping = fyne.TextWrapWord
	g.SeekCare.TextStyle = fyne.TextStyle{Bold: true}
	g.Flagged = widget.NewLabel("")
	g.Flagged.Wrapping = fyne.TextWrapWord
	g.Clinic = widget.NewLabel("")
	g.Clinic.Wrapping = fyne.TextWrapWord
	g.Change = widget.NewButtonWithIcon(i18n.L("Change my answers"), theme.NavigateBackIcon(), func() { g.show(g.questions) })
	head := widget.NewLabelWithStyle(i18n.L("Please see a clinician before exercising"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.SizeName = theme.SizeNameSubHeadingText
	head.Importance = widget.DangerImportance
	head.Wrapping = fyne.TextWrapWord
	icon := widget.NewIcon(theme.NewErrorThemedResource(theme.ErrorIcon()))
	g.blocked = container.NewVScroll(column.New(900, container.NewPadded(container.NewVBox(
		container.NewBorder(nil, nil, icon, nil, head),
		g.SeekCare, g.Flagged, g.Clinic,
		container.NewHBox(g.Change),
	))))
	g.root = container.NewStack(g.questions)
	return g
}

// Content is the questions, or the notice after a yes.
func (g *Gate) Content() fyne.CanvasObject { return g.root }

// Showing is what the gate shows now: QuestionList() or BlockedNotice().
func (g *Gate) Showing() fyne.CanvasObject { return g.root.Objects[0] }

// QuestionList is the screen with the questions.
func (g *Gate) QuestionList() fyne.CanvasObject { return g.questions }

// BlockedNotice is the screen shown after a yes.
func (g *Gate) BlockedNotice() fyne.CanvasObject { return g.blocked }

// Cleared reports whether every answer was no at the last Continue.
func (g *Gate) Cleared() bool { return g.passed }

// Blocked reports whether the last answers included a yes.
func (g *Gate) Blocked() bool { return g.result.Blocked }

// Answer sets question i's answer, as a tap on the radio would.
func (g *Gate) Answer(i int, yes bool) {
	if yes {
		g.Answers[i].SetSelected(i18n.L(answerYes))
	} else {
		g.Answers[i].SetSelected(i18n.L(answerNo))
	}
}

// Submit checks the answers: any yes shows the see-a-clinician notice, all
// no clears the gate, a missing answer is named.
func (g *Gate) Submit() {
	answers := map[string]bool{}
	for i, r := range g.Answers {
		switch r.Selected {
		case i18n.L(answerYes):
			answers[g.Questions[i].ID] = true
		case i18n.L(answerNo):
			answers[g.Questions[i].ID] = false
		default:
			g.Message.SetText(i18n.F("Question %d has no answer yet: choose No or Yes.", i+1))
			return
		}
	}
	res, err := risk.Gate(answers)
	if err != nil {
		g.Message.SetText(i18n.L("The questions could not be checked: ") + err.Error())
		return
	}
	g.result = res
	if res.Blocked {
		g.passed = false
		g.showBlocked()
		return
	}
	g.Message.SetText("")
	g.passed = true
	if g.OnCleared != nil {
		g.OnCleared()
	}
}

// Clear passes the gate without showing the questions, for a run whose
// answers were all no before the window opened (see home.Load).
func (g *Gate) Clear() {
	g.passed = true
	if g.OnCleared != nil {
		g.OnCleared()
	}
}

func (g *Gate) show(o fyne.CanvasObject) {
	g.root.Objects = []fyne.CanvasObject{o}
	g.root.Refresh()
}

func (g *Gate) showBlocked() {
	g.SeekCare.SetText(i18n.L(risk.SeekCareAtHome))
	var qs []string
	for _, f := range g.result.Flags {
		qs = append(qs, "• "+i18n.L(f.Question))
	}
	g.Flagged.SetText(i18n.L("You answered yes to:") + "\n" + strings.Join(qs, "\n"))
	if c := g.clinic; c != nil && len(c.Lines()) > 0 {
		g.Clinic.SetText(i18n.L("Your clinic:") + "\n" + strings.Join(c.Lines(), "\n"))
		g.Clinic.Show()
	} else {
		g.Clinic.SetText("")
		g.Clinic.Hide()
	}
	g.show(g.blocked)
}
