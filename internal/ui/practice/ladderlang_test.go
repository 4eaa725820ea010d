package practice

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/store"
)

// A Polish speaker climbs the ladder and opens the common faults: every
// line of both is Polish, counted holds take Polish plural forms, and
// choosing a fault by its Polish title shows that fault.
func TestLadderAndFaultsSpeakTheChosenLanguage(t *testing.T) {
	if err := i18n.Use("pl"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = i18n.Use(i18n.Source) })
	s, p, _ := newScreen(t)
	st, _, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	s.SetRecorder(st, nil)
	if s.Ladder.Text != "Drabinka: 0 z 10 utrzymań (leżenie) › klęk podparty" || s.Position.Options[1] != "Klęk podparty · zablokowane" {
		t.Fatalf("ladder %q, positions %v", s.Ladder.Text, s.Position.Options)
	}

	// Four reps, then stop, answered yes: six to go, the "many" form.
	test.Tap(s.Start)
	p.now = p.started.Segments[0].Len + 4*p.started.Drill.RepDuration() + time.Second
	s.Frame()
	s.StopDrill()
	if q := s.Question.Objects[0].(*widget.Label).Text; !s.Asking() || q != "Czy przez każde utrzymanie dało się normalnie oddychać?" {
		t.Fatalf("asked %v: %q", s.Asking(), q)
	}
	test.Tap(s.Yes)
	want := "Zaliczone. Jeszcze 6 utrzymań w pozycji „leżenie” z normalnym oddechem otworzy pozycję „klęk podparty”."
	if s.Status.Text != want {
		t.Fatalf("after yes: %q, want %q", s.Status.Text, want)
	}

	test.Tap(s.Faults)
	v := s.Open()
	if v == nil || v.Choices.Selected != "Wstrzymywanie oddechu" {
		t.Fatalf("faults view opened at %+v", v)
	}
	v.Choices.SetSelected("Unoszenie się i rozchylanie żeber")
	if v.Wrong.Options(800, 500).Fault != breath.FaultRibFlare || v.WrongTitle.Text != "Źle: Unoszenie się i rozchylanie żeber" ||
		v.Fix.Text != "Zamiast tego: Oddychaj w boki; nie pozwól żebrom się unosić." {
		t.Fatalf("rib flare chosen in Polish: %v %q %q", v.Wrong.Options(800, 500).Fault, v.WrongTitle.Text, v.Fix.Text)
	}
	if v.Close.Text != "Zamknij" {
		t.Fatalf("close button %q", v.Close.Text)
	}
}
