package planner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/libtext"
	"github.com/corecue/corecue/internal/risk"
)

// A flag always carries three signals, so nobody depends on telling colours
// apart: a level colour, an icon whose shape differs per level, and words.

// flagWords is the long form shown next to a plan item and in the why panel.
func flagWords(l risk.Level) string {
	w := i18n.L(l.ForYourBack())
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// flagShort is the compact form for library rows.
func flagShort(l risk.Level) string {
	switch l {
	case risk.High:
		return i18n.L("High risk")
	case risk.Moderate:
		return i18n.L("Moderate")
	case risk.Low:
		return i18n.L("Low risk")
	}
	return i18n.L("Not assessed")
}

func flagIcon(l risk.Level) fyne.Resource {
	switch l {
	case risk.High:
		return theme.NewErrorThemedResource(theme.WarningIcon())
	case risk.Moderate:
		return theme.NewWarningThemedResource(theme.InfoIcon())
	case risk.Low:
		return theme.NewSuccessThemedResource(theme.ConfirmIcon())
	}
	return theme.QuestionIcon()
}

func flagImportance(l risk.Level) widget.Importance {
	switch l {
	case risk.High:
		return widget.DangerImportance
	case risk.Moderate:
		return widget.WarningImportance
	case risk.Low:
		return widget.SuccessImportance
	}
	return widget.MediumImportance
}

// Flag is a level badge: icon and coloured bold words.
type Flag struct {
	Icon  *widget.Icon
	Label *widget.Label
	box   *fyne.Container
	short bool
}

func newFlag(short bool) *Flag {
	f := &Flag{Icon: widget.NewIcon(flagIcon(risk.NotAssessed)), Label: widget.NewLabel(""), short: short}
	f.Label.TextStyle = fyne.TextStyle{Bold: true}
	f.box = container.NewHBox(f.Icon, f.Label)
	return f
}

// Set shows level l.
func (f *Flag) Set(l risk.Level) {
	f.Icon.SetResource(flagIcon(l))
	f.Label.Importance = flagImportance(l)
	if f.short {
		f.Label.SetText(flagShort(l))
	} else {
		f.Label.SetText(flagWords(l))
	}
}

// flagCell is a layout that gives a flag the width of the widest flag text,
// measured with the current theme, so rows line up whatever their level.
type flagCell struct{ short bool }

func (c flagCell) width() float32 {
	widest := ""
	for _, l := range []risk.Level{risk.NotAssessed, risk.Low, risk.Moderate, risk.High} {
		t := flagWords(l)
		if c.short {
			t = flagShort(l)
		}
		if len(t) > len(widest) {
			widest = t
		}
	}
	text := fyne.MeasureText(widest, theme.TextSize(), fyne.TextStyle{Bold: true}).Width
	return theme.IconInlineSize() + theme.Padding() + text + 2*theme.InnerPadding()
}

func (c flagCell) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(fyne.NewSize(size.Width, o.MinSize().Height))
		o.Move(fyne.NewPos(0, (size.Height-o.MinSize().Height)/2))
	}
}

func (c flagCell) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(c.width(), 0)
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

// Object is the badge's canvas object.
func (f *Flag) Object() fyne.CanvasObject { return f.box }

// shortWhy is the opening clause of the strongest reason, enough for a list
// row; the full text and its source are in the why panel.
func shortWhy(a risk.Assessment) string {
	text := ""
	if len(a.Reasons) > 0 {
		text = clause(libtext.Reason(i18n.Current(), a.Reasons[0]))
	}
	for _, m := range a.Modifiers {
		if m.To > m.From {
			return i18n.F("%s · raised for you: %s", text, lowerFirst(clause(libtext.Modifier(i18n.Current(), m))))
		}
	}
	return text
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToLower(string(r[:1])) + string(r[1:])
}

func clause(s string) string {
	if i := strings.IndexAny(s, ":;"); i > 0 {
		s = s[:i]
	}
	return strings.TrimSuffix(strings.TrimSpace(s), ".")
}
