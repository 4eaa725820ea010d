package wording

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/corecue/corecue/assets"
	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/risk"
)

// rule is one kind of text that has no place in front of a person.
type rule struct {
	name string
	re   *regexp.Regexp
}

var shownRules = []rule{
	{"a reference key in brackets", regexp.MustCompile(`\[[a-z][a-z0-9]*(-[a-z0-9]+)+\]`)},
	{"a file path", regexp.MustCompile(`\bdocs/|\.(md|go|json)\b`)},
	{"a bare article id", regexp.MustCompile(`\bPMC ?[0-9]{5,}|\bPMID\b|\bdoi(:|\.org)|\b10\.[0-9]{4,}/`)},
	{"a Go duration", regexp.MustCompile(`\b[0-9]+h[0-9]+m[0-9]+s\b|\b[0-9]+m[0-9]+(\.[0-9]+)?s\b|\b[0-9]+(\.[0-9]+)?(ms|µs|ns)\b`)},
}

// allowed lists the few literals that match a rule yet are right where they
// are, each with its reason. Keep it short: a new entry needs a reason a
// reviewer would accept.
var allowed = map[string]string{
	// The planner's file dialogs filter on, and name a saved plan with, the
	// extension of the file the person chooses.
	".json": "file dialog extension",
}

// check reports every rule the text breaks.
func check(t *testing.T, where, text string, rules []rule) {
	t.Helper()
	if _, ok := allowed[text]; ok {
		return
	}
	for _, r := range rules {
		if m := r.re.FindString(text); m != "" {
			t.Errorf("%s shows %s (%q): %q", where, r.name, m, clip(text))
		}
	}
}

func clip(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}

// jsonStrings calls f with every string value in a JSON document.
func jsonStrings(t *testing.T, name string, data []byte, f func(path, s string)) {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch x := v.(type) {
		case string:
			f(path, x)
		case []any:
			for i, e := range x {
				walk(fmt.Sprintf("%s[%d]", path, i), e)
			}
		case map[string]any:
			for k, e := range x {
				walk(path+"."+k, e)
			}
		}
	}
	walk(name, v)
}

func TestEmbeddedDataSpeaksPlainly(t *testing.T) {
	for name, data := range map[string][]byte{"exercises.json": assets.ExercisesJSON, "evidence.json": assets.EvidenceJSON} {
		jsonStrings(t, name, data, func(path, s string) { check(t, path, s, shownRules) })
	}
}

func TestBreathLinesSpeakPlainly(t *testing.T) {
	for id, line := range breath.VoiceLines() {
		check(t, "voice line "+id, line, shownRules)
	}
	for _, m := range []breath.Method{breath.DrawingIn, breath.Method(0)} {
		check(t, "method title", m.Title(), shownRules)
		check(t, "method source", m.Source(), shownRules)
	}
	for _, p := range breath.Positions {
		check(t, "position "+p.String(), p.Title()+" "+p.SetUp(), shownRules)
	}
	for _, f := range breath.Faults {
		check(t, "fault", f.Title()+" "+f.Reminder(), shownRules)
	}
}

// TestRiskReasonsSpeakPlainly assesses every exercise, as done every way it
// lists, in every kind of day, so that every reason, note and modifier the
// engine can write is read.
func TestRiskReasonsSpeakPlainly(t *testing.T) {
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	eng := risk.New(lib)
	var items []risk.Item
	for _, ex := range lib.Exercises() {
		for _, v := range append([]string{""}, ex.Variations...) {
			it := risk.Item{ExerciseID: ex.ID, Sets: 3, Reps: 20}
			if v != "" {
				it.Variations = []string{v}
			}
			// An exercise takes reps or a hold, not both: a long hold is
			// what fires the hold notes, many reps the flexion ones.
			if _, err := eng.Item(it, risk.Context{}); err != nil {
				it.Reps, it.HoldSeconds = 0, 30
			}
			items = append(items, it)
		}
	}
	days := []risk.Context{{}, {Pain: 5, Morning: true}, {Pain: 8, LegSymptoms: true}}
	for _, ex := range lib.Exercises() {
		days[1].FeltIt = append(days[1].FeltIt, ex.ID)
	}
	seen := map[string]bool{}
	read := func(where, s string) {
		if !seen[s] {
			seen[s] = true
			check(t, where, s, shownRules)
		}
	}
	for _, c := range days {
		for _, it := range items {
			a, err := eng.Item(it, c)
			if err != nil {
				t.Fatalf("%+v: %v", it, err)
			}
			for _, r := range a.Reasons {
				read("reason "+r.Rule, r.Text)
			}
			for _, m := range a.Modifiers {
				read("modifier "+m.Rule, m.Text)
			}
			for _, n := range a.Notes {
				read("note "+n.Rule, n.Text)
			}
		}
		p, err := eng.Plan(items, c)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range p.Notes {
			read("plan note "+n.Rule, n.Text)
		}
	}
	for _, f := range risk.RedFlags() {
		read("red flag "+f.ID, f.Question)
	}
	read("disclaimer", risk.Disclaimer)
	if len(seen) < 20 {
		t.Fatalf("read only %d distinct texts from the risk engine", len(seen))
	}
}

// configKeys are the kiosk.toml keys with more than one word: a screen says
// "idle time", never "idle_timeout_s". The command line may name them, since
// the person there is the one editing the file.
var configKeys = regexp.MustCompile(`\b(idle_timeout_s|still_there_s|hide_pointer|attract_fps|opening_hours|booking_url|on_at_start|volume_cap|av_offset_ms)\b`)

// usageFile is the command line's usage and flag help, which names the files
// a person passes (plan.json, kiosk.toml): there a file name is the point.
var usageFile = regexp.MustCompile(`(?i)usage|<[a-z.]+\.json>|\bplan\.json\b|\.toml\b`)

// TestScreenAndCommandLiteralsSpeakPlainly reads the string literals of the
// screens, the command line's output and the PDF handout, and the type of every value they
// format, so that a time.Duration printed with %v ("5m0s") is caught where it
// is written.
func TestScreenAndCommandLiteralsSpeakPlainly(t *testing.T) {
	pkgs := goList(t, "./internal/ui/...", "./internal/cli", "./internal/handout")
	exports := exportFiles(t, "./internal/ui/...", "./internal/cli", "./internal/handout")
	imp := importer.ForCompiler(token.NewFileSet(), "gc", func(path string) (io.ReadCloser, error) {
		f, ok := exports[path]
		if !ok {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(f)
	})
	for _, p := range pkgs {
		screen := strings.Contains(p.ImportPath, "/internal/ui/")
		fset := token.NewFileSet()
		var files []*ast.File
		for _, name := range p.GoFiles {
			f, err := parser.ParseFile(fset, filepath.Join(p.Dir, name), nil, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
		}
		info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}
		conf := types.Config{Importer: imp}
		if _, err := conf.Check(p.ImportPath, fset, files, info); err != nil {
			t.Fatalf("type-checking %s: %v", p.ImportPath, err)
		}
		for _, f := range files {
			scanFile(t, fset, f, info, screen)
		}
	}
}

// notShown is the literals of f no one sees: import paths and struct tags.
func notShown(f *ast.File) map[*ast.BasicLit]bool {
	skip := map[*ast.BasicLit]bool{}
	for _, imp := range f.Imports {
		skip[imp.Path] = true
	}
	ast.Inspect(f, func(n ast.Node) bool {
		if x, ok := n.(*ast.Field); ok && x.Tag != nil {
			skip[x.Tag] = true
		}
		return true
	})
	return skip
}

func scanFile(t *testing.T, fset *token.FileSet, f *ast.File, info *types.Info, screen bool) {
	t.Helper()
	skip := notShown(f)
	ast.Inspect(f, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.CallExpr:
			checkDurationArgs(t, fset, x, info)
			// What a strings.Replacer looks for is the text it takes away,
			// not text it shows.
			if sel, ok := x.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "NewReplacer" {
				for i := 0; i < len(x.Args); i += 2 {
					if lit, ok := x.Args[i].(*ast.BasicLit); ok {
						skip[lit] = true
					}
				}
			}
		case *ast.BasicLit:
			if x.Kind != token.STRING || skip[x] {
				return true
			}
			s, err := strconv.Unquote(x.Value)
			if err != nil {
				return true
			}
			where := fset.Position(x.Pos()).String()
			if _, ok := allowed[s]; ok {
				return true
			}
			rules := shownRules
			if !screen && usageFile.MatchString(s) {
				rules = rulesExcept("a file path")
			}
			check(t, where, s, rules)
			if screen {
				if m := configKeys.FindString(s); m != "" {
					t.Errorf("%s shows the config key %q: %q", where, m, clip(s))
				}
			}
		}
		return true
	})
}

func rulesExcept(name string) []rule {
	var out []rule
	for _, r := range shownRules {
		if r.name != name {
			out = append(out, r)
		}
	}
	return out
}

// checkDurationArgs fails on a time.Duration handed to fmt, or turned into
// text with its String method: both print "5m0s".
func checkDurationArgs(t *testing.T, fset *token.FileSet, call *ast.CallExpr, info *types.Info) {
	t.Helper()
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return
	}
	if sel.Sel.Name == "String" && isDuration(info.TypeOf(sel.X)) {
		t.Errorf("%s turns a time.Duration into Go's own format (\"5m0s\")", fset.Position(call.Pos()))
		return
	}
	obj := info.Uses[sel.Sel]
	if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "fmt" {
		return
	}
	for _, a := range call.Args {
		if isDuration(info.TypeOf(a)) {
			t.Errorf("%s formats a time.Duration with fmt (\"5m0s\")", fset.Position(a.Pos()))
		}
	}
}

func isDuration(tp types.Type) bool {
	n, ok := tp.(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "time" && n.Obj().Name() == "Duration"
}

type listed struct {
	ImportPath string
	Dir        string
	GoFiles    []string
	Export     string
}

func list(t *testing.T, args ...string) []listed {
	t.Helper()
	cmd := exec.Command("go", append([]string{"list", "-json"}, args...)...)
	cmd.Dir = "../.."
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list %v: %v", args, err)
	}
	var pkgs []listed
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for dec.More() {
		var p listed
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs
}

func goList(t *testing.T, patterns ...string) []listed { return list(t, patterns...) }

// exportFiles maps every dependency's import path to its compiled export
// data, which go/types reads instead of type-checking Fyne from source.
func exportFiles(t *testing.T, patterns ...string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, p := range list(t, append([]string{"-export", "-deps"}, patterns...)...) {
		if p.Export != "" {
			out[p.ImportPath] = p.Export
		}
	}
	return out
}

// TestTheRulesCatchTodaysSlips feeds the rules and the literal scanner the
// very text CoreCue once showed, so that a rule that stopped matching fails.
func TestTheRulesCatchTodaysSlips(t *testing.T) {
	slips := []string{
		"Why: bending under load [corecue-rules]",
		"Source: [juker-1998]",
		"CoreCue risk rules (docs/risk-rules.md): a design choice, not a study.",
		"PMC6801665 (2019): trunk exercises in outpatients",
		"Wong AYL et al. J Pain 2014, doi:10.1016/j.jpain.2013.10.008",
		"Idle for 5m0s",
	}
	for _, s := range slips {
		inner := &testing.T{}
		check(inner, "slip", s, shownRules)
		if !inner.Failed() {
			t.Errorf("no rule catches %q", s)
		}
	}
	for _, s := range []string{"Axler CT, McGill SM. Low back loads over a variety of abdominal exercises. 1997", "Hold for 10 s [1, 3]"} {
		inner := &testing.T{}
		check(inner, "fine", s, shownRules)
		if inner.Failed() {
			t.Errorf("a rule flags the plain %q", s)
		}
	}
	src := `package p
import ("fmt"; "time")
func f(d time.Duration) string { return fmt.Sprintf("left %v", d) + d.String() + "idle_timeout_s" }
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	inner := &testing.T{}
	scanFile(inner, fset, f, info, true)
	if !inner.Failed() {
		t.Error("the scanner missed a formatted time.Duration and a config key")
	}
}
