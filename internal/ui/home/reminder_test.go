package home

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	hist "github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/reminder"
)

func TestReminderNotifiesOnlyBeforeTodaysPractice(t *testing.T) {
	h, st := newHome(t, Options{})
	msg, _ := reminder.Message(false)
	test.AssertNotificationSent(t, fyne.NewNotification("CoreCue", msg), h.fireReminder)
	id, err := st.BeginSession(hist.Session{Kind: hist.Workout, Started: time.Now(), Name: "p", PainBefore: 1, PainAfter: hist.NoPain})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.EndSession(id, hist.Finished, 1, false); err != nil {
		t.Fatal(err)
	}
	test.AssertNotificationSent(t, nil, h.fireReminder)
}

func TestReminderTimerIsArmedAndDisarmed(t *testing.T) {
	h, _ := newHome(t, Options{})
	if h.remind.timer != nil {
		t.Fatal("armed with no time set")
	}
	at, _ := reminder.Parse("07:15")
	h.scheduleReminder(at)
	if h.remind.timer == nil {
		t.Fatal("not armed")
	}
	h.stopReminder()
	if h.remind.timer != nil {
		t.Fatal("still armed")
	}
	// No tray host in tests: closing the window must still close it.
	if h.Tray {
		t.Fatal("tray claimed without a host")
	}
}
