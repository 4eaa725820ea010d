package planner

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/figure/moves"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/risk"
)

// A planner built with Polish in use speaks Polish: its buttons, a refused
// dose naming the field in Polish, and the plan's title counting its
// exercises with Polish plural forms.
func TestPlannerInPolish(t *testing.T) {
	if err := i18n.Use("pl"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = i18n.Use(i18n.Source) })
	r := newRig(t, nil)
	for _, c := range []struct{ got, want string }{
		{r.p.Plans.New.Text, "Nowy plan"},
		{r.p.Library.Add.Text, "Dodaj do planu"},
		{r.p.Plans.Workout.Text, "Zacznij trening"},
	} {
		if c.got != c.want {
			t.Errorf("button %q, want %q", c.got, c.want)
		}
	}
	l := r.p.Library
	l.Search.SetText("dead bug")
	l.List.Select(0)
	l.Sets.SetText("x")
	test.Tap(l.Add)
	if !strings.HasPrefix(l.Message.Text, "Nie dodano — serie: ") {
		t.Errorf("a bad number of sets is refused with %q", l.Message.Text)
	}
	for n, want := range map[int]string{1: "1 ćwiczenie", 2: "2 ćwiczenia", 5: "5 ćwiczeń"} {
		if got := i18n.N("%[2]s · %[1]d exercises", n, "Mój plan"); got != "Mój plan · "+want {
			t.Errorf("%d exercises: %q", n, got)
		}
	}
	l.Sets.SetText("3")
	test.Tap(l.Add)
	if !strings.HasPrefix(l.Message.Text, "Dodano ") {
		t.Errorf("adding said %q", l.Message.Text)
	}
	if got := r.p.Plan.Title.Text; !strings.HasSuffix(got, "· 1 ćwiczenie") || !strings.HasPrefix(got, "Mój plan") {
		t.Errorf("the plan's title is %q", got)
	}
	// The disclaimer under the planner was English on the Polish screen.
	if !hasLabel(r.p.Content(), i18n.In("pl", risk.Disclaimer)) || hasLabel(r.p.Content(), risk.Disclaimer) {
		t.Error("the planner's disclaimer is not in Polish")
	}
}

// hasLabel reports whether a label in o's tree reads text.
func hasLabel(o fyne.CanvasObject, text string) bool {
	switch x := o.(type) {
	case *widget.Label:
		return x.Text == text
	case *fyne.Container:
		for _, c := range x.Objects {
			if hasLabel(c, text) {
				return true
			}
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			if hasLabel(c, text) {
				return true
			}
		}
	}
	return false
}

// TestLibraryAndReasonsInPolish replays a Polish reader looking for the
// sit-up by its Polish name with back pain at 5 and asking Why?: the list,
// the detail and the why panel show the library's words and the reasons in
// Polish, and the figures' captions say what the lower back does in Polish
// (they were English on the Polish screen).
func TestLibraryAndReasonsInPolish(t *testing.T) {
	if err := i18n.Use("pl"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = i18n.Use(i18n.Source) })
	r := newRig(t, nil)
	r.p.About.Pain.SetText("5")
	test.Tap(r.p.About.Update)
	l, w := r.p.Library, r.p.Plan.Why
	sitUp, _ := r.p.deps.Library.Get("sit-up")
	l.Search.SetText(strings.ToLower(i18n.In("pl", sitUp.Name)))
	if i := slices.IndexFunc(l.Results(), func(e exercise.Exercise) bool { return e.ID == "sit-up" }); i < 0 {
		t.Fatalf("searching the Polish name %q did not find the sit-up", i18n.In("pl", sitUp.Name))
	}
	l.Search.SetText("sit-up")
	if l.Selected() != "sit-up" {
		t.Fatalf("the English name no longer finds it: selected %q", l.Selected())
	}
	if l.Name.Text != i18n.In("pl", sitUp.Name) || l.Description.Text != i18n.In("pl", sitUp.Description) || l.Name.Text == sitUp.Name {
		t.Errorf("the detail reads %q: %q", l.Name.Text, l.Description.Text)
	}
	test.Tap(l.Explain)
	why := w.Text.String()
	for _, want := range []string{"Zgina dolny odcinek pleców do końca", "Ból pleców 5/10: to ćwiczenie"} {
		if !strings.Contains(why, want) {
			t.Errorf("the why panel lacks %q:\n%s", want, why)
		}
	}
	if strings.Contains(why, "Bends the lower back") || strings.Contains(why, "Back pain at") {
		t.Errorf("the why panel still has English reasons:\n%s", why)
	}
	m, _ := moves.For("sit-up")
	if !strings.HasSuffix(w.FigureName.Text, ": "+i18n.In("pl", m.Note)) || m.Note == i18n.In("pl", m.Note) {
		t.Errorf("the figure's caption is %q", w.FigureName.Text)
	}
}
