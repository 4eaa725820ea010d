// Package stage is the practice screen's picture: the corset figure, large
// and centred, with the phase title, the rep counter, the hold countdown, the
// caption of the current cue and the re-engage reminder. Everything on it is
// set from one breath.Pose per frame, so words and picture never disagree.
package stage

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/ui/column"
	"github.com/corecue/corecue/internal/ui/diagram"
)

// How much larger than body text each line is. The caption is read across a
// room, the title names the phase at a glance, the countdown is the biggest.
const (
	titleScale    = 2.2
	repScale      = 1.6
	countScale    = 3.4
	captionScale  = 2.4
	reminderScale = 1.4
)

// Stage is the picture. Its fields are exported for tests and for screens
// that want to read what is shown.
type Stage struct {
	Diagram  *diagram.Corset
	Title    *canvas.Text
	Rep      *canvas.Text
	Count    *canvas.Text
	Caption  *widget.Label
	Reminder *canvas.Text
	Sound    *canvas.Text

	content  fyne.CanvasObject
	reminder *widget.Label   // the set-up line as shown, wrapping
	words    *fyne.Container // the caption and set-up line, and the count when they are beside the figure
	header   *fyne.Container // New's header row; nil on NewBeside's stage
	aside    bool            // the words are beside the figure: the count shows only with its number
	column   *fyne.Container // NewBeside's figure and words, laid out again when the caption changes
	fit      *beside         // NewBeside's layout of them
}

// New builds the stage showing the figure at rest. Where the stage is
// tall enough, the caption and the set-up line sit under the figure; on a
// short screen (the practice tab at 1024x600) they wrap in a column at the
// figure's right, so the figure keeps the height.
func New() *Stage { return newUnderOrBeside(false) }

// NewUnder builds the stage with its words always under the figure, for a
// screen that chooses between it and NewBeside itself (the kiosk, by the
// screen's shape).
func NewUnder() *Stage { return newUnderOrBeside(true) }

// newUnderOrBeside builds New's stage; its words go beside the figure where
// figure.WordsBeside says so, unless they are always under it.
func newUnderOrBeside(alwaysUnder bool) *Stage {
	body := theme.Current().Size(theme.SizeNameText)
	s := newStage(body, scales{titleScale, repScale, countScale, captionScale, reminderScale})
	s.reminder = newReminder(s.Reminder.Text)
	// Caption and reminder keep their room whether or not they have words,
	// so the figure does not jump in size as cues come and go.
	caption := newReserve(2, body*captionScale, container.NewThemeOverride(s.Caption, scaledText{scale: captionScale, tight: true}))
	reminder := newReserve(1, body*reminderScale, container.NewThemeOverride(s.reminder, scaledText{scale: reminderScale, tight: true}))
	fit := &underOrBeside{alwaysUnder: alwaysUnder, share: figure.WordsColumn, s: s}
	// The header's three lines share one row: title left, count centred,
	// rep right. Each spans the whole row and aligns itself, so a longer
	// text needs no re-layout when it changes mid-drill.
	s.header = container.NewStack(s.Title, s.Count, s.Rep)
	s.words = container.NewVBox(caption, reminder)
	// The margin above and below is kept small: on a 1024x600 screen the
	// practice tab, with the window's tabs and padding, has no pixel to spare.
	s.content = container.New(column.Inset{Side: body * 1.4, Top: body * 0.8},
		container.New(fit, s.header, s.Diagram, s.words, s.Sound))
	s.arranged(false)
	return s
}

// newReminder is the set-up line as shown: a label that wraps, in italics.
// Reminder keeps its words for whoever reads what is shown.
func newReminder(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.TextStyle = fyne.TextStyle{Italic: true}
	return l
}

// arranged aligns New's words for where they are: centred under the
// figure, from the left edge of their column beside it. Beside the figure
// the count leads the column, as on NewBeside's stage: the header then
// needs only the title's height, which the figure gets.
func (s *Stage) arranged(beside bool) {
	align := fyne.TextAlignCenter
	if beside {
		align = fyne.TextAlignLeading
	}
	s.aside = beside
	s.header.Remove(s.Count)
	s.words.Remove(s.Count)
	s.Count.Alignment = align
	if beside {
		s.words.Objects = append([]fyne.CanvasObject{s.Count}, s.words.Objects...)
		s.words.Refresh()
		s.showCount()
	} else {
		s.Count.Show()
		s.header.Objects = []fyne.CanvasObject{s.Title, s.Count, s.Rep}
		s.header.Refresh()
	}
	for _, l := range []*widget.Label{s.Caption, s.reminder} {
		if l.Alignment != align {
			l.Alignment = align
			l.Refresh()
		}
	}
}

// Beside scales: the kiosk's body text is already read from across the
// room, so the lines grow less over it than on the practice tab.
var besideScales = scales{title: 1.4, rep: 1, count: 1.4, caption: 1.2, reminder: 1}

// NewBeside builds the stage for a landscape kiosk screen, where a caption
// under the figure would leave the figure a strip (1680x365 px at
// 1920x1080): the caption and the set-up line wrap in a column at
// the figure's right, and the figure takes the whole height between the
// header and the sound note. The screen around it supplies the side margins.
func NewBeside() *Stage {
	body := theme.Current().Size(theme.SizeNameText)
	s := newStage(body, besideScales)
	s.Caption.Alignment = fyne.TextAlignLeading
	s.reminder = newReminder(s.Reminder.Text)
	// The count goes with the words: centred in the header it ran into a
	// long title ("Keep it in · keep breathing") on a screen this narrow.
	// It takes room only in the hold, when the caption changes anyway.
	s.Count.Alignment = fyne.TextAlignLeading
	s.aside = true
	s.words = besideWords(s.Count, s.Caption, s.reminder)
	s.showCount()
	s.fit = &beside{share: 0.32}
	s.column = container.New(s.fit, s.Diagram, s.words)
	s.content = container.NewBorder(container.NewStack(s.Title, s.Rep), s.Sound, nil, nil, s.column)
	return s
}

// besideWords is NewBeside's column of words: the count, the caption and
// the set-up line.
func besideWords(count *canvas.Text, caption, setup *widget.Label) *fyne.Container {
	return container.NewVBox(
		count,
		container.NewThemeOverride(caption, scaledText{scale: besideScales.caption, tight: true}),
		container.NewThemeOverride(setup, scaledText{scale: besideScales.reminder, tight: true}),
	)
}

// Reserve keeps NewBeside's column, from the start, wide enough for the
// words of pose p (the longest a screen will show), so that the figure does
// not narrow when they come: on a 1024x600 kiosk the taster's figure
// shrank in its first hold and stayed so. New's stage ignores it.
func (s *Stage) Reserve(p breath.Pose) {
	if s.fit == nil {
		return
	}
	count := canvas.Text{Text: CountLine(p), TextSize: s.Count.TextSize, TextStyle: s.Count.TextStyle}
	caption := widget.NewLabel(i18n.L(p.Caption))
	caption.Wrapping = fyne.TextWrapWord
	s.fit.reserved = besideWords(&count, caption, newReminder(i18n.L(p.Reminder)))
	s.fit.decided = fyne.Size{}
	s.column.Refresh()
}

// showCount gives the beside stage's count a line only while it has one.
func (s *Stage) showCount() {
	if s.Count.Text == "" {
		s.Count.Hide()
	} else {
		s.Count.Show()
	}
}

type scales struct{ title, rep, count, caption, reminder float32 }

func newStage(body float32, sc scales) *Stage {
	text := func(scale float32, style fyne.TextStyle, align fyne.TextAlign) *canvas.Text {
		// A nil colour follows the theme's foreground, light or dark.
		t := &canvas.Text{TextSize: body * scale, TextStyle: style, Alignment: align}
		return t
	}
	s := &Stage{
		Diagram:  diagram.New(),
		Title:    text(sc.title, fyne.TextStyle{Bold: true}, fyne.TextAlignLeading),
		Rep:      text(sc.rep, fyne.TextStyle{}, fyne.TextAlignTrailing),
		Count:    text(sc.count, fyne.TextStyle{Bold: true}, fyne.TextAlignCenter),
		Reminder: text(sc.reminder, fyne.TextStyle{Italic: true}, fyne.TextAlignCenter),
		Sound:    text(1, fyne.TextStyle{}, fyne.TextAlignCenter),
		Caption:  widget.NewLabel(""),
	}
	s.Caption.Wrapping = fyne.TextWrapWord
	s.Caption.Alignment = fyne.TextAlignCenter
	s.show(s.Diagram.Pose())
	return s
}

// Object is what a screen puts in its layout.
func (s *Stage) Object() fyne.CanvasObject { return s.content }

// SetPose shows p: the figure and every line of text.
func (s *Stage) SetPose(p breath.Pose) {
	s.Diagram.SetPose(p)
	s.show(p)
}

// SetPosition poses the figure for the drill's position.
func (s *Stage) SetPosition(p breath.Position) { s.Diagram.SetPosition(p) }

// SetReducedMotion shows one still figure per phase. The words and the
// countdown still follow the clock: they are the cues.
func (s *Stage) SetReducedMotion(on bool) { s.Diagram.SetReducedMotion(on) }

// SetSoundNote shows a small line about sound, such as why it is off.
func (s *Stage) SetSoundNote(note string) { setText(s.Sound, note) }

// show sets the text for p, touching only lines whose words changed.
func (s *Stage) show(p breath.Pose) {
	setText(s.Title, i18n.L(p.Title))
	setText(s.Rep, RepLine(p))
	setText(s.Count, CountLine(p))
	setText(s.Reminder, i18n.L(p.Reminder))
	if s.reminder != nil && s.reminder.Text != s.Reminder.Text {
		s.reminder.SetText(s.Reminder.Text)
	}
	if s.aside && s.Count.Visible() != (s.Count.Text != "") {
		s.showCount()
		s.words.Refresh()
	}
	if caption := i18n.L(p.Caption); s.Caption.Text != caption {
		s.Caption.SetText(caption)
		// Beside the figure the words are a column: a caption that wraps
		// to more lines must move the set-up line down (a label's new text
		// lays out only itself; the kiosk's "Well done!" overprinted it).
		// NewBeside's column holds the words, so laying it out (longer
		// words may need a wider column) lays them out too.
		switch {
		case s.column != nil:
			s.column.Refresh()
		case s.aside:
			s.words.Refresh()
		}
	}
}

// RepLine is the rep counter: "Rep 3 of 10", or the drill's length before
// the first rep starts.
// It is figure.RepLine in the language in use.
func RepLine(p breath.Pose) string {
	if p.Reps > 0 && p.Rep > 0 {
		return i18n.F("Rep %d of %d", p.Rep, p.Reps)
	}
	if p.Reps > 0 {
		return i18n.N("%d reps", p.Reps)
	}
	return figure.RepLine(p)
}

// CountLine is the hold countdown in whole seconds, rounded up so it reads
// 10 … 1 and never 0 while the hold lasts; empty outside the hold.
func CountLine(p breath.Pose) string { return figure.CountLine(p) }

func setText(t *canvas.Text, s string) {
	if t.Text != s {
		t.Text = s
		t.Refresh()
	}
}

func newReserve(lines int, size float32, obj fyne.CanvasObject) *reserve {
	r := &reserve{lines: lines, size: size, obj: obj}
	r.ExtendBaseWidget(r)
	return r
}

// reserve holds room for a number of text lines whatever its content says,
// and gives the content all of it; content that needs more (a caption that
// wraps to a third line on a small kiosk screen) gets more, rather than
// being drawn over the lines under it.
type reserve struct {
	widget.BaseWidget
	lines int
	size  float32
	obj   fyne.CanvasObject
}

func (r *reserve) CreateRenderer() fyne.WidgetRenderer {
	r.ExtendBaseWidget(r)
	return &reserveRenderer{r}
}

type reserveRenderer struct{ r *reserve }

func (rr *reserveRenderer) Layout(size fyne.Size) {
	rr.r.obj.Move(fyne.NewPos(0, 0))
	rr.r.obj.Resize(size)
}

func (rr *reserveRenderer) MinSize() fyne.Size {
	pad := theme.Current().Size(theme.SizeNameInnerPadding)
	lineHeight := rr.r.size * 1.35
	return fyne.NewSize(0, max(float32(rr.r.lines)*lineHeight+pad, rr.r.obj.MinSize().Height))
}

func (rr *reserveRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{rr.r.obj} }
func (rr *reserveRenderer) Refresh()                     { rr.r.obj.Refresh() }
func (rr *reserveRenderer) Destroy()                     {}

// scaledText is the app's theme with larger body text, for the caption. It
// asks the app for its theme on every call so light/dark changes reach it.
// A tight one also keeps a label's padding small, for lines stacked in a
// column that must fit a short screen.
type scaledText struct {
	scale float32
	tight bool
}

func (t scaledText) base() fyne.Theme {
	if a := fyne.CurrentApp(); a != nil && a.Settings().Theme() != nil {
		return a.Settings().Theme()
	}
	return theme.DefaultTheme()
}

func (t scaledText) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	return t.base().Color(n, v)
}

func (t scaledText) Font(s fyne.TextStyle) fyne.Resource { return t.base().Font(s) }

func (t scaledText) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base().Icon(n) }

func (t scaledText) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameText {
		return t.base().Size(n) * t.scale
	}
	if t.tight && n == theme.SizeNameInnerPadding {
		return min(t.base().Size(n), 4)
	}
	return t.base().Size(n)
}

// beside lays the figure out on the left and the words on the right, in a
// column taking share of the width, the words at the top of their column.
// Where the words need more height than the column has (a kiosk at
// 1024x600, its hold's caption wrapped into five lines), the column widens
// in steps of a twentieth of the width until they fit, at most to half of
// it. The width is chosen again only when the size changes or the words
// outgrow it, so the figure does not jump as the cues' words come and go.
type beside struct {
	share    float32
	width    float32 // the column's width, chosen at decided
	decided  fyne.Size
	reserved fyne.CanvasObject // words the column keeps room for (see Stage.Reserve); nil for none
}

func (b *beside) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) != 2 {
		return
	}
	fig, words := objs[0], objs[1]
	pad := theme.Current().Size(theme.SizeNamePadding)
	if size != b.decided || b.need(words, b.width) > size.Height {
		b.decided = size
		b.width = max(size.Width*b.share, words.MinSize().Width)
		for s := b.share + 0.05; s <= 0.5 && b.need(words, b.width) > size.Height; s += 0.05 {
			b.width = max(size.Width*s, words.MinSize().Width)
		}
	}
	cw := b.width
	fig.Move(fyne.NewPos(0, 0))
	fig.Resize(fyne.NewSize(size.Width-cw-pad, size.Height))
	words.Move(fyne.NewPos(size.Width-cw, 0))
	words.Resize(fyne.NewSize(cw, size.Height))
}

// need is the height the words, and the reserved ones, take at width w.
func (b *beside) need(words fyne.CanvasObject, w float32) float32 {
	if b.reserved == nil {
		return tallerAt(words, w)
	}
	return max(tallerAt(words, w), tallerAt(b.reserved, w))
}

// tallerAt is the words' height wrapped at width w.
func tallerAt(words fyne.CanvasObject, w float32) float32 {
	words.Resize(fyne.NewSize(w, words.MinSize().Height))
	return words.MinSize().Height
}

func (b *beside) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s = fyne.NewSize(s.Width+m.Width, max(s.Height, m.Height))
	}
	return s
}

// underOrBeside lays out New's stage: the header on top, the sound note at
// the bottom, and between them the figure with its words (caption and
// set-up line) under it, or in a column at its right taking share of the
// width (more if the words need it), as figure.WordsBeside decides from the
// words' heights in each arrangement (`corecue frame` asks it too).
// The choice is made again only when the stage's size changes, so the
// figure does not jump as the cues' words come and go, or when words
// outgrow the column, so that none runs past it.
type underOrBeside struct {
	alwaysUnder bool
	share       float32
	s           *Stage
	beside      bool
	decided     fyne.Size
}

func (u *underOrBeside) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(objs) != 4 {
		return
	}
	header, fig, words, sound := objs[0], objs[1], objs[2], objs[3]
	pad := theme.Current().Size(theme.SizeNamePadding)
	sh := sound.MinSize().Height
	top := func() float32 { return header.MinSize().Height + pad }
	bottom := size.Height - sh - pad
	cw := func() float32 { return max(size.Width*u.share, words.MinSize().Width) }
	if u.beside && words.MinSize().Height > bottom-top() {
		u.decided = fyne.Size{} // new words outgrew the column: choose again
	}
	if size != u.decided {
		u.decided = size
		u.arrange(false)
		under := figure.StageRoom{Room: float64(bottom - top()), Words: float64(u.underWords(words, size.Width) + pad)}
		beside := false
		if !u.alwaysUnder {
			u.arrange(true)
			w := cw()
			words.Resize(fyne.NewSize(w, words.MinSize().Height))
			beside = figure.WordsBeside(under, figure.StageRoom{Room: float64(bottom - top()), Words: float64(words.MinSize().Height)})
		}
		u.arrange(beside)
	}
	hh := header.MinSize().Height
	header.Move(fyne.NewPos(0, 0))
	header.Resize(fyne.NewSize(size.Width, hh))
	sound.Move(fyne.NewPos(0, size.Height-sh))
	sound.Resize(fyne.NewSize(size.Width, sh))
	t := top()
	if u.beside {
		w := cw()
		fig.Move(fyne.NewPos(0, t))
		fig.Resize(fyne.NewSize(size.Width-w-pad, bottom-t))
		words.Move(fyne.NewPos(size.Width-w, t))
		words.Resize(fyne.NewSize(w, bottom-t))
		return
	}
	wh := u.underWords(words, size.Width)
	words.Move(fyne.NewPos(0, bottom-wh))
	words.Resize(fyne.NewSize(size.Width, wh))
	fig.Move(fyne.NewPos(0, t))
	fig.Resize(fyne.NewSize(size.Width, bottom-wh-pad-t))
}

// underWords is the words' height at the stage's full width: wrapped,
// they need fewer lines there than in whatever width they had before.
func (u *underOrBeside) underWords(words fyne.CanvasObject, width float32) float32 {
	words.Resize(fyne.NewSize(width, words.MinSize().Height))
	return words.MinSize().Height
}

func (u *underOrBeside) arrange(beside bool) {
	if beside != u.beside {
		u.beside = beside
		u.s.arranged(beside)
	}
}

func (u *underOrBeside) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if len(objs) != 4 {
		return fyne.Size{}
	}
	pad := theme.Current().Size(theme.SizeNamePadding)
	header, fig, words, sound := objs[0].MinSize(), objs[1].MinSize(), objs[2].MinSize(), objs[3].MinSize()
	if u.beside {
		return fyne.NewSize(max(header.Width, fig.Width+pad+words.Width, sound.Width),
			header.Height+max(fig.Height, words.Height)+sound.Height+2*pad)
	}
	return fyne.NewSize(max(header.Width, fig.Width, words.Width, sound.Width),
		header.Height+fig.Height+words.Height+sound.Height+3*pad)
}
