package workout

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/reminder"
	"github.com/corecue/corecue/internal/ui/inview"
)

// PrefReminder keeps the daily reminder time as "HH:MM", "" for none.
const PrefReminder = "reminder.time"

// ReminderTime is the saved reminder time (off when unset or unreadable).
func ReminderTime(p fyne.Preferences) reminder.Time {
	t, err := reminder.Parse(p.String(PrefReminder))
	if err != nil {
		return reminder.Time{}
	}
	return t
}

// reminderRow is the setting: a time entry and a button to keep it.
func (s *Screen) reminderRow() fyne.CanvasObject {
	s.Reminder = inview.NewEntry()
	s.Reminder.SetPlaceHolder(i18n.L("HH:MM, empty for none"))
	s.Reminder.SetText(ReminderTime(s.d.Prefs).String())
	s.SetReminder = inview.NewButton(i18n.L("Set reminder"), nil, s.saveReminder)
	return container.NewBorder(nil, nil, nil, s.SetReminder, s.Reminder)
}

func (s *Screen) saveReminder() {
	t, err := reminder.Parse(s.Reminder.Text)
	if err != nil {
		s.Message.SetText(err.Error())
		return
	}
	s.d.Prefs.SetString(PrefReminder, t.String())
	if t.Set {
		s.Message.SetText(i18n.F("A reminder will show at %s each day while CoreCue runs (also from the tray, where the desktop has one).", t.String()))
	} else {
		s.Message.SetText(i18n.L("The daily reminder is off."))
	}
	if s.d.OnReminder != nil {
		s.d.OnReminder(t)
	}
}
