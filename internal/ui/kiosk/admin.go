package kiosk

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/kiosk"
	"github.com/corecue/corecue/internal/ui/column"
	"github.com/corecue/corecue/internal/ui/inview"
	"github.com/corecue/corecue/internal/ui/settings"
)

// pinScreen is the admin keypad. The digits typed so far live only in
// this screen's closure; leaving it forgets them. The message under the
// keypad has room for two lines whatever it says, so the keys never move
// under a finger, and while admin is locked every key is inert.
func (k *Kiosk) pinScreen() fyne.CanvasObject {
	var typed []byte
	dots := text("", 2.4, true, fyne.TextAlignCenter)
	msg := para("", theme.SizeNameText, false)
	msg.Alignment = fyne.TextAlignCenter
	guard := k.m.Guard()
	var keys []*button
	lock := func() bool {
		left := guard.LockedFor()
		for _, b := range keys {
			if left > 0 {
				b.Disable()
			} else {
				b.Enable()
			}
		}
		if left > 0 {
			msg.SetText(lockLine(left))
		}
		return left > 0
	}
	redraw := func() {
		dots.Text = strings.Repeat("● ", len(typed))
		if len(typed) == 0 {
			dots.Text = i18n.L("Enter the admin PIN")
		}
		dots.Refresh()
	}
	submit := func() {
		pin := string(typed)
		typed = typed[:0]
		redraw()
		ok, err := k.m.EnterPIN(pin)
		switch {
		case ok:
		case errors.Is(err, kiosk.ErrLocked):
			lock()
		case err != nil:
			msg.SetText(i18n.L("The PIN could not be checked. Restart the kiosk, or set the PIN again."))
		default:
			msg.SetText(i18n.N("Wrong PIN. %d tries left before admin locks for five minutes.", guard.TriesLeft()))
		}
	}
	key := func(label string, f func()) *button {
		b := newButton(k.ptr, label, nil, func() {
			k.act(func() {
				k.m.Touch()
				if !lock() {
					f()
				}
			})
		})
		b.height = 76
		if k.compact() {
			b.height = 60
		}
		keys = append(keys, b)
		return b
	}
	pad := container.NewGridWithColumns(3)
	for _, d := range "123456789" {
		pad.Add(key(string(d), func() {
			if len(typed) < kiosk.MaxPIN {
				typed = append(typed, byte(d))
			}
			redraw()
		}))
	}
	pad.Add(key(i18n.L("Delete"), func() {
		if len(typed) > 0 {
			typed = typed[:len(typed)-1]
		}
		redraw()
	}))
	pad.Add(key("0", func() {
		if len(typed) < kiosk.MaxPIN {
			typed = append(typed, '0')
		}
		redraw()
	}))
	ok := key(i18n.L("OK"), submit)
	ok.Importance = widget.HighImportance
	pad.Add(ok)
	cancel := newButton(k.ptr, i18n.L("Cancel"), theme.CancelIcon(), func() { k.act(k.m.LeaveAdmin) })
	redraw()
	lock()
	line := fyne.MeasureText("Ag", theme.Size(theme.SizeNameText), fyne.TextStyle{}).Height
	note := container.New(minHeight{2*line + 2*theme.Size(theme.SizeNameInnerPadding)}, msg)
	keyText := float32(1.5)
	if k.compact() {
		keyText = 1.2
	}
	body := container.NewCenter(container.New(fixedWidth{560}, container.NewVBox(dots, big(pad, keyText), note)))
	// Cancel shares the title's row: the keypad needs the height.
	return container.New(column.Inset{Side: sideInset, Top: 20}, container.NewBorder(
		container.NewVBox(container.NewBorder(nil, nil, nil, cancel, text(i18n.L("Admin"), 1.9, true, fyne.TextAlignLeading)), widget.NewSeparator()),
		nil, nil, nil, body))
}

// lockLine says how long admin stays locked, in whole minutes as a person
// says it.
func lockLine(left time.Duration) string {
	m := int(math.Ceil(left.Minutes()))
	return i18n.N("Admin is locked after %[2]d wrong PINs. Try again in %[1]d minutes.", max(m, 1), kiosk.MaxTries)
}

// minHeight gives its content at least h of height, so what it holds can
// grow to that without moving what is above or below.
type minHeight struct{ h float32 }

func (m minHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(fyne.NewSize(size.Width, o.MinSize().Height))
		o.Move(fyne.NewPos(0, 0))
	}
}

func (m minHeight) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := fyne.NewSize(0, m.h)
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

// adminScreen edits the settings a clinic changes, saves them to the
// config file and offers the exit.
func (k *Kiosk) adminScreen() fyne.CanvasObject {
	c := k.cfg
	// Every control of the form scrolls it to itself when Tab reaches it,
	// and the multi-line boxes leave Tab to move on (package inview): the
	// address took Tab as text, so Save was out of a keyboard's reach.
	var follow []**container.Scroll
	entry := func(v string, rows int) *inview.Entry {
		e := inview.NewEntry()
		if rows > 1 {
			e = inview.NewMultiLineEntry(rows)
		}
		e.SetText(v)
		e.OnChanged = func(string) { k.m.Touch() }
		follow = append(follow, &e.Scroll)
		return e
	}
	name, phone, email := entry(c.Clinic.Name, 1), entry(c.Clinic.Phone, 1), entry(c.Clinic.Email, 1)
	address, hours, booking := entry(c.Clinic.Address, 2), entry(c.Clinic.Hours, 2), entry(c.Clinic.Booking, 2)
	bookingURL := entry(c.BookingURL, 1)
	bookingURL.SetPlaceHolder(i18n.L("https://… (shown as a QR code)"))
	idle := entry(strconv.Itoa(int(c.IdleTimeout.Seconds())), 1)
	soundOn := inview.NewCheck(i18n.L("Sound on when a visitor arrives"), nil)
	soundOn.SetChecked(c.SoundOn)
	capValue := widget.NewLabel("")
	volCap := inview.NewSlider(0, 1)
	volCap.Step = 0.05
	volCap.OnChanged = func(v float64) { capValue.SetText(fmt.Sprintf("%.0f%%", v*100)) }
	volCap.SetValue(c.VolumeCap)
	offset := int(c.AVOffset.Milliseconds())
	offsetLabel := widget.NewLabel(fmt.Sprintf("%+d ms", offset))
	status := para("", theme.SizeNameText, true)

	calibrate := newButton(k.ptr, i18n.L("A/V calibration"), theme.MediaMusicIcon(), nil)
	form := widget.NewForm(
		widget.NewFormItem(i18n.L("Clinic name"), name),
		widget.NewFormItem(i18n.L("Phone"), phone),
		widget.NewFormItem(i18n.L("Email"), email),
		widget.NewFormItem(i18n.L("Address"), address),
		widget.NewFormItem(i18n.L("Opening hours"), hours),
		widget.NewFormItem(i18n.L("How to book"), booking),
		widget.NewFormItem(i18n.L("Booking link"), bookingURL),
		widget.NewFormItem(i18n.L("Idle timeout (s)"), idle),
		widget.NewFormItem(i18n.L("Sound"), soundOn),
		widget.NewFormItem(i18n.L("Volume cap"), container.NewBorder(nil, nil, nil, capValue, volCap)),
		widget.NewFormItem(i18n.L("A/V offset"), container.NewHBox(offsetLabel, calibrate)),
	)
	save := newButton(k.ptr, i18n.L("Save"), theme.DocumentSaveIcon(), func() {
		k.m.Touch()
		n := k.cfg
		n.Clinic.Name, n.Clinic.Phone, n.Clinic.Email = name.Text, phone.Text, email.Text
		n.Clinic.Address, n.Clinic.Hours, n.Clinic.Booking = address.Text, hours.Text, booking.Text
		n.BookingURL = strings.TrimSpace(bookingURL.Text)
		secs, err := strconv.Atoi(strings.TrimSpace(idle.Text))
		if err != nil {
			status.SetText(i18n.F("Not saved: Idle timeout (s) %q is not a whole number of seconds", idle.Text))
			return
		}
		n.IdleTimeout = time.Duration(secs) * time.Second
		n.SoundOn = soundOn.Checked
		n.VolumeCap = volCap.Value
		n.AVOffset = time.Duration(offset) * time.Millisecond
		if err := k.apply(n); err != nil {
			status.SetText(i18n.L("Not saved: ") + formLabels().Replace(err.Error()))
			return
		}
		status.SetText(i18n.L("Saved."))
	})
	save.Importance = widget.HighImportance
	back := newButton(k.ptr, i18n.L("Back to the kiosk"), theme.NavigateBackIcon(), func() { k.act(k.m.LeaveAdmin) })
	exit := newButton(k.ptr, i18n.L("Exit to desktop"), theme.LogoutIcon(), k.confirmExit)
	exit.Importance = widget.DangerImportance

	scroll := container.NewVScroll(form)
	for _, f := range append(follow, &soundOn.Scroll, &volCap.Scroll, &calibrate.scroll) {
		*f = scroll
	}
	var view *fyne.Container
	page := container.NewBorder(
		container.NewVBox(text(i18n.L("Admin"), 1.9, true, fyne.TextAlignLeading), widget.NewSeparator()),
		container.NewVBox(status, container.NewHBox(back, layout.NewSpacer(), save, exit)),
		nil, nil, scroll)
	view = container.NewStack(container.New(column.Inset{Side: sideInset, Top: 20}, page))
	calibrate.OnTapped = func() {
		k.m.Touch()
		cal := settings.NewCalibration(clicker{k}, offset)
		k.cal = cal
		cal.OnDone = func(ms int) {
			cal.Stop()
			k.cal = nil
			offset = ms
			offsetLabel.SetText(i18n.F("%+d ms (press Save to keep)", ms))
			k.deps.Player.SetOffset(time.Duration(ms) * time.Millisecond)
			view.Objects = []fyne.CanvasObject{container.New(column.Inset{Side: sideInset, Top: 20}, page)}
			view.Refresh()
		}
		view.Objects = []fyne.CanvasObject{container.New(column.Inset{Side: sideInset, Top: 20}, cal.Content())}
		view.Refresh()
		cal.Start()
	}
	return view
}

// apply saves a changed config and uses it from now on.
func (k *Kiosk) apply(c kiosk.Config) error {
	if err := c.Validate(); err != nil {
		return err
	}
	if k.deps.ConfigPath != "" {
		if err := kiosk.Save(k.deps.ConfigPath, c); err != nil {
			return err
		}
	}
	k.cfg = c
	k.m.Configure(c)
	k.deps.Player.SetOffset(c.AVOffset)
	return nil
}

// confirmExit asks once more: leaving stops the kiosk until it is restarted.
func (k *Kiosk) confirmExit() {
	k.m.Touch()
	if k.m.Screen() != kiosk.Admin {
		return
	}
	var pop *widget.PopUp
	yes := newButton(k.ptr, i18n.L("Exit to desktop"), theme.LogoutIcon(), func() {
		pop.Hide()
		k.exit = ExitAdmin
		if k.deps.Quit != nil {
			k.deps.Quit()
		}
	})
	yes.Importance = widget.DangerImportance
	no := newButton(k.ptr, i18n.L("Stay"), theme.CancelIcon(), func() { pop.Hide() })
	pop = widget.NewModalPopUp(container.NewVBox(
		para(i18n.L("Leave the kiosk? It stays closed until the computer restarts or someone starts it again."), theme.SizeNameText, false),
		container.NewHBox(no, layout.NewSpacer(), yes)), k.window.Canvas())
	pop.Resize(fyne.NewSize(640, 0))
	k.pop = pop
	pop.Show()
}

// clicker lends the player to the calibration helper.
type clicker struct{ k *Kiosk }

func (c clicker) StartClicks(d time.Duration) { c.k.deps.Player.StartClicks(d) }
func (c clicker) Stop()                       { c.k.deps.Player.Stop() }
func (c clicker) Now() time.Duration          { return c.k.deps.Player.Now() }
func (c clicker) SetOffset(d time.Duration)   { c.k.deps.Player.SetOffset(d) }

// fixedWidth gives its content one width and its own height.
type fixedWidth struct{ w float32 }

func (f fixedWidth) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Resize(size)
	}
}

func (f fixedWidth) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return fyne.NewSize(max(s.Width, f.w), s.Height)
}

// formLabels turns the kiosk.toml key names in a config error into the labels
// of the admin form, which is all the person at the screen sees, in the
// language the form is shown in. (The rest of such an error is the config
// checker's English.)
func formLabels() *strings.Replacer {
	return strings.NewReplacer(
		`"clinic.name"`, i18n.L("Clinic name"), `"clinic.phone"`, i18n.L("Phone"), `"clinic.email"`, i18n.L("Email"),
		`"clinic.address"`, i18n.L("Address"), `"clinic.opening_hours"`, i18n.L("Opening hours"), `"clinic.booking"`, i18n.L("How to book"),
		`"clinic.booking_url"`, i18n.L("Booking link"), `"idle_timeout_s"`, i18n.L("Idle timeout (s)"), `"still_there_s"`, i18n.L("Still-there time (s)"),
		`"sound.volume_cap"`, i18n.L("Volume cap"), `"sound.av_offset_ms"`, i18n.L("A/V offset"), `"sound.on_at_start"`, i18n.L("Sound"),
		`"attract_fps"`, i18n.L("Attract frame rate"), `"hide_pointer"`, i18n.L("Hide pointer"), `"scale"`, i18n.L("Scale"),
	)
}
