package risk

import (
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/corecue/corecue/internal/exercise"
)

var updateDoc = flag.Bool("update-doc", false, "rewrite the library table in docs/risk-rules.md from the data")

// varyCase applies one variation to a synthetic exercise and checks the
// attributes and levels it gives, and that it is reported with its rule and
// sources.
func varyCase(t *testing.T, id string, edit func(*exercise.Exercise), check func(a exercise.Attributes) bool, from, to Level) {
	t.Helper()
	ex := synth(nil)
	if edit != nil {
		edit(&ex)
	}
	done, mods := vary(ex, []string{id})
	if len(mods) != 1 {
		t.Fatalf("%s: %d modifiers", id, len(mods))
	}
	m := mods[0]
	if !check(done.Attributes) {
		t.Errorf("%s: attributes %+v", id, done.Attributes)
	}
	if m.Rule != variationRules[id].rule || m.From != from || m.To != to || len(m.Evidence) == 0 {
		t.Errorf("%s: %+v, want %s from %s to %s", id, m, variationRules[id].rule, from, to)
	}
	if lvl, _ := base(done); lvl != to {
		t.Errorf("%s: level %s after, modifier says %s", id, lvl, to)
	}
}

func findReason(rs []Reason, rule string) (Reason, bool) {
	for _, r := range rs {
		if r.Rule == rule {
			return r, true
		}
	}
	return Reason{}, false
}

func variedItem(t *testing.T, id string, vars ...string) Assessment {
	t.Helper()
	return mustItem(t, engine(t), Item{ExerciseID: id, Variations: vars}, Context{})
}

func testWeighted(t *testing.T) {
	varyCase(t, "weighted", nil, func(a exercise.Attributes) bool { return a.Compression == exercise.CompressionModerate }, Low, Moderate)
	varyCase(t, "weighted", func(e *exercise.Exercise) {
		e.Attributes.Compression, e.Attributes.Rotation = exercise.CompressionModerate, exercise.RotationUnloaded
	}, func(a exercise.Attributes) bool {
		return a.Compression == exercise.CompressionHigh && a.Rotation == exercise.RotationLoaded
	}, Moderate, High)
	// Evidence for twisting is cited only when there is a twist.
	_, rs := vary(synth(nil), []string{"weighted"})
	_, twist := vary(synth(func(a *exercise.Attributes) { a.Rotation = exercise.RotationUnloaded }), []string{"weighted"})
	if slices.Contains(rs[0].Evidence, "eur-spine-2010-torsion") || !slices.Contains(twist[0].Evidence, "eur-spine-2010-torsion") {
		t.Errorf("weighted evidence: %v without a twist, %v with one", rs[0].Evidence, twist[0].Evidence)
	}
	// A weighted plank is riskier than a plank, so the plank is the first swap.
	a := variedItem(t, "front-plank", "weighted")
	if a.Level != Moderate || a.BaseLevel != Moderate || a.Name != "Front plank, weighted" || len(a.Alternatives) == 0 || a.Alternatives[0].ID != "front-plank" {
		t.Errorf("weighted plank: %s (base %s) %q %+v", a.Level, a.BaseLevel, a.Name, a.Alternatives)
	}
}

func testDecline(t *testing.T) {
	varyCase(t, "decline", nil, func(a exercise.Attributes) bool {
		return a.HipFlexorLoad == exercise.HipFlexorModerate && a.Compression == exercise.CompressionModerate
	}, Low, Moderate)
	a := variedItem(t, "crunch", "decline")
	if m, ok := findReason(a.Reasons, RuleDecline); !ok || a.Level != High || a.Name != "Crunch, on a decline" ||
		!slices.Contains(m.Evidence, "burden-redmond-2013") || !strings.HasPrefix(m.Text, "On a decline: ") ||
		!slices.Equal(a.Variations, []string{"decline"}) || len(a.Modifiers) != 0 {
		t.Errorf("decline crunch: %s %q %+v %+v", a.Level, a.Name, a.Reasons, a.Modifiers)
	}
	// The crunch done plainly is as high, so the swaps are the crunch's own.
	if a.Alternatives[0].ID != "mcgill-curl-up" {
		t.Errorf("decline crunch swaps: %+v", a.Alternatives)
	}
}

func testHanging(t *testing.T) {
	varyCase(t, "hanging", nil, func(a exercise.Attributes) bool {
		return a.HipFlexorLoad == exercise.HipFlexorHigh && a.Compression == exercise.CompressionModerate
	}, Low, Moderate)
	if a := variedItem(t, "windshield-wiper", "hanging"); a.Level != High || !hasRule(a.Reasons, RuleHanging) {
		t.Errorf("hanging windshield wiper: %+v", a)
	}
}

func testKneeling(t *testing.T) {
	long := func(e *exercise.Exercise) {
		e.Attributes.HipFlexorLoad, e.Attributes.Lever = exercise.HipFlexorModerate, exercise.LeverLong
		e.Position = exercise.FrontSupport
	}
	varyCase(t, "kneeling", long, func(a exercise.Attributes) bool { return a.Lever == exercise.LeverShort }, Moderate, Low)
	// Already kneeling: nothing changes, and that is said.
	varyCase(t, "kneeling", func(e *exercise.Exercise) { long(e); e.Position = exercise.Kneeling },
		func(a exercise.Attributes) bool { return a.Lever == exercise.LeverLong }, Moderate, Moderate)
	plain := variedItem(t, "ab-wheel-rollout")
	a := variedItem(t, "ab-wheel-rollout", "kneeling")
	if m, ok := findReason(a.Reasons, RuleKneeling); !ok || a.Level != plain.Level || m.From != m.To || !strings.Contains(m.Text, "still moderate") {
		t.Errorf("kneeling ab wheel: %s %+v, plain %s", a.Level, a.Reasons, plain.Level)
	}
}

func testBench(t *testing.T) {
	varyCase(t, "bench", func(e *exercise.Exercise) { e.Attributes.HipFlexorLoad = exercise.HipFlexorModerate },
		func(a exercise.Attributes) bool { return a.HipFlexorLoad == exercise.HipFlexorHigh }, Low, Moderate)
	varyCase(t, "bench", nil, func(a exercise.Attributes) bool { return a.HipFlexorLoad == exercise.HipFlexorLow }, Low, Low)
}

func testBall(t *testing.T) {
	varyCase(t, "ball", nil, func(a exercise.Attributes) bool { return a == neutral() }, Low, Low)
	if a := variedItem(t, "crunch", "ball"); a.Level != High || !hasRule(a.Reasons, RuleBall) {
		t.Errorf("ball crunch: %+v", a)
	}
}

func testSingleLeg(t *testing.T) {
	varyCase(t, "single-leg", nil, func(a exercise.Attributes) bool { return a.Rotation == exercise.RotationAnti }, Low, Low)
	if a := variedItem(t, "glute-bridge", "single-leg"); a.Level != Low || a.Name != "Glute bridge, single-leg" {
		t.Errorf("single-leg glute bridge: %s %q", a.Level, a.Name)
	}
}

func testStraightLeg(t *testing.T) {
	varyCase(t, "straight-leg", func(e *exercise.Exercise) { e.Attributes.HipFlexorLoad = exercise.HipFlexorModerate },
		func(a exercise.Attributes) bool {
			return a.Lever == exercise.LeverLong && a.NeuralTension == exercise.NeuralModerate
		}, Low, Moderate)
}

func testBentKnee(t *testing.T) {
	varyCase(t, "bent-knee", func(e *exercise.Exercise) {
		e.Attributes.HipFlexorLoad, e.Attributes.Lever, e.Attributes.NeuralTension = exercise.HipFlexorHigh, exercise.LeverLong, exercise.NeuralHigh
	}, func(a exercise.Attributes) bool {
		return a.Lever == exercise.LeverShort && a.NeuralTension == exercise.NeuralNone
	}, High, Moderate)
	// Boat pose with bent knees is moderate: the lowering is shown, not hidden.
	a := variedItem(t, "boat-pose", "bent-knee")
	m, _ := findReason(a.Reasons, RuleBentKnee)
	if a.BaseLevel != Moderate || a.Level != Moderate || m.From != High || m.To != Moderate || !strings.Contains(m.Text, "lowered from high to moderate") {
		t.Errorf("bent-knee boat pose: base %s level %s %+v", a.BaseLevel, a.Level, a.Reasons)
	}
}

// The variations the library reads and the rules here are the same set, and
// the document names each with its rule id.
func TestVariationRulesMatchTheLibraryAndTheDoc(t *testing.T) {
	doc, err := os.ReadFile("../../docs/risk-rules.md")
	if err != nil {
		t.Fatal(err)
	}
	rows := regexp.MustCompile("(?m)^\\| (V[0-9]+) \\| `([a-z-]+)` \\|").FindAllStringSubmatch(string(doc), -1)
	documented := map[string]string{}
	for _, r := range rows {
		documented[r[2]] = r[1]
	}
	var ids []string
	for _, v := range exercise.Variations() {
		ids = append(ids, v.ID)
		r, ok := variationRules[v.ID]
		if !ok {
			t.Errorf("variation %q has no rule", v.ID)
			continue
		}
		if documented[v.ID] != r.rule {
			t.Errorf("variation %q is rule %s in the code, %q in docs/risk-rules.md", v.ID, r.rule, documented[v.ID])
		}
	}
	for id := range variationRules {
		if !slices.Contains(ids, id) {
			t.Errorf("rule for %q, which the library does not read", id)
		}
	}
	if len(rows) != len(ids) {
		t.Errorf("docs/risk-rules.md has %d variation rows, the library %d variations", len(rows), len(ids))
	}
}

func TestVariationInputIsChecked(t *testing.T) {
	e := engine(t)
	for _, vars := range [][]string{{"sideways"}, {"hanging"}, {"weighted", "weighted"}} {
		if _, err := e.Item(Item{ExerciseID: "front-plank", Variations: vars}, Context{}); err == nil || !strings.Contains(err.Error(), "front-plank") {
			t.Errorf("front plank %v: err %v", vars, err)
		}
		if _, err := e.Plan([]Item{{ExerciseID: "front-plank", Variations: vars}}, Context{}); err == nil || !strings.HasPrefix(err.Error(), "item 1:") {
			t.Errorf("plan with front plank %v: err %v", vars, err)
		}
	}
	// Unknown stays not assessed, whatever is said about how it is done.
	if a := mustItem(t, e, Item{ExerciseID: "burpee", Variations: []string{"weighted"}}, Context{}); a.Level != NotAssessed {
		t.Errorf("weighted burpee: %s", a.Level)
	}
}

// Every entry, done plainly, with each variation it lists and with all of
// them, has a level, reasons that cite sources a person can read (author or
// body, year, title), and, when it is above low, a safer swap that is in the
// library.
func TestEveryEntryHasALevelSourcesAndASwap(t *testing.T) {
	e := engine(t)
	lib := e.Library()
	if lib.Len() < 80 {
		t.Fatalf("library has %d exercises, want at least 80", lib.Len())
	}
	cited := func(where string, ids []string) {
		if len(ids) == 0 {
			t.Errorf("%s cites nothing", where)
		}
		for _, id := range ids {
			ev, ok := lib.Evidence(id)
			if !ok || ev.Citation == "" {
				t.Errorf("%s cites %q, which has no citation", where, id)
				continue
			}
			if ev.Kind != "design" && ev.Kind != "report" && (ev.Year == 0 || !strings.Contains(ev.Citation, fmt.Sprint(ev.Year))) {
				t.Errorf("%s cites %q without its year in the citation", where, id)
			}
		}
	}
	for _, x := range lib.Exercises() {
		sets := [][]string{nil, x.Variations}
		for _, v := range x.Variations {
			sets = append(sets, []string{v})
		}
		for _, vars := range sets {
			for _, c := range []Context{{}, {Pain: 2}, {Pain: 5}} {
				where := fmt.Sprintf("%s %v pain %d", x.ID, vars, c.Pain)
				a := mustItem(t, e, Item{ExerciseID: x.ID, Variations: vars}, c)
				if a.Level < Low || a.Level > High || len(a.Reasons) == 0 {
					t.Errorf("%s: level %s, %d reasons", where, a.Level, len(a.Reasons))
				}
				for _, r := range a.Reasons {
					cited(where+" reason "+r.Rule, r.Evidence)
				}
				for _, m := range a.Modifiers {
					cited(where+" modifier "+m.ID, m.Evidence)
				}
				if a.Level > Low && len(a.Alternatives) == 0 {
					t.Errorf("%s: %s with no safer swap", where, a.Level)
				}
				for _, alt := range a.Alternatives {
					if _, ok := lib.Get(alt.ID); !ok || alt.Level >= a.Level {
						t.Errorf("%s: swap %s (%s) is not a safer library exercise", where, alt.ID, alt.Level)
					}
				}
			}
		}
	}
}

// No figure the evidence marks unconfirmed appears in any text, with or
// without variations.
func TestVariationTextsShowNoUnconfirmedFigure(t *testing.T) {
	e := engine(t)
	var hidden []string
	for _, x := range e.Library().Exercises() {
		for _, f := range x.Figures {
			if !f.Shown() {
				hidden = append(hidden, thousands(f.Newtons), fmtInt(f.Newtons))
			}
		}
	}
	for _, x := range e.Library().Exercises() {
		own := map[string]bool{}
		for _, f := range x.ShownFigures() {
			own[thousands(f.Newtons)] = true
		}
		for _, v := range x.Variations {
			a := mustItem(t, e, Item{ExerciseID: x.ID, Variations: []string{v}}, Context{Pain: 5, LegSymptoms: true})
			for _, txt := range texts(a) {
				for _, h := range hidden {
					// The hanging rule cites McGill 2015's confirmed 3,000 N by name.
					if strings.Contains(txt, h) && !own[h] && !strings.Contains(txt, "hanging straight-leg raise was measured") {
						t.Errorf("%s %s: %q shows the unconfirmed %s N", x.ID, v, txt, h)
					}
				}
			}
		}
	}
}

// libraryTable is the document's entry-by-entry table, written from the data.
func libraryTable(lib *exercise.Library) string {
	var b strings.Builder
	b.WriteString("| exercise | name | base level | base rules | variations it takes | variant of |\n|---|---|---|---|---|---|\n")
	for _, x := range lib.Exercises() {
		lvl, reasons := base(x)
		var rules []string
		for _, r := range reasons {
			if !slices.Contains(rules, r.Rule) {
				rules = append(rules, r.Rule)
			}
		}
		of := ""
		if x.VariantOf != nil {
			of = fmt.Sprintf("`%s`, %s", x.VariantOf.Exercise, x.VariantOf.Variation)
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %s |\n", x.ID, x.Name, lvl, strings.Join(rules, ", "), strings.Join(x.Variations, ", "), of)
	}
	return b.String()
}

func TestLibraryTableMatchesTheDoc(t *testing.T) {
	const path = "../../docs/risk-rules.md"
	const start, end = "<!-- library table start -->\n", "<!-- library table end -->"
	doc, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(doc)
	i, j := strings.Index(s, start), strings.Index(s, end)
	if i < 0 || j < i {
		t.Fatalf("%s lacks the library table markers", path)
	}
	want := libraryTable(engine(t).Library())
	got := s[i+len(start) : j]
	if *updateDoc {
		if err := os.WriteFile(path, []byte(s[:i+len(start)]+want+s[j:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got != want {
		t.Errorf("the library table in %s is out of date with the data; rerun with -update-doc and review the change", path)
	}
}
