package wording

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/corecue/corecue/internal/audio"
	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/figure"
	"github.com/corecue/corecue/internal/figure/moves"
	"github.com/corecue/corecue/internal/handout"
	"github.com/corecue/corecue/internal/history"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/risk"
	"github.com/corecue/corecue/internal/workout"
)

// translated are the screens whose every word goes through internal/i18n.
// A screen joins the list once it is translated; from then on a new
// English literal on it fails TestTranslatedScreensUseTheCatalogue.
var translated = []string{"./internal/ui/practice", "./internal/ui/stage", "./internal/ui/kiosk", "./internal/ui/planner", "./internal/ui/workout", "./internal/ui/history", "./internal/ui/settings", "./internal/ui/home", "./internal/handout"}

// untranslatedFiles are files of those packages that stay English, each
// with its reason.
var untranslatedFiles = map[string]string{
	// Warnings printed to the terminal of whoever started the kiosk.
	"run.go": "terminal only",
	// The font files the PDF looks for, and the one line printed when
	// none is found.
	"font.go": "file names and a terminal error",
}

// prose is a literal a person would read: a word of two letters or more
// with a space, or a capitalised word.
var prose = regexp.MustCompile(`^[A-Z][a-z]+|[A-Za-z]{2,}\s+[A-Za-z]`)

// notProse are literals of translated screens that look like words but are
// not shown: keys, formats for machines, names of things.
var notProse = map[string]string{
	"CoreCue":       "the app's name, the same in every language",
	"locked ":       "part of a screen key, never shown",
	"sound is off":  "what corecue.log names a fault by, never shown",
	" et al":        "what a citation's lead author is read up to, never shown",
	"Ag":            "a sample measured for a line's height, never shown",
	"Exercise name": "the library list's row template, filled in before it is shown",
	// The starter plans name their exercises as a person would; the names
	// are looked up in the library, which shows its own.
	"stomach vacuum":       "a starter plan's lookup name",
	"McGill curl-up":       "a starter plan's lookup name",
	"bird dog":             "a starter plan's lookup name",
	"side bridge on knees": "a starter plan's lookup name",
	"dead bug":             "a starter plan's lookup name",
	"front plank":          "a starter plan's lookup name",
	// The handout's warnings: printed by corecue handout to the terminal
	// and written to CoreCue's log, as every other terminal line is English.
	"handout: the plan has not been assessed":         "an error for the caller",
	"handout: assessment and plan items do not match": "an error for the caller",
	"diagram stills left out: %s at %.1f s: %v":       "a terminal warning",
	"Helvetica":           "the PDF core font the English poster is set in",
	"poster pictures: %w": "an error for the caller",
	"no picture":          "part of an error for the caller",
	// The poster's sources are titles, the same in every language.
	"Hides et al. 2006, \"An MRI investigation into the function of the transversus abdominis muscle during 'drawing-in' of the abdominal wall\"; Sapsford & Hodges 2001, \"Contraction of the pelvic floor muscles during abdominal maneuvers\"": "the poster's sources: titles",
	"diagram stills left out: ":          "a terminal warning",
	"exercise pictures left out: %s: %v": "a terminal warning",
	"progress chart left out: ":          "a terminal warning",
	"sessions per week":                  "a chart's name in a terminal warning",
	"renderer failed: %v":                "part of a terminal warning",
	"renderer returned no image":         "part of a terminal warning",
	"drawing failed: %v":                 "part of a terminal warning",
	"the PDF cannot set %s text correctly (its letters join and reorder), so the handout is in English": "a terminal warning",
}

// engineTexts is every text the engines hand the translated screens to show
// or speak as it is: the drill's lines and titles and the red flags.
func engineTexts() map[string]string {
	out := map[string]string{}
	for id, line := range breath.VoiceLines() {
		out[line] = "voice line " + id
	}
	for _, m := range []breath.Method{breath.Method(0), breath.DrawingIn} {
		for p := breath.LeadIn; p <= breath.Done; p++ {
			if t := m.PhaseTitle(p); t != "" {
				out[t] = "phase title " + p.String()
			}
		}
	}
	out[breath.Reminder] = "the rep reminder"
	for _, p := range breath.Positions {
		out[p.SetUp()] = "set-up of " + p.String()
		out[p.Title()] = "position title " + p.String()
		out[p.String()] = "position name " + p.String()
	}
	for _, f := range breath.Faults {
		if r := f.Reminder(); r != "" {
			out[r] = "fault reminder"
		}
		out[f.Title()] = "fault title"
	}
	out[breath.SelfCheck] = "the self-check"
	for _, f := range risk.RedFlags() {
		out[f.Question] = "red flag " + f.ID
	}
	out[risk.Disclaimer] = "the disclaimer"
	for _, r := range audio.Reasons() {
		out[r] = "why sound is off"
	}
	out[risk.SeekCareAtHome] = "the safety questions' advice"
	out[workout.NotAssessedFlag] = "the guided workout's flag"
	out[workout.RestOverCaption] = "the guided workout's caption"
	for _, s := range []string{history.Running, history.Finished, history.Partial} {
		out[s] = "a session's state"
	}
	out[i18n.Unreviewed] = "a language's status in Settings"
	for _, s := range i18n.DateKeys() {
		out[s] = "a date's word or layout"
	}
	for _, f := range handout.SafetyFlags() {
		out[f] = "the handout's red flag"
	}
	for _, s := range handout.PosterTexts() {
		out[s] = "the poster's words"
	}
	for _, s := range handout.VacuumSteps() {
		out[s] = "the handout's vacuum step"
	}
	for _, s := range handout.Stills() {
		out[s.Caption] = "the handout's picture caption"
	}
	for l := risk.Low; l <= risk.High; l++ {
		out[l.ForYourBack()] = "risk level " + l.String()
	}
	for l := risk.NotAssessed; l <= risk.High; l++ {
		out[l.String()] = "risk level name " + l.String()
	}
	for _, s := range figure.Texts() {
		out[s] = "the figure's word"
	}
	for _, s := range moves.Notes() {
		out[s] = "an exercise picture's note"
	}
	for _, s := range risk.Texts() {
		out[s] = "a risk reason's words"
	}
	for _, s := range libraryTexts() {
		out[s] = "the exercise library's words"
	}
	return out
}

// libraryTexts are the built-in exercise library's own words the screens
// show: names, descriptions, form cues and the published figures'
// quantities (assets/lang/library/en.json holds them, less those the
// screens' catalogue has already).
func libraryTexts() []string {
	lib, err := exercise.Builtin()
	if err != nil {
		panic(err)
	}
	var out []string
	for _, id := range lib.IDs() {
		ex, _ := lib.Get(id)
		out = append(out, ex.Name, ex.Description)
		out = append(out, ex.FormCues...)
		for _, f := range ex.Figures {
			out = append(out, f.Quantity)
		}
	}
	return out
}

// call is one use of the catalogue in a translated screen.
type call struct {
	where string
	fn    string // L, F or N
	key   string
}

// catalogueCalls finds every i18n.L, F and N call of the translated screens
// with a constant text, and every prose literal outside such calls.
func catalogueCalls(t *testing.T, patterns []string) (calls []call, loose []string) {
	t.Helper()
	// wrapped is, per package (its folder), the texts it passes to the
	// catalogue: a text wrapped in one screen does not excuse the same text
	// bare in another (the safety questions' No and Yes were English beside
	// the practice screen's translated ones).
	wrapped := map[string]map[string]bool{}
	type lit struct {
		where, s string
		whole    string // the constant the literal is part of, when it is
		pkg      string
	}
	var lits []lit
	forEachFile(t, patterns, func(fset *token.FileSet, name string, f *ast.File, info *types.Info) {
		if _, ok := untranslatedFiles[name]; ok {
			return
		}
		pkg := filepath.Dir(fset.Position(f.Pos()).Filename)
		if wrapped[pkg] == nil {
			wrapped[pkg] = map[string]bool{}
		}
		skip := notShown(f)
		whole := map[*ast.BasicLit]string{}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.BinaryExpr:
				// A constant written in pieces ("a " + "b") is shown whole.
				if tv := info.Types[x]; tv.Value != nil && tv.Value.Kind() == constant.String {
					ast.Inspect(x, func(n ast.Node) bool {
						if l, ok := n.(*ast.BasicLit); ok && whole[l] == "" {
							whole[l] = constant.StringVal(tv.Value)
						}
						return true
					})
				}
			case *ast.CallExpr:
				sel, ok := x.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				obj := info.Uses[sel.Sel]
				if obj == nil || obj.Pkg() == nil || !strings.HasSuffix(obj.Pkg().Path(), "/internal/i18n") || len(x.Args) == 0 {
					return true
				}
				fn, arg := sel.Sel.Name, 0
				switch {
				case fn == "In" && len(x.Args) == 2:
					arg = 1 // In(code, english)
				case (fn == "FIn" || fn == "NIn") && len(x.Args) >= 2:
					fn, arg = fn[:1], 1 // FIn(code, format, …) is F in code
				case fn != "L" && fn != "F" && fn != "N":
					return true
				}
				tv := info.Types[x.Args[arg]]
				if tv.Value == nil || tv.Value.Kind() != constant.String {
					// Engine text passed through: engineTexts checks it.
					return true
				}
				key := constant.StringVal(tv.Value)
				wrapped[pkg][key] = true
				calls = append(calls, call{where: fset.Position(x.Pos()).String(), fn: fn, key: key})
			case *ast.BasicLit:
				if x.Kind != token.STRING || skip[x] {
					return true
				}
				if s, err := unquote(x.Value); err == nil && prose.MatchString(s) {
					lits = append(lits, lit{fset.Position(x.Pos()).String(), s, whole[x], pkg})
				}
			}
			return true
		})
	})
	engine := engineTexts()
	for _, l := range lits {
		// An engine text is checked with the engine texts, and its screen
		// shows it through the catalogue.
		if _, ok := engine[l.s]; ok {
			continue
		}
		if !wrapped[l.pkg][l.s] && !wrapped[l.pkg][l.whole] {
			if _, ok := notProse[l.s]; !ok {
				loose = append(loose, l.where+": "+l.s)
			}
		}
	}
	return calls, loose
}

// TestTranslatedScreensUseTheCatalogue fails on English shown by a
// translated screen without the catalogue, on a text it translates that
// the English catalogue lacks, and on an engine text missing from it.
func TestTranslatedScreensUseTheCatalogue(t *testing.T) {
	cat, err := i18n.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	en := map[string]bool{}
	for _, k := range cat.Keys(i18n.Source) {
		en[k] = true
	}
	calls, loose := catalogueCalls(t, translated)
	if len(calls) < 40 {
		t.Fatalf("found only %d catalogue calls in the translated screens", len(calls))
	}
	used := map[string]bool{}
	var missing []string
	for _, c := range calls {
		used[c.key] = true
		plural := len(cat.Forms(i18n.Source, c.key)) > 0
		switch {
		case !en[c.key]:
			missing = append(missing, c.key)
			t.Errorf("%s: %q is not in assets/lang/en.json", c.where, c.key)
		case c.fn == "N" && !plural:
			t.Errorf("%s: %q is counted with N but has no plural forms in en.json", c.where, c.key)
		case c.fn != "N" && plural:
			t.Errorf("%s: %q has plural forms in en.json: count it with N", c.where, c.key)
		}
	}
	for s, what := range engineTexts() {
		used[s] = true
		if !en[s] {
			missing = append(missing, s)
			t.Errorf("%s %q is not in assets/lang/en.json", what, s)
		}
	}
	for _, l := range loose {
		t.Errorf("%s is shown in English only: pass it through i18n.L, F or N", l)
	}
	for k := range en {
		if !used[k] && !otherUses[k] {
			t.Errorf("en.json has %q, which nothing translated shows", k)
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		b, _ := json.MarshalIndent(slices.Compact(missing), "", "  ")
		t.Logf("missing keys:\n%s", b)
	}
}

// otherUses are catalogue keys used outside the translated screens' literal
// calls (the command line's --lang, the settings' language line).
var otherUses = map[string]bool{
	// The planner's number fields, named in its messages through i18n.L.
	"sets": true, "reps": true, "hold": true, "rest": true,
	// The handout's exercise pictures, named by moves.Stills.
	"start": true, "end": true,
}

// TestEveryLanguageHasEveryKey fails when a language lacks a text of the
// English catalogue that assets/lang/pending.json does not list for it, or
// a plural form its grammar needs.
func TestEveryLanguageHasEveryKey(t *testing.T) {
	cat, err := i18n.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	pending := map[string][]string{}
	data, err := os.ReadFile("../../assets/lang/pending.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &pending); err != nil {
		t.Fatalf("pending.json: %v", err)
	}
	langs := cat.Languages()
	if len(langs) < 5 {
		t.Fatalf("only %d languages ship", len(langs))
	}
	enKeys := cat.Keys(i18n.Source)
	for _, l := range langs {
		if l.Code == i18n.Source {
			continue
		}
		has := map[string]bool{}
		for _, k := range cat.Keys(l.Code) {
			has[k] = true
		}
		waiting := map[string]bool{}
		for _, k := range pending[l.Code] {
			if k == pendingLibrary {
				for _, lk := range libraryKeys(t) {
					waiting[lk] = true
					if has[lk] {
						t.Errorf("%s: the library is translated (%q): take %q out of pending.json", l.Code, lk, pendingLibrary)
					}
				}
				continue
			}
			waiting[k] = true
			if has[k] {
				t.Errorf("%s: %q is translated now: take it out of pending.json", l.Code, k)
			}
		}
		for _, k := range enKeys {
			if !has[k] && !waiting[k] {
				t.Errorf("%s (%s) lacks %q", l.Code, l.English, k)
			}
			if !has[k] {
				continue
			}
			if en := cat.Forms(i18n.Source, k); len(en) > 0 {
				for _, f := range i18n.NeededForms(l.Code) {
					if !slices.Contains(cat.Forms(l.Code, k), f) {
						t.Errorf("%s: %q lacks the plural form %q", l.Code, k, f)
					}
				}
			}
		}
	}
	for code := range pending {
		if !cat.Has(code) {
			t.Errorf("pending.json lists %q, which is no language CoreCue ships", code)
		}
	}
}

// pendingLibrary in a language's pending list leaves the whole exercise
// library (assets/lang/library/en.json) to English in that language, until
// its library/<code>.json is written; the screens' texts are still checked.
const pendingLibrary = "@library"

// libraryKeys are the keys of assets/lang/library/en.json.
func libraryKeys(t *testing.T) []string {
	t.Helper()
	data, err := os.ReadFile("../../assets/lang/library/en.json")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]string
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("library/en.json: %v", err)
	}
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// forEachFile type-checks the packages and calls f with each Go file.
func forEachFile(t *testing.T, patterns []string, f func(fset *token.FileSet, name string, file *ast.File, info *types.Info)) {
	t.Helper()
	exports := exportFiles(t, patterns...)
	imp := importer.ForCompiler(token.NewFileSet(), "gc", func(path string) (io.ReadCloser, error) {
		e, ok := exports[path]
		if !ok {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(e)
	})
	for _, p := range goList(t, patterns...) {
		fset := token.NewFileSet()
		var files []*ast.File
		for _, name := range p.GoFiles {
			file, err := parser.ParseFile(fset, filepath.Join(p.Dir, name), nil, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, file)
		}
		info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Uses: map[*ast.Ident]types.Object{}}
		if _, err := (&types.Config{Importer: imp}).Check(p.ImportPath, fset, files, info); err != nil {
			t.Fatalf("type-checking %s: %v", p.ImportPath, err)
		}
		for i, file := range files {
			f(fset, p.GoFiles[i], file, info)
		}
	}
}

func unquote(s string) (string, error) { return strconv.Unquote(s) }
