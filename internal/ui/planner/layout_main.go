package planner

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/risk"
)

// layout puts the person's context and the plan bar on top, the library on
// the left and the open plan with its why panel on the right.
func (p *Planner) layout() fyne.CanvasObject {
	top := container.NewVBox(p.About.Content(), widget.NewSeparator(), p.Plans.Content(), widget.NewSeparator())
	split := container.NewHSplit(p.Library.Content(), p.Plan.Content())
	split.Offset = 0.4
	foot := widget.NewLabel(i18n.L(risk.Disclaimer))
	foot.TextStyle = fyne.TextStyle{Italic: true}
	foot.Truncation = fyne.TextTruncateEllipsis
	return container.NewPadded(readingBorder(top, container.NewVBox(p.Plans.Message, foot), split))
}
