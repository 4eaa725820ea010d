package settings

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/ui/column"
	"github.com/corecue/corecue/internal/ui/frames"
)

// Clicker plays a click every period on the session clock. Now is the time
// since the first click as heard, with the A/V offset applied, so the flash
// below runs on exactly the clock the practice picture uses.
type Clicker interface {
	StartClicks(period time.Duration)
	Stop()
	Now() time.Duration
	SetOffset(time.Duration)
}

// ClickPeriod is the time between calibration clicks.
const (
	ClickPeriod = time.Second
	flashFor    = 120 * time.Millisecond
)

// Calibration is the click-and-flash helper: the person nudges the offset
// until the flash and the click land together.
type Calibration struct {
	clicker Clicker
	Flash   *canvas.Rectangle
	Label   *widget.Label
	Offset  *widget.Slider
	Value   *widget.Label
	Done    *widget.Button
	OnDone  func(offsetMs int)

	ticker  *frames.Driver
	lit     bool
	content fyne.CanvasObject
}

// NewCalibration builds the helper starting from the stored offset.
func NewCalibration(c Clicker, offsetMs int) *Calibration {
	k := &Calibration{clicker: c}
	k.Flash = canvas.NewRectangle(color.Transparent)
	k.Flash.CornerRadius = 24
	k.Flash.StrokeWidth = 4
	k.Flash.StrokeColor = theme.Color(theme.ColorNameForeground)
	k.Flash.SetMinSize(fyne.NewSize(220, 220))
	k.Label = widget.NewLabel(i18n.L("A click plays every second and the square flashes. " +
		"Move the slider until they happen at the same moment."))
	k.Label.Wrapping = fyne.TextWrapWord
	k.Label.Alignment = fyne.TextAlignCenter
	k.Value = widget.NewLabel(offsetText(offsetMs))
	k.Offset = widget.NewSlider(MinOffsetMs, MaxOffsetMs)
	k.Offset.Step = 5
	k.Offset.SetValue(float64(offsetMs))
	k.Offset.OnChanged = func(f float64) {
		k.Value.SetText(offsetText(int(f)))
		k.clicker.SetOffset(time.Duration(f) * time.Millisecond)
	}
	k.Done = widget.NewButtonWithIcon(i18n.L("Done"), theme.ConfirmIcon(), func() {
		k.Stop()
		if k.OnDone != nil {
			k.OnDone(int(k.Offset.Value))
		}
	})
	k.Done.Importance = widget.HighImportance
	k.ticker = frames.New(k.Frame)
	title := widget.NewLabelWithStyle(i18n.L("Line up picture and sound"), fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	controls := container.NewVBox(
		container.NewBorder(nil, nil, widget.NewLabel(i18n.L("Offset")), k.Value, Track(k.Offset)),
		container.NewCenter(k.Done))
	k.content = container.NewBorder(
		container.NewPadded(column.New(640, container.NewVBox(title, k.Label))),
		container.NewPadded(column.New(640, controls)),
		nil, nil,
		container.NewCenter(k.Flash))
	return k
}

// Content is the helper's root object.
func (k *Calibration) Content() fyne.CanvasObject { return k.content }

// Start begins the clicks and the flashing.
func (k *Calibration) Start() {
	k.clicker.SetOffset(time.Duration(k.Offset.Value) * time.Millisecond)
	k.clicker.StartClicks(ClickPeriod)
	k.ticker.Start()
}

// Stop ends the clicks.
func (k *Calibration) Stop() {
	k.ticker.Stop()
	k.clicker.Stop()
}

// Lit reports whether the flash is showing.
func (k *Calibration) Lit() bool { return k.lit }

// Frame lights the square for the first moments of each click period.
func (k *Calibration) Frame() {
	t := k.clicker.Now()
	lit := t >= 0 && t%ClickPeriod < flashFor
	if lit == k.lit {
		return
	}
	k.lit = lit
	if lit {
		k.Flash.FillColor = theme.Color(theme.ColorNameForeground)
	} else {
		k.Flash.FillColor = color.Transparent
	}
	k.Flash.Refresh()
}
