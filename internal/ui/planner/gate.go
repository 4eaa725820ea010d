package planner

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/ui/column"

	"github.com/corecue/corecue/internal/risk"
)

const (
	answerNo  = "No"
	answerYes = "Yes"
)

// Gate asks the red-flag questions before any planning. The answers live in
// these widgets only: they are never written to the database.
type Gate struct {
	p         *Planner
	Questions []risk.RedFlag
	Answers   []*widget.RadioGroup // one per question, "No" or "Yes"
	Continue  *submitButton
	Message   *Status // what is missing before Continue can go on

	// The notice shown instead of the planner after any yes.
	SeekCare *widget.Label
	Flagged  *widget.Label // the questions answered yes
	Clinic   *widget.Label
	Change   *widget.Button

	passed  bool
	result  risk.GateResult
	content fyne.CanvasObject
	blocked fyne.CanvasObject
}

func newGate(p *Planner) *Gate {
	g := &Gate{p: p, Questions: risk.RedFlags()}
	title := widget.NewLabelWithStyle("Before you plan: a few safety questions", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.SizeName = theme.SizeNameSubHeadingText
	intro := widget.NewLabel("Some back problems need a clinician before any exercise. Answer each question for how things are now. " +
		"The answers are kept for this session only and are never saved.")
	intro.Wrapping = fyne.TextWrapWord
	rows := container.NewVBox(title, intro, widget.NewSeparator())
	for i, q := range g.Questions {
		text := widget.NewLabel(fmt.Sprintf("%d. %s", i+1, q.Question))
		text.Wrapping = fyne.TextWrapWord
		r := widget.NewRadioGroup([]string{answerNo, answerYes}, func(string) { g.Message.SetText("") })
		r.Horizontal = true
		g.Answers = append(g.Answers, r)
		rows.Add(container.NewBorder(nil, nil, nil, r, text))
	}
	g.Message = newStatus(true)
	g.Message.Importance = widget.DangerImportance
	g.Continue = newSubmitButton("Continue to the planner", theme.NavigateNextIcon(), g.Submit)
	g.Continue.Importance = widget.HighImportance
	rows.Add(widget.NewSeparator())
	rows.Add(container.NewHBox(g.Continue))
	rows.Add(g.Message)
	g.content = container.NewVScroll(column.New(900, container.NewPadded(rows)))

	g.SeekCare = widget.NewLabel("")
	g.SeekCare.Wrapping = fyne.TextWrapWord
	g.SeekCare.TextStyle = fyne.TextStyle{Bold: true}
	g.Flagged = widget.NewLabel("")
	g.Flagged.Wrapping = fyne.TextWrapWord
	g.Clinic = widget.NewLabel("")
	g.Clinic.Wrapping = fyne.TextWrapWord
	g.Change = widget.NewButtonWithIcon("Change my answers", theme.NavigateBackIcon(), func() { p.show(g.content) })
	head := widget.NewLabelWithStyle("Please get your back checked before exercising", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.SizeName = theme.SizeNameSubHeadingText
	head.Importance = widget.DangerImportance
	head.Wrapping = fyne.TextWrapWord
	icon := widget.NewIcon(theme.NewErrorThemedResource(theme.ErrorIcon()))
	g.blocked = container.NewVScroll(column.New(900, container.NewPadded(container.NewVBox(
		container.NewBorder(nil, nil, icon, nil, head),
		g.SeekCare, g.Flagged, g.Clinic,
		container.NewHBox(g.Change),
	))))
	return g
}

// Content is the question list.
func (g *Gate) Content() fyne.CanvasObject { return g.content }

// Blocked reports whether the last answers included a yes.
func (g *Gate) Blocked() bool { return g.result.Blocked }

// Answer sets question i's answer, as a tap on the radio would.
func (g *Gate) Answer(i int, yes bool) {
	if yes {
		g.Answers[i].SetSelected(answerYes)
	} else {
		g.Answers[i].SetSelected(answerNo)
	}
}

// Submit checks the answers: any yes shows the seek-care notice, all no
// opens the planner, a missing answer is named.
func (g *Gate) Submit() {
	answers := map[string]bool{}
	for i, r := range g.Answers {
		switch r.Selected {
		case answerYes:
			answers[g.Questions[i].ID] = true
		case answerNo:
			answers[g.Questions[i].ID] = false
		default:
			g.Message.SetText(fmt.Sprintf("Question %d has no answer yet: choose No or Yes.", i+1))
			return
		}
	}
	res, err := risk.Gate(answers)
	if err != nil {
		g.Message.SetText("The questions could not be checked: " + err.Error())
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
	g.p.enterPlanner()
}

func (g *Gate) showBlocked() {
	g.SeekCare.SetText(g.result.Message)
	var qs []string
	for _, f := range g.result.Flags {
		qs = append(qs, "• "+f.Question)
	}
	g.Flagged.SetText("You answered yes to:\n" + strings.Join(qs, "\n"))
	if c := g.p.deps.Clinic; c != nil && len(c.Lines()) > 0 {
		g.Clinic.SetText("Contact your clinic:\n" + strings.Join(c.Lines(), "\n"))
		g.Clinic.Show()
	} else {
		g.Clinic.SetText("")
		g.Clinic.Hide()
	}
	g.p.show(g.blocked)
}
