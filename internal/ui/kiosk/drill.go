package kiosk

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/applog"
	"github.com/corecue/corecue/internal/audio"
	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/ui/frames"
	"github.com/corecue/corecue/internal/ui/stage"
)

// drill is the one-minute taster: the practice stage, with captions always
// on and sound off until the visitor turns it on.
type drill struct {
	k       *Kiosk
	stage   *stage.Stage
	tl      *breath.Timeline
	anim    *frames.Driver
	running bool
	why     string // the player's reason for silence when last shown

	Start   *button
	Sound   *button
	Book    *button // shown once the taster has ended
	bar     *fyne.Container
	content fyne.CanvasObject
}

// taster is the drill the kiosk offers: the one-minute preset, done
// sitting, since nobody lies down on a waiting-room floor. The position is
// the drill's, not only the figure's: the count-in's set-up line comes from
// it.
func taster() *breath.Timeline {
	d := breath.Taster()
	d.Position = breath.Sitting
	tl, _ := breath.New(d) // a preset in a valid position: always valid
	return tl
}

func newDrill(k *Kiosk) *drill {
	tl := taster()
	// On a landscape screen the words go at the figure's right: under it
	// they took the height (at 1920x1080 the figure was 1680x365 px, its
	// body a third of the screen's height); beside it the body fills the
	// height between the stage's title and its sound note.
	st := stage.NewUnder()
	if s := k.window.Canvas().Size(); s.Height > 0 && s.Width > s.Height {
		st = stage.NewBeside()
	}
	d := &drill{k: k, stage: st, tl: tl}
	d.stage.SetPosition(tl.Drill.Position)
	d.stage.Reserve(firstHold(tl))                                      // its words are the most the taster shows
	d.stage.Diagram.SetLabelSize(figureLabel(k.window.Canvas().Size())) // read from across the waiting room
	d.Start = newButton(k.ptr, i18n.L("Start"), theme.MediaPlayIcon(), func() { k.act(d.toggle) })
	d.Start.Importance = widget.HighImportance
	d.Sound = newButton(k.ptr, "", nil, func() { k.act(d.toggleSound) })
	d.Book = newButton(k.ptr, i18n.L(bookLabel), theme.MailComposeIcon(), func() { k.act(k.m.Book) })
	d.Book.Importance = widget.HighImportance
	d.Book.Hide()
	d.anim = frames.New(d.Frame)
	d.showSound()
	d.idle(i18n.N("Sit or stand tall, hands on your belly. %d reps, about a minute. Press Start.", tl.Drill.Reps))
	d.bar = container.NewHBox(layout.NewSpacer(), d.Sound, d.Start, d.Book, layout.NewSpacer())
	var bar fyne.CanvasObject = container.NewPadded(big(d.bar, 1.3))
	if k.compact() {
		// On a short screen the figure needs the height more than the
		// buttons do; they stay well over a fingertip.
		for _, b := range []*button{d.Start, d.Sound, d.Book} {
			b.height = 60
		}
		bar = big(d.bar, 1.3)
	}
	d.content = k.frame(i18n.L("Try the core vacuum"), container.New(shrink{}, d.stage.Object()), bar, true)
	return d
}

// firstHold is the pose at the start of tl's first hold, or its start when
// it has none.
func firstHold(tl *breath.Timeline) breath.Pose {
	for t := time.Duration(0); t < tl.Total; t += 100 * time.Millisecond {
		if p := tl.Pose(t); p.Phase == breath.Hold {
			return p
		}
	}
	return tl.Pose(0)
}

func (d *drill) idle(caption string) {
	d.rest(d.tl.Pose(0).Title, caption)
}

// rest shows the figure at rest under title, with caption.
func (d *drill) rest(title, caption string) {
	p := d.tl.Pose(0)
	p.Title, p.Caption = title, caption
	d.stage.SetPose(p)
}

func (d *drill) toggle() {
	if d.running {
		d.finish(d.tl.Pose(0).Title, i18n.L("Stopped. Press Start to try again."))
		return
	}
	d.k.deps.Player.Start(d.tl, d.mix())
	d.running = true
	d.k.m.SetDrilling(true)
	d.Book.Hide()
	d.bar.Refresh()
	d.Start.SetText(i18n.L("Stop"))
	d.Start.SetIcon(theme.MediaStopIcon())
	d.anim.Start()
	d.Frame()
}

// startingLine is shown while the first drill waits for the sound device.
const startingLine = "Starting…"

// Frame shows the pose for the session clock now.
func (d *drill) Frame() {
	if !d.running {
		return
	}
	p := d.tl.Pose(d.k.DrillNow())
	// The sound can fail, and come back, in the middle of a drill.
	if _, why := d.k.deps.Player.Silent(); why != d.why {
		d.showSound()
	}
	if d.k.DrillStarting() {
		p.Reminder = i18n.L(startingLine) // the count-in holds until the sound device plays
	}
	d.stage.SetPose(p)
	if p.Phase == breath.Done {
		d.k.act(func() {
			// The drill is done: the count-in's "Get ready" over these
			// words would say another round was about to start.
			d.finish(breath.End.Title(), i18n.L("Well done! Ask us how the vacuum fits your plan, or press Start to go again."))
			d.Book.Show()
			d.bar.Refresh() // a shown button needs its row laid out again
		})
	}
}

// finish stops the drill and shows title over caption.
func (d *drill) finish(title, caption string) {
	d.anim.Stop()
	d.k.deps.Player.Stop()
	d.running = false
	d.k.m.SetDrilling(false)
	d.Start.SetText(i18n.L("Start"))
	d.Start.SetIcon(theme.MediaPlayIcon())
	d.rest(title, caption)
}

func (d *drill) toggleSound() {
	d.k.m.SetSound(!d.k.m.Visitor().SoundOn)
	d.k.deps.Player.SetMix(d.mix())
	d.showSound()
}

func (d *drill) showSound() {
	if d.k.m.Visitor().SoundOn {
		d.Sound.SetText(i18n.L("Turn sound off"))
		d.Sound.SetIcon(theme.VolumeUpIcon())
		d.stage.SetSoundNote(i18n.L("Sound is on. Captions stay on."))
	} else {
		d.Sound.SetText(i18n.L("Turn sound on"))
		d.Sound.SetIcon(theme.VolumeMuteIcon())
		d.stage.SetSoundNote(i18n.L("Sound is off — follow the captions, or tap “Turn sound on” to hear the cues."))
	}
	off, why := d.k.deps.Player.Silent()
	applog.Changed("sound is off", d.k.deps.Player.Detail())
	d.why = why
	if off && d.k.m.Visitor().SoundOn {
		d.stage.SetSoundNote(i18n.F("%s — follow the captions.", i18n.L(why)))
	}
}

// mix is the default mix muted or not, every layer capped at the clinic's
// volume limit.
func (d *drill) mix() audio.Mix {
	m := audio.DefaultMix()
	c := d.k.cfg.VolumeCap
	m.Cues, m.Voice, m.Bed = min(m.Cues, c), min(m.Voice, c), min(m.Bed, c)
	m.Mute = !d.k.m.Visitor().SoundOn
	return m
}

// stop ends the animation and sound when the screen goes.
func (d *drill) stop() {
	d.anim.Stop()
	if d.running {
		d.k.deps.Player.Stop()
		d.running = false
	}
}

// shrink gives its content all the space there is and asks for little, so
// the practice picture fits a 1024x600 screen below the title and buttons.
type shrink struct{}

func (shrink) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
		o.Move(fyne.NewPos(0, 0))
	}
}

func (shrink) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(320, 200) }
