package kiosk

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	qrcode "github.com/skip2/go-qrcode"

	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/ui/column"

	"github.com/corecue/corecue/internal/kiosk"
	"github.com/corecue/corecue/internal/risk"
)

// frame is every visitor screen's shape: a title bar with the clinic's
// name and the way home, the body, and an optional bottom bar. It keeps
// clear of the corner zones at the sides.
func (k *Kiosk) frame(title string, body fyne.CanvasObject, bottom fyne.CanvasObject, withHome bool) fyne.CanvasObject {
	return k.frameWith(title, body, bottom, withHome, nil)
}

// frameWith is frame with extra controls at the title's right, where the
// way home would be (home's language choice).
func (k *Kiosk) frameWith(title string, body fyne.CanvasObject, bottom fyne.CanvasObject, withHome bool, extra fyne.CanvasObject) fyne.CanvasObject {
	name := text(k.cfg.Clinic.Name, 1, false, fyne.TextAlignLeading)
	name.Color = theme.Color(theme.ColorNamePlaceHolder)
	// A label, not a canvas text: on a narrow screen the title wraps
	// instead of pushing the buttons off the edge.
	size := theme.SizeNameHeadingText
	if k.compact() {
		size = theme.SizeNameSubHeadingText
	}
	head := para(title, size, true)
	k.title = head
	var right fyne.CanvasObject = layout.NewSpacer()
	if extra != nil {
		right = extra
	}
	if withHome {
		right = container.NewHBox(
			newButton(k.ptr, i18n.L("Home"), theme.HomeIcon(), func() { k.act(func() { k.m.Go(kiosk.Home) }) }),
			newButton(k.ptr, i18n.L("Start over"), theme.ViewRefreshIcon(), func() { k.act(func() { k.m.Go(kiosk.Attract) }) }),
		)
	}
	bar := container.NewBorder(nil, nil, nil, right, container.NewVBox(name, container.New(outdent{}, head)))
	if bottom == nil {
		bottom = layout.NewSpacer()
	}
	// On a short screen the margin above the title is given to the body.
	top := float32(20)
	if k.compact() {
		top = 8
	}
	return container.New(column.Inset{Side: sideInset, Top: top}, container.NewBorder(
		container.NewVBox(bar, widget.NewSeparator()),
		bottom, nil, nil, body))
}

// outdent moves a label left by its own text padding, so that its words
// start on the left line of the name above and the content below.
type outdent struct{}

func (outdent) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Size(theme.SizeNameInnerPadding)
	for _, o := range objs {
		o.Move(fyne.NewPos(-pad, 0))
		o.Resize(fyne.NewSize(size.Width+pad, size.Height))
	}
}

func (outdent) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Size(theme.SizeNameInnerPadding)
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize().SubtractWidthHeight(pad, 0))
	}
	return s
}

func (k *Kiosk) homeScreen() fyne.CanvasObject {
	tiles := container.NewGridWithColumns(3,
		k.tile(theme.MediaPlayIcon(), i18n.L("Try the core vacuum"), i18n.L("about a minute, with captions"), func() { k.m.Go(kiosk.Drill) }),
		k.tile(theme.QuestionIcon(), i18n.L("Is my workout safe for my back?"), i18n.L("tap the exercises you do"), func() { k.m.Go(kiosk.Safety) }),
		k.tile(theme.MailComposeIcon(), i18n.L("Contact the clinic"), i18n.L("opening hours and booking"), func() { k.m.Go(kiosk.Contact) }),
	)
	foot := para(i18n.L(risk.Disclaimer)+" "+i18n.L("Nothing you tap here is saved."), theme.SizeNameText, false)
	foot.Alignment = fyne.TextAlignCenter
	body := container.NewBorder(nil, foot, nil, nil, container.New(column.Inset{Side: 0, Top: 12}, tiles))
	return k.frameWith(i18n.L("Welcome"), body, nil, false, k.languageBar())
}

// tile is one of home's three choices: a large coloured card.
func (k *Kiosk) tile(icon fyne.Resource, title, sub string, tapped func()) fyne.CanvasObject {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	bg.CornerRadius = 20
	ic := canvas.NewImageFromResource(theme.NewInvertedThemedResource(icon))
	ic.FillMode = canvas.ImageFillContain
	ic.SetMinSize(fyne.NewSize(56, 56))
	titleSize, subSize := theme.SizeNameHeadingText, theme.SizeNameSubHeadingText
	if k.compact() {
		titleSize, subSize = theme.SizeNameSubHeadingText, theme.SizeNameText
	}
	t := widget.NewRichText(&widget.TextSegment{Text: title, Style: widget.RichTextStyle{
		Alignment: fyne.TextAlignCenter, SizeName: titleSize, ColorName: theme.ColorNameForegroundOnPrimary,
		TextStyle: fyne.TextStyle{Bold: true}}})
	t.Wrapping = fyne.TextWrapWord
	s := widget.NewRichText(&widget.TextSegment{Text: sub, Style: widget.RichTextStyle{
		Alignment: fyne.TextAlignCenter, SizeName: subSize, ColorName: theme.ColorNameForegroundOnPrimary}})
	s.Wrapping = fyne.TextWrapWord
	if k.compact() {
		ic.Hide() // the words and the colour carry the tile on a small screen
	}
	body := container.NewVBox(layout.NewSpacer(), ic, t, s, layout.NewSpacer())
	return newTapArea(k.ptr, container.NewStack(bg, container.New(column.Inset{Side: 12, Top: 12}, body)), func(*fyne.PointEvent) { k.act(tapped) })
}

// bookLabel is the button that leads from the drill and the results to the
// clinic's booking details.
const bookLabel = "Book with the clinic"

// contactScreen is the clinic's details and how to book; with a booking link
// in the config, a QR code of it large enough to scan from a seat. Reached
// through "Book with the clinic", it offers the way back.
func (k *Kiosk) contactScreen() fyne.CanvasObject {
	c := k.cfg.Clinic
	// The name wraps: as one line of twice the text size it asked for more
	// than half a 1024-wide screen, and the QR code's column beside it is
	// as wide again.
	rows := container.NewVBox(container.New(outdent{}, para(c.Name, theme.SizeNameHeadingText, true)))
	add := func(label, v string) {
		v = strings.TrimSpace(v)
		if v == "" {
			return
		}
		l := text(label, 1, true, fyne.TextAlignLeading)
		l.Color = theme.Color(theme.ColorNamePrimary)
		rows.Add(container.NewPadded(container.NewVBox(l, para(v, theme.SizeNameSubHeadingText, false))))
	}
	add(i18n.L("How to book"), c.Booking)
	add(i18n.L("Phone"), c.Phone)
	add(i18n.L("Email"), c.Email)
	add(i18n.L("Address"), c.Address)
	add(i18n.L("Opening hours"), c.Hours)
	scroll := container.NewVScroll(rows)
	scroll.OnScrolled = func(p fyne.Position) { k.m.SetScroll("contact", p.Y) }
	var body fyne.CanvasObject = scroll
	if qr := k.bookingCode(); qr != nil {
		body = container.NewGridWithColumns(2, scroll, qr)
	}
	title := i18n.L("Contact the clinic")
	var bottom fyne.CanvasObject
	if from := k.m.Visitor().Return; from != kiosk.Attract {
		title = i18n.L(bookLabel)
		back := i18n.L("Back to my results")
		if from == kiosk.Drill {
			back = i18n.L("Back to the drill")
		}
		bottom = container.NewHBox(newButton(k.ptr, back, theme.NavigateBackIcon(), func() { k.act(k.m.Back) }))
	}
	return k.frame(title, body, bottom, true)
}

// bookingCode is the booking link as a QR code with the link written under
// it, or nil when the config gives no link.
func (k *Kiosk) bookingCode() fyne.CanvasObject {
	link := k.cfg.BookingURL
	if link == "" {
		return nil
	}
	q, err := qrcode.New(link, qrcode.Medium)
	if err != nil {
		return nil // a link too long for a QR code: the config refuses those
	}
	img := canvas.NewImageFromImage(q.Image(-8))
	img.FillMode = canvas.ImageFillContain
	img.ScaleMode = canvas.ImageScalePixels
	// The code asks only for a small floor and is drawn as the largest
	// square the column leaves it: a fixed large side made the screen
	// wider and taller than a 1024x600 window, and the window kept that
	// minimum on every later screen.
	img.SetMinSize(fyne.NewSize(qrFloor, qrFloor))
	head := para(i18n.L("Scan to book on your phone"), theme.SizeNameSubHeadingText, true)
	head.Alignment = fyne.TextAlignCenter
	// The link breaks only after a "/" or a ".": word wrapping broke it
	// mid-word ("…/b" over "ook") in the QR code's column at 1024x600. The
	// column is half the width inside the frame's sides, less the label's
	// own padding.
	col := (k.window.Canvas().Size().Width-2*sideInset-theme.Padding())/2 - 2*theme.InnerPadding()
	addr := widget.NewLabel(linkLines(link, col, theme.TextSize()))
	addr.Alignment = fyne.TextAlignCenter
	return container.NewBorder(head, addr, nil, nil, img)
}

// linkLines is link on as many lines as it needs to fit width at text size
// size, each line ending after a "/" or a "." (a part longer than width
// keeps its own line rather than breaking within a word).
func linkLines(link string, width, size float32) string {
	var parts []string
	from := 0
	for i, r := range link {
		if r == '/' || r == '.' {
			parts = append(parts, link[from:i+1])
			from = i + 1
		}
	}
	parts = append(parts, link[from:])
	var lines []string
	line := ""
	for _, p := range parts {
		if line != "" && fyne.MeasureText(line+p, size, fyne.TextStyle{}).Width > width {
			lines = append(lines, line)
			line = ""
		}
		line += p
	}
	return strings.Join(append(lines, line), "\n")
}

// qrMin is the QR code's side at the least on the 1920x1080 kiosk, where
// it fills half the width, about 15 cm on a 24" screen, which a phone
// reads from a chair; on a 1024x600 screen it takes the room left under
// the words, never less than qrFloor.
const qrMin = 240

// qrFloor is the QR code's minimum size, small enough that the booking
// screen fits 1024x600 with a long link written under the code.
const qrFloor = 96
