package workout

import (
	"strings"
	"testing"
	"time"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/i18n"
	engine "github.com/corecue/corecue/internal/workout"
)

// A guided workout run with Polish in use says everything of its own in
// Polish: the set's heading, the spoken line's caption, what comes next in a rest and in a get-ready, the buttons; the
// exercise's name and form cues are the library's, in Polish too.
func TestWorkoutInPolish(t *testing.T) {
	if err := i18n.Use("pl"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = i18n.Use(i18n.Source) })
	r := newRig(t, t.TempDir())
	r.s.WarmUp.SetChecked(false)
	r.s.Tempo.SetChecked(true)
	r.s.PainBefore.SetText("3")
	if r.s.Start.Text != "Zacznij trening" {
		t.Errorf("start button %q", r.s.Start.Text)
	}
	r.start()
	if !r.s.Running() {
		t.Fatalf("not started: %q", r.s.Message.Text)
	}
	tl, l := r.s.run.TL, r.s.Live
	r.at(tl.Steps[0].Start + time.Second) // get ready for the dead bug
	deadBug := i18n.In("pl", "Dead bug")  // the library's name, in Polish
	if want := i18n.F(engine.ReadyLine, deadBug, tl.Items[0].Dose()) + "."; l.Caption.Text != want || !strings.HasPrefix(want, "Przyjmij pozycję: Dead bug (martwy robak)") {
		t.Errorf("get-ready caption %q, want %q", l.Caption.Text, want)
	}
	set1 := tl.Steps[1]
	r.at(set1.Start + time.Second)
	if !strings.HasPrefix(l.Heading.Text, "Seria 1 z 2") || l.Name.Text != deadBug {
		t.Errorf("mid-set shows %q %q", l.Heading.Text, l.Name.Text)
	}
	if cue := i18n.In("pl", "Keep the knee bent as the heel lowers"); !strings.Contains(l.Form.Text, cue) || strings.Contains(l.Form.Text, "Keep the knee bent") {
		t.Errorf("the form cues read %q", l.Form.Text)
	}
	if want := i18n.In("pl", breath.Line(breath.VoiceEngage)); l.Caption.Text != want || want == breath.Line(breath.VoiceEngage) {
		t.Errorf("the set's caption is %q, want the Polish line %q", l.Caption.Text, want)
	}
	r.at(tl.Steps[2].Start + 5*time.Second)
	if !strings.HasPrefix(l.Heading.Text, "Przerwa") || l.Next.Text != "Dalej: "+deadBug+", seria 2 z 2" {
		t.Errorf("rest shows %q, next %q", l.Heading.Text, l.Next.Text)
	}
	if l.Stop.Text != "Zatrzymaj i zapisz" {
		t.Errorf("stop button %q", l.Stop.Text)
	}
}
