package kiosk

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/ui/bridge"
	"github.com/corecue/corecue/internal/ui/column"
	"github.com/corecue/corecue/internal/ui/diagram"
)

// attract is the loop shown while nobody is there: the corset figure
// breathing through the taster drill, the clinic's name and an invitation.
// It repaints at the configured frame rate from a paced clock, not at the
// display's rate: the loop runs all day and must stay cheap.
type attract struct {
	k       *Kiosk
	figure  *diagram.Corset
	tl      *breath.Timeline
	content fyne.CanvasObject
	quit    chan struct{}
	done    chan struct{}
	begun   time.Time
}

func newAttract(k *Kiosk) *attract {
	tl := taster()
	a := &attract{k: k, figure: diagram.New(), tl: tl}
	a.figure.SetPosition(tl.Drill.Position)
	a.figure.SetLabelSize(figureLabel(k.window.Canvas().Size())) // read from across the waiting room
	name := text(k.cfg.Clinic.Name, 2.2, true, fyne.TextAlignCenter)
	invite := text(i18n.L("Touch the screen to start"), 2.4, true, fyne.TextAlignCenter)
	offer := para(i18n.L("Try the core vacuum  ·  Is my workout safe for my back?  ·  Book with us"), theme.SizeNameSubHeadingText, false)
	offer.Alignment = fyne.TextAlignCenter
	body := container.NewBorder(
		container.NewPadded(name),
		container.NewVBox(invite, offer),
		nil, nil, a.figure) // the figure takes all the room the words leave
	a.content = newTapArea(k.ptr, container.New(column.Inset{Side: sideInset, Top: 32}, body), func(*fyne.PointEvent) { k.touch() })
	a.Frame(0)
	return a
}

// Frame shows the loop at t since it began: one rep, over and over.
func (a *attract) Frame(t time.Duration) {
	p := a.tl.Pose(a.tl.Drill.LeadIn + t%a.tl.Drill.RepDuration())
	p.Caption = ""
	a.figure.SetPose(p)
}

// start runs the paced clock on its own goroutine until stop.
func (a *attract) start() {
	fps := a.k.cfg.AttractFPS
	if fps < 1 || a.figure.ReducedMotion() {
		return
	}
	a.quit, a.done = make(chan struct{}), make(chan struct{})
	a.begun = time.Now()
	go func(quit, done chan struct{}) {
		defer close(done)
		tick := time.NewTicker(time.Second / time.Duration(fps))
		defer tick.Stop()
		for {
			select {
			case <-quit:
				return
			case <-tick.C:
				t := time.Since(a.begun)
				bridge.Do(func() {
					select {
					case <-quit: // left the screen meanwhile
					default:
						a.Frame(t)
					}
				})
			}
		}
	}(a.quit, a.done)
}

// stop ends the clock goroutine and waits for it.
func (a *attract) stop() {
	if a.quit == nil {
		return
	}
	close(a.quit)
	<-a.done
	a.quit = nil
}
