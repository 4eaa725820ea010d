package history

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/i18n"
)

// History shown in Bengali: the summary counts, the calendar's weekdays,
// a session's date and its sets are in Bengali; the plan's and the
// exercises' names stay as the person and the library wrote them.
func TestHistoryInBengali(t *testing.T) {
	if err := i18n.Use("bn"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = i18n.Use(i18n.Source) })
	r := newRig(t, true)
	s := r.s
	for _, want := range []string{"এই সপ্তাহে: 3টি সেশনের 2টি", "টানা: 2 দিন", "মোট 7টি সেশন"} {
		if !strings.Contains(s.Summary.Text, want) {
			t.Errorf("summary %q lacks %q", s.Summary.Text, want)
		}
	}
	if l, ok := s.Calendar.Objects[0].(*widget.Label); !ok || l.Text != "সোম" {
		t.Errorf("the calendar starts with %v, want সোম (Monday)", s.Calendar.Objects[0])
	}
	first := s.Rows[0].Text.Text
	for _, want := range []string{"বুধ 25 নভে 2026, ", "Core basics", "5টি সেটের 3টি", "ডেড বাগ: 2টি সেটের 2টি"} {
		if !strings.Contains(first, want) {
			t.Errorf("the latest session reads %q, lacking %q", first, want)
		}
	}
	if s.Rows[0].Edit.Text != "সম্পাদনা" {
		t.Errorf("edit button %q", s.Rows[0].Edit.Text)
	}
}
