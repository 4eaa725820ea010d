package planner

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/plan"
	"github.com/corecue/corecue/internal/risk"
	"github.com/corecue/corecue/internal/store"
)

type rig struct {
	p  *Planner
	st *store.Store
	w  fyne.Window
}

// newRig builds the planner over a real SQLite store in a temp folder.
func newRig(t *testing.T, tweak func(*Deps)) *rig {
	t.Helper()
	a := test.NewTempApp(t)
	w := a.NewWindow("planner")
	st, n, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if !n.Empty() {
		t.Fatalf("fresh store gave a notice: %s", n.Message)
	}
	t.Cleanup(func() { st.Close() })
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	d := Deps{Library: lib, Store: st, Window: w}
	if tweak != nil {
		tweak(&d)
	}
	p := New(d)
	w.SetContent(p.Content())
	w.Resize(fyne.NewSize(1280, 800))
	return &rig{p: p, st: st, w: w}
}

// addFromLibrary searches, picks the first result and adds it with the
// dose fields set as given ("" leaves the default).
func (r *rig) addFromLibrary(t *testing.T, query string, sets, reps, hold string) {
	t.Helper()
	l := r.p.Library
	l.Search.SetText(query)
	if len(l.Results()) == 0 {
		t.Fatalf("search %q found nothing", query)
	}
	l.List.Select(0)
	for _, f := range []struct {
		e *widget.Entry
		v string
	}{{l.Sets, sets}, {l.Reps, reps}, {l.Hold, hold}} {
		if f.v != "" {
			f.e.SetText(f.v)
		}
	}
	test.Tap(l.Add)
}

func TestContextOutOfRangeIsRefusedAndValidContextChangesLevels(t *testing.T) {
	r := newRig(t, nil)
	ab := r.p.About
	before := r.p.Library.Level("mcgill-curl-up")
	for _, bad := range []string{"11", "-1", "five", ""} {
		ab.Pain.SetText(bad)
		test.Tap(ab.Update)
		if !strings.Contains(ab.Message.Text, "back pain now") || !strings.HasPrefix(ab.Message.Text, "Not saved") {
			t.Errorf("pain %q: message %q", bad, ab.Message.Text)
		}
		if per, _ := r.st.Person(); per.Pain != 0 {
			t.Errorf("pain %q was stored as %d", bad, per.Pain)
		}
	}
	ab.Pain.SetText("6")
	ab.Leg.SetChecked(true)
	per, err := r.st.Person()
	if err != nil || per.Pain != 6 || !per.LegSymptoms || per.Morning {
		t.Fatalf("stored %+v, %v", per, err)
	}
	after := r.p.Library.Level("mcgill-curl-up")
	if before != risk.Low || after <= before {
		t.Fatalf("curl-up level %v → %v: pain 6 and leg symptoms should raise a flexion exercise", before, after)
	}
}

func TestContextIsReadFromTheStore(t *testing.T) {
	a := test.NewTempApp(t)
	dir := t.TempDir()
	st, _, err := store.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.SavePerson(store.Person{Pain: 5, Morning: true}); err != nil {
		t.Fatal(err)
	}
	lib, _ := exercise.Builtin()
	p := New(Deps{Library: lib, Store: st, Window: a.NewWindow("t")})
	if p.About.Pain.Text != "5" || !p.About.Morning.Checked || p.About.Leg.Checked {
		t.Fatalf("form shows pain=%q morning=%v leg=%v", p.About.Pain.Text, p.About.Morning.Checked, p.About.Leg.Checked)
	}
	if got := p.context(); got.Pain != 5 || !got.Morning {
		t.Fatalf("context %+v", got)
	}
}

func TestSearchByAliasAndCloseMatch(t *testing.T) {
	r := newRig(t, nil)
	l := r.p.Library
	l.Search.SetText("situps")
	if len(l.Results()) == 0 || l.Results()[0].ID != "sit-up" {
		t.Fatalf("situps found %v", ids(l.Results()))
	}
	l.Search.SetText("hanging leg rase")
	if len(l.Results()) != 1 || l.Results()[0].ID != "hanging-leg-raise" {
		t.Fatalf("close match found %v", ids(l.Results()))
	}
	if !l.DidYouMean.Visible() || !strings.Contains(l.DidYouMean.Text, "Did you mean “Hanging leg raise”") {
		t.Fatalf("did-you-mean %q", l.DidYouMean.Text)
	}
	l.Search.SetText("zzzz")
	if len(l.Results()) != 0 || !strings.Contains(l.DidYouMean.Text, "Nothing") {
		t.Fatalf("nonsense: %v %q", ids(l.Results()), l.DidYouMean.Text)
	}
	l.Search.SetText("")
	if len(l.Results()) != r.p.deps.Library.Len() || l.DidYouMean.Visible() {
		t.Fatalf("empty search shows %d of %d", len(l.Results()), r.p.deps.Library.Len())
	}
}

func TestAliasSearchNamesTheAlias(t *testing.T) {
	r := newRig(t, nil)
	lib := r.p.deps.Library
	var alias, id string
	for _, e := range lib.Exercises() {
		for _, a := range e.Aliases {
			if res := lib.Resolve(a); res.ByOtherName() && res.ID == e.ID {
				alias, id = a, e.ID
				break
			}
		}
		if alias != "" {
			break
		}
	}
	if alias == "" {
		t.Fatal("the library has no alias to search by")
	}
	r.p.Library.Search.SetText(alias)
	found := false
	for _, e := range r.p.Library.Results() {
		found = found || e.ID == id
	}
	if !found || !strings.Contains(r.p.Library.DidYouMean.Text, "another name for") {
		t.Fatalf("alias %q → %v, note %q", alias, ids(r.p.Library.Results()), r.p.Library.DidYouMean.Text)
	}
}

func ids(exs []exercise.Exercise) []string {
	var out []string
	for _, e := range exs {
		out = append(out, e.ID)
	}
	return out
}

func TestAddSeeTheFlagAndSwapForSafer(t *testing.T) {
	r := newRig(t, nil)
	r.addFromLibrary(t, "sit ups", "3", "12", "")
	id, pl := r.p.Plan.Current()
	if id == 0 || len(pl.Items) != 1 || pl.Items[0].Exercise != "sit-up" || pl.Items[0].Reps != 12 || pl.Items[0].Sets != 3 {
		t.Fatalf("plan %d: %+v (message %q)", id, pl, r.p.Library.Message.Text)
	}
	stored, err := r.st.GetPlan(id)
	if err != nil || len(stored.Items) != 1 {
		t.Fatalf("not stored: %+v %v", stored, err)
	}
	row := r.p.Plan.Rows[0]
	if row.Flag.Label.Text != "High risk" || row.Flag.Label.Importance != widget.DangerImportance || row.Flag.Icon.Resource == nil {
		t.Fatalf("flag: %q importance %v icon %v", row.Flag.Label.Text, row.Flag.Label.Importance, row.Flag.Icon.Resource)
	}
	alt := r.p.Plan.Assessment().Items[0].Alternatives[0]
	if !row.Swap.Visible() || row.Swap.Text != "Swap for safer: "+alt.Name {
		t.Fatalf("swap button %q visible=%v", row.Swap.Text, row.Swap.Visible())
	}

	test.Tap(row.Why)
	why := r.p.Plan.Why.Text.String()
	ev, _ := r.p.deps.Library.Evidence(r.p.Plan.Assessment().Items[0].Reasons[0].Evidence[0])
	if !strings.Contains(why, "High risk for your back") || !strings.Contains(why, "Source: "+ev.Citation) || !strings.Contains(why, risk.Disclaimer) {
		t.Fatalf("why panel lacks level, source or disclaimer:\n%s", why)
	}

	test.Tap(row.Swap)
	_, pl = r.p.Plan.Current()
	got := pl.Items[0]
	if got.Exercise != alt.ID || got.Sets != 3 {
		t.Fatalf("after swap: %+v, want %s with 3 sets", got, alt.ID)
	}
	altEx, _ := r.p.deps.Library.Get(alt.ID)
	if altEx.Attributes.Mode == exercise.ModeIsometric && (got.HoldSeconds == 0 || got.Reps != 0) {
		t.Fatalf("swapped to a hold but kept a count: %+v", got)
	}
	if lvl := r.p.Plan.Assessment().Items[0].Level; lvl >= risk.High {
		t.Fatalf("level after swap is still %v", lvl)
	}
	if txt := r.p.Plan.Rows[0].Flag.Label.Text; txt == "High risk" {
		t.Fatalf("row flag still %q", txt)
	}
	stored, _ = r.st.GetPlan(id)
	if stored.Items[0].Exercise != alt.ID {
		t.Fatalf("swap not stored: %+v", stored.Items[0])
	}
	if !strings.Contains(r.p.Plan.Why.Text.String(), alt.Name) {
		t.Fatal("why panel does not follow the swapped item")
	}
}

func TestSwapDoseFitsTheAlternative(t *testing.T) {
	hold := exercise.Exercise{ID: "h", Attributes: exercise.Attributes{Mode: exercise.ModeIsometric}}
	move := exercise.Exercise{ID: "m", Attributes: exercise.Attributes{Mode: exercise.ModeDynamic}}
	cases := []struct {
		old  plan.Item
		alt  exercise.Exercise
		want plan.Item
	}{
		{plan.Item{Exercise: "x", Sets: 3, Reps: 20, RestSeconds: 45}, hold, plan.Item{Exercise: "h", Sets: 3, HoldSeconds: risk.HoldLimit, RestSeconds: 45}},
		{plan.Item{Exercise: "x", Sets: 2, Reps: 20}, move, plan.Item{Exercise: "m", Sets: 2, Reps: 12}},
		{plan.Item{Exercise: "x", Sets: 2, Reps: 8}, move, plan.Item{Exercise: "m", Sets: 2, Reps: 8}},
		{plan.Item{Exercise: "x", Sets: 4, HoldSeconds: 30}, move, plan.Item{Exercise: "m", Sets: 4, Reps: 8}},
		{plan.Item{Exercise: "x", Sets: 4, HoldSeconds: 30}, hold, plan.Item{Exercise: "h", Sets: 4, HoldSeconds: 30}},
	}
	for _, c := range cases {
		if got := swapDose(c.old, c.alt); got != c.want {
			t.Errorf("swapDose(%+v, %s) = %+v, want %+v", c.old, c.alt.ID, got, c.want)
		}
		if err := checkItem(swapDose(c.old, c.alt)); err != nil {
			t.Errorf("swapped item is invalid: %v", err)
		}
	}
}

func TestBadDoseIsRefusedNamingTheField(t *testing.T) {
	r := newRig(t, nil)
	cases := []struct{ sets, reps, hold, want string }{
		{"25", "10", "", "sets"},
		{"0", "10", "", "sets"},
		{"x", "10", "", "sets"},
		{"3", "abc", "", "reps"},
		{"3", "201", "", "reps"},
		{"3", "0", "", "reps"},
		{"3", "", "301", "hold"},
		{"3", "10", "10", "both"},
	}
	for _, c := range cases {
		l := r.p.Library
		l.Search.SetText("dead bug")
		l.List.Select(0)
		l.Sets.SetText(c.sets)
		l.Reps.SetText(c.reps)
		l.Hold.SetText(c.hold)
		test.Tap(l.Add)
		if !strings.HasPrefix(l.Message.Text, "Not added") || !strings.Contains(l.Message.Text, c.want) {
			t.Errorf("sets=%q reps=%q hold=%q: message %q", c.sets, c.reps, c.hold, l.Message.Text)
		}
		if _, pl := r.p.Plan.Current(); len(pl.Items) != 0 {
			t.Fatalf("bad dose was added: %+v", pl.Items)
		}
	}
	l := r.p.Library
	l.Rest.SetText("601")
	l.Sets.SetText("2")
	l.Reps.SetText("8")
	l.Hold.SetText("")
	test.Tap(l.Add)
	// The form speaks of rest in seconds, not of the plan file's key.
	if !strings.Contains(l.Message.Text, "rest 601 s is outside 0-600 s") || strings.Contains(l.Message.Text, "_seconds") || strings.Contains(l.Message.Text, "dead-bug") {
		t.Errorf("rest 601: %q", l.Message.Text)
	}
}

func TestEnterInTheDoseFieldAdds(t *testing.T) {
	r := newRig(t, nil)
	l := r.p.Library
	l.Search.SetText("bird dog")
	l.List.Select(0)
	r.w.Canvas().Focus(l.Hold)
	l.Hold.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if _, pl := r.p.Plan.Current(); len(pl.Items) != 1 || pl.Items[0].Exercise != "bird-dog" {
		t.Fatalf("Enter did not add: %+v %q", pl.Items, l.Message.Text)
	}
}

func TestPlanNotesAppearForFlexionVolumeAndMissingCore(t *testing.T) {
	r := newRig(t, nil)
	r.addFromLibrary(t, "crunch", "5", "15", "")
	notes := notesText(r.p.Plan)
	if !strings.Contains(notes, "No core-engagement practice") || !strings.Contains(notes, "75 reps") || !strings.Contains(notes, "Sources:") {
		t.Fatalf("notes: %q", notes)
	}
	r.addFromLibrary(t, "stomach vacuum", "3", "", "10")
	if notes := notesText(r.p.Plan); strings.Contains(notes, "No core-engagement practice") {
		t.Fatalf("the vacuum did not satisfy the core note: %q", notes)
	}
}

func notesText(v *PlanView) string {
	var s []string
	for _, o := range v.Notes.Objects {
		for _, c := range o.(*fyne.Container).Objects {
			if l, ok := c.(*widget.Label); ok {
				s = append(s, l.Text)
			}
		}
	}
	return strings.Join(s, "\n")
}

func TestFeltItRaisesTheExerciseForThisSession(t *testing.T) {
	r := newRig(t, nil)
	r.addFromLibrary(t, "bird dog", "3", "", "8")
	test.Tap(r.p.Plan.Rows[0].Why)
	test.Tap(r.p.Plan.Why.FeltIt)
	if lvl := r.p.Plan.Assessment().Items[0].Level; lvl != risk.Moderate {
		t.Fatalf("felt it: level %v", lvl)
	}
	test.Tap(r.p.Plan.Why.FeltIt)
	if lvl := r.p.Plan.Assessment().Items[0].Level; lvl != risk.Low {
		t.Fatalf("undo felt it: level %v", lvl)
	}
}

// findButton looks for a button with the given text inside o.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	switch x := o.(type) {
	case *widget.Button:
		if x.Text == text {
			return x
		}
	case *fyne.Container:
		for _, c := range x.Objects {
			if b := findButton(c, text); b != nil {
				return b
			}
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			if b := findButton(c, text); b != nil {
				return b
			}
		}
	}
	return nil
}

func findEntry(o fyne.CanvasObject) *widget.Entry {
	switch x := o.(type) {
	case *widget.Entry:
		return x
	case *fyne.Container:
		for _, c := range x.Objects {
			if e := findEntry(c); e != nil {
				return e
			}
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			if e := findEntry(c); e != nil {
				return e
			}
		}
	}
	return nil
}

func TestNewRenameDuplicateDeleteThroughTheDialogs(t *testing.T) {
	r := newRig(t, nil)
	over := r.w.Canvas().Overlays()

	test.Tap(r.p.Plans.New)
	e := findEntry(over.Top())
	if e == nil {
		t.Fatal("no name field in the new-plan dialog")
	}
	e.SetText("Mornings")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	id, pl := r.p.Plan.Current()
	if id == 0 || pl.Name != "Mornings" {
		t.Fatalf("new plan: %d %+v", id, pl)
	}
	r.addFromLibrary(t, "dead bug", "2", "8", "")

	test.Tap(r.p.Plans.Rename)
	e = findEntry(over.Top())
	e.SetText(strings.Repeat("x", plan.MaxNameLength+1))
	if e.Validate() == nil {
		t.Fatal("an overlong name passed validation")
	}
	e.SetText("Evenings")
	test.Tap(findButton(over.Top(), "Rename"))
	if got, _ := r.st.GetPlan(id); got.Name != "Evenings" {
		t.Fatalf("rename stored %q", got.Name)
	}
	if r.p.Plans.Picker.Selected != "Evenings (1)" {
		t.Fatalf("picker shows %q", r.p.Plans.Picker.Selected)
	}

	test.Tap(r.p.Plans.Duplicate)
	list, _ := r.st.ListPlans()
	if len(list) != 2 {
		t.Fatalf("after duplicate: %+v", list)
	}
	cid, cp := r.p.Plan.Current()
	if cid == id || cp.Name != "Evenings (copy)" || len(cp.Items) != 1 {
		t.Fatalf("copy open: %d %+v", cid, cp)
	}

	test.Tap(r.p.Plans.Delete)
	if over.Top() == nil {
		t.Fatal("delete did not ask for confirmation")
	}
	test.Tap(findButton(over.Top(), "Cancel"))
	if list, _ := r.st.ListPlans(); len(list) != 2 {
		t.Fatal("cancel deleted the plan")
	}
	test.Tap(r.p.Plans.Delete)
	test.Tap(findButton(over.Top(), "Delete"))
	list, _ = r.st.ListPlans()
	if len(list) != 1 || list[0].ID != id {
		t.Fatalf("after delete: %+v", list)
	}
	if nid, _ := r.p.Plan.Current(); nid != id {
		t.Fatalf("after delete the open plan is %d, want the remaining %d", nid, id)
	}
	if err := r.p.Plans.DeleteCurrent(); err != nil {
		t.Fatal(err)
	}
	if nid, _ := r.p.Plan.Current(); nid != 0 || !r.p.Plans.Delete.Disabled() || !r.p.Plan.Empty.Visible() {
		t.Fatalf("with no plans left: open %d, delete disabled %v", nid, r.p.Plans.Delete.Disabled())
	}
}

func TestImportExportRoundTripAndBadFiles(t *testing.T) {
	r := newRig(t, nil)
	src := `{"version": 1, "name": "From the gym", "items": [
		{"exercise": "situps", "sets": 2, "reps": 10},
		{"exercise": "hanging leg rase", "sets": 3, "reps": 8},
		{"exercise": "burpees", "sets": 3, "reps": 12}]}`
	if err := r.p.Plans.ImportFrom(strings.NewReader(src), "gym.json"); err != nil {
		t.Fatal(err)
	}
	id, pl := r.p.Plan.Current()
	if pl.Name != "From the gym" || len(pl.Items) != 3 || pl.Items[0].Exercise != "sit-up" || pl.Items[1].Exercise != "hanging leg rase" {
		t.Fatalf("imported %+v", pl)
	}
	if !strings.Contains(r.p.Plan.Message.Text, "“situps” read as Sit-up") {
		t.Errorf("resolution not shown: %q", r.p.Plan.Message.Text)
	}
	if !strings.Contains(r.p.Plan.Rows[1].Resolution.Text, "did you mean") || r.p.Plan.Rows[2].Flag.Label.Text != "Not assessed" {
		t.Errorf("rows: %q / %q", r.p.Plan.Rows[1].Resolution.Text, r.p.Plan.Rows[2].Flag.Label.Text)
	}

	path := filepath.Join(t.TempDir(), "out.json")
	if err := r.p.Plans.ExportTo(path); err != nil {
		t.Fatal(err)
	}
	back, err := plan.ReadFile(path)
	if err != nil || back.Name != pl.Name || len(back.Items) != 3 || back.Items[0] != pl.Items[0] {
		t.Fatalf("exported %+v, %v", back, err)
	}

	for _, bad := range []struct{ data, want string }{
		{`{"version": 2, "name": "x", "items": []}`, "version"},
		{`{"version": 1, "name": "x", "items": [{"exercise": "crunch", "sets": 21, "reps": 5}]}`, "sets 21"},
		{`not json`, "gym.json"},
	} {
		err := r.p.Plans.ImportFrom(strings.NewReader(bad.data), "gym.json")
		msg := r.p.Plans.Message.Text
		if err == nil || !strings.HasPrefix(msg, "Not imported") || !strings.Contains(msg, bad.want) || strings.Contains(msg, "\n") {
			t.Errorf("%s: err %v, message %q", bad.data, err, msg)
		}
	}
	if list, _ := r.st.ListPlans(); len(list) != 1 {
		t.Fatalf("a bad import stored a plan: %+v", list)
	}
	if nid, _ := r.p.Plan.Current(); nid != id {
		t.Fatal("a bad import changed the open plan")
	}
}

func TestStarterPlansAreLowRiskGeneralGuidanceAndCopy(t *testing.T) {
	r := newRig(t, nil)
	for i, s := range Starters() {
		pl := r.p.resolvedStarter(s)
		if err := pl.Validate(); err != nil {
			t.Fatalf("%s: %v", s.Name, err)
		}
		as, err := plan.Assess(pl, r.p.deps.Library, risk.Context{})
		if err != nil {
			t.Fatal(err)
		}
		core := false
		for j, a := range as.Result.Items {
			if a.Level != risk.Low || as.Resolved[j].Resolution.How == exercise.MatchClose {
				t.Errorf("%s: %q is %v (%s)", s.Name, s.Plan.Items[j].Exercise, a.Level, as.Resolved[j].Describe())
			}
			ex, _ := r.p.deps.Library.Get(a.ExerciseID)
			core = core || ex.CoreEngagement
		}
		if !core {
			t.Errorf("%s has no core-engagement practice", s.Name)
		}
		if err := r.p.Plans.CopyStarter(i); err != nil {
			t.Fatal(err)
		}
		if _, cur := r.p.Plan.Current(); cur.Name != s.Name || !strings.Contains(r.p.Plans.Message.Text, "general guidance") {
			t.Fatalf("copy opened %q, message %q", cur.Name, r.p.Plans.Message.Text)
		}
	}
	if list, _ := r.st.ListPlans(); len(list) != len(Starters()) {
		t.Fatalf("%d plans stored", len(list))
	}
	test.Tap(r.p.Plans.Starters)
	top := r.w.Canvas().Overlays().Top()
	if top == nil || findButton(top, "Copy to my plans") == nil {
		t.Fatal("the starter dialog offers no copy button")
	}
}

func TestHandoutButtonFollowsTheHook(t *testing.T) {
	r := newRig(t, nil)
	if r.p.Plans.Handout.Visible() {
		t.Fatal("handout button shown without a hook")
	}
	var gotName, gotPath string
	r = newRig(t, func(d *Deps) {
		d.Handout = func(p plan.Plan, path string) error {
			gotName, gotPath = p.Name, path
			if strings.Contains(path, "full") {
				return errors.New("disk full")
			}
			return os.WriteFile(path, []byte("%PDF"), 0o644)
		}
	})
	if !r.p.Plans.Handout.Visible() {
		t.Fatal("handout button hidden with a hook")
	}
	if err := r.p.Plans.CopyStarter(0); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "h.pdf")
	if err := r.p.Plans.SaveHandout(out); err != nil || gotName != Starters()[0].Name || gotPath != out {
		t.Fatalf("handout: %v %q %q", err, gotName, gotPath)
	}
	if err := r.p.Plans.SaveHandout("/tmp/full.pdf"); err == nil || !strings.Contains(r.p.Plans.Message.Text, "disk full") {
		t.Fatalf("handout failure: %v %q", err, r.p.Plans.Message.Text)
	}
}

func TestHighRiskRowMarkup(t *testing.T) {
	r := newRig(t, nil)
	r.addFromLibrary(t, "sit-up", "3", "10", "")
	row := r.p.Plan.Rows[0].Object()
	row.Resize(fyne.NewSize(640, row.MinSize().Height))
	test.AssertObjectRendersToMarkup(t, "item_row_high.xml", row)
}

// A person makes "Evening vacuum", then imports a file, creates a plan and
// renames another one to the same name (in other case and spacing): each
// time CoreCue asks before anything is replaced.
func TestAPlanWithAnExistingNameAsksBeforeReplacing(t *testing.T) {
	r := newRig(t, nil)
	b := r.p.Plans
	if err := b.NewPlan("Evening vacuum"); err != nil {
		t.Fatal(err)
	}
	first, _ := r.p.Plan.Current()
	names := func() []string {
		list, _ := r.st.ListPlans()
		var out []string
		for _, pi := range list {
			out = append(out, fmt.Sprintf("%s/%d", pi.Name, pi.Items))
		}
		slices.Sort(out)
		return out
	}
	src := `{"version": 1, "name": "evening  Vacuum", "items": [{"exercise": "dead-bug", "sets": 2, "reps": 8}]}`
	if err := b.ImportFrom(strings.NewReader(src), "evening.json"); err != nil {
		t.Fatal(err)
	}
	if b.Asking() == nil || len(names()) != 1 {
		t.Fatalf("import under an existing name did not ask: %v", names())
	}
	test.Tap(b.Asking().Cancel)
	if got := names(); len(got) != 1 || got[0] != "Evening vacuum/0" {
		t.Fatalf("cancel changed the plans: %v", got)
	}
	b.ImportFrom(strings.NewReader(src), "evening.json")
	test.Tap(b.Asking().KeepBoth)
	if got := strings.Join(names(), ","); got != "Evening vacuum/0,evening  Vacuum (2)/1" {
		t.Fatalf("keep both: %s", got)
	}
	b.ImportFrom(strings.NewReader(src), "evening.json")
	test.Tap(b.Asking().Replace)
	if got := strings.Join(names(), ","); got != "evening  Vacuum (2)/1,evening  Vacuum/1" {
		t.Fatalf("replace: %s", got)
	}
	if id, _ := r.p.Plan.Current(); id != first {
		t.Fatalf("replace opened plan %d, not the replaced %d", id, first)
	}
	// New plan and rename ask too; renaming a plan to its own name in
	// another case does not.
	b.NewPlan("EVENING VACUUM")
	if b.Asking() == nil {
		t.Fatal("new plan under an existing name did not ask")
	}
	test.Tap(b.Asking().Cancel)
	if err := b.RenameCurrent("Evening Vacuum"); err != nil || b.Asking() != nil {
		t.Fatalf("renaming a plan to its own name asked: %v", err)
	}
	if len(names()) != 2 {
		t.Fatalf("plans %v", names())
	}
}

// Tab from the top of the planner reaches the plan picker before Starter
// plans and the library's search box before its list; the detail panel
// follows each new search.
func TestTabFollowsReadingOrderAndTheDetailFollowsTheSearch(t *testing.T) {
	r := newRig(t, nil)
	c := r.w.Canvas()
	order := map[fyne.Focusable]int{}
	for i := 0; i < 60; i++ {
		test.FocusNext(c)
		if f := c.Focused(); f != nil {
			if _, seen := order[f]; !seen {
				order[f] = i
			}
		}
	}
	at := func(f fyne.Focusable, what string) int {
		i, ok := order[f]
		if !ok {
			t.Fatalf("Tab never reaches %s", what)
		}
		return i
	}
	if at(r.p.Plans.Picker, "the plan picker") > at(r.p.Plans.Starters, "Starter plans") {
		t.Error("Tab reaches Starter plans before the plan picker")
	}
	if at(r.p.Library.Search, "the search box") > at(r.p.Library.List, "the library list") {
		t.Error("Tab reaches the library list before its search box")
	}
	l := r.p.Library
	l.Search.SetText("sit ups")
	if l.Selected() != "sit-up" || !l.detail.Visible() {
		t.Fatalf("search for sit ups shows %q", l.Selected())
	}
	l.Search.SetText("dead bug")
	if l.Selected() != "dead-bug" || l.Name.Text != "Dead bug" {
		t.Fatalf("after a new search the detail still shows %q (%q)", l.Name.Text, l.Selected())
	}
	l.Search.SetText("zzzz")
	if l.Selected() != "" || l.detail.Visible() {
		t.Fatalf("a search that lists nothing still shows %q", l.Name.Text)
	}
}

// A Bengali reader saved a handout and got an English PDF with no word of
// why (the PDF cannot join Bengali letters): the message now says so, in
// Bengali.
func TestHandoutInAScriptThePDFCannotSetSaysItIsInEnglish(t *testing.T) {
	const note = "It is in English: the PDF cannot yet join this language's letters correctly."
	t.Cleanup(func() { _ = i18n.Use(i18n.Source) })
	r := newRig(t, func(d *Deps) {
		d.Handout = func(p plan.Plan, path string) error { return os.WriteFile(path, []byte("%PDF"), 0o644) }
	})
	if err := r.p.Plans.CopyStarter(0); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "h.pdf")
	if err := r.p.Plans.SaveHandout(out); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(r.p.Plans.Message.Text, note) {
		t.Fatalf("an English reader was told the handout is in English: %q", r.p.Plans.Message.Text)
	}
	if err := i18n.Use("bn"); err != nil {
		t.Fatal(err)
	}
	if err := r.p.Plans.SaveHandout(out); err != nil {
		t.Fatal(err)
	}
	if want := i18n.L(note); want == note || !strings.Contains(r.p.Plans.Message.Text, want) {
		t.Fatalf("the Bengali message does not say the handout is in English: %q", r.p.Plans.Message.Text)
	}
}
