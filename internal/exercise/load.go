package exercise

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/corecue/corecue/assets"
	"github.com/corecue/corecue/internal/jsonfile"
	"github.com/corecue/corecue/internal/regfile"
)

// OverrideFile is the clinic's file in the storage folder.
const OverrideFile = "exercises.json"

// MaxOverrideSize bounds the override file; the whole built-in library is
// well under a tenth of it.
const MaxOverrideSize = 1 << 20

// MaxOverrideEntries bounds how many exercises, and how many evidence
// entries, a clinic's file may hold: several times the built-in library, and
// few enough that matching a plan's names against them stays instant.
const MaxOverrideEntries = 300

// Limits on text fields, so a list row or a PDF cell never meets absurd text.
const (
	maxIDLen   = 60
	maxNameLen = 100
	maxTextLen = 2000
)

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// LoadError names the file, the entry and the field that is wrong.
type LoadError struct {
	File    string // "exercises.json", "evidence.json" or the override's path
	Entry   string // e.g. `exercise 3 ("my-crunch")`; empty for file-level problems
	Field   string // JSON field name; empty when the whole entry is wrong
	Problem string
}

func (e *LoadError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Entry != "" {
		b.WriteString(": " + e.Entry)
	}
	if e.Field != "" {
		b.WriteString(": field " + e.Field)
	}
	b.WriteString(": " + e.Problem)
	return b.String()
}

type exerciseFile struct {
	Version   int               `json:"version"`
	Exercises []json.RawMessage `json:"exercises"`
	Evidence  []json.RawMessage `json:"evidence"`
}

var (
	builtinOnce sync.Once
	builtinLib  *Library
	builtinErr  error
)

// Builtin returns the embedded library. The data is checked by tests, so an
// error here means a broken build, but it is still an error, not a panic.
func Builtin() (*Library, error) {
	builtinOnce.Do(func() {
		builtinLib, builtinErr = Parse(assets.ExercisesJSON, assets.EvidenceJSON)
	})
	return builtinLib, builtinErr
}

// Parse builds a library from an exercises file and an evidence file (the
// built-in format: {"version": 1, "exercises": [...]} and
// {"version": 1, "evidence": [...]}).
func Parse(exercisesJSON, evidenceJSON []byte) (*Library, error) {
	evs, err := decodeEvidence("evidence.json", evidenceJSON, true)
	if err != nil {
		return nil, err
	}
	exs, err := decodeExercises("exercises.json", exercisesJSON, true)
	if err != nil {
		return nil, err
	}
	for i := range exs {
		exs[i].ex.Origin = OriginBuiltIn
	}
	return build("exercises.json", nil, evs, exs)
}

// Load returns the built-in library with the clinic override in dir applied.
// A missing override is not an error. A bad one is refused as a whole: Load
// then returns the built-in library together with the error, so the caller
// keeps working and tells the person what is wrong.
func Load(dir string) (*Library, error) {
	base, err := Builtin()
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, OverrideFile)
	data, err := regfile.ReadFile(path, MaxOverrideSize)
	if errors.Is(err, fs.ErrNotExist) {
		return base, nil
	}
	if err != nil {
		return base, &LoadError{File: path, Problem: "cannot read: " + unwrapPath(err)}
	}
	lib, err := base.WithOverride(path, data)
	if err != nil {
		return base, err
	}
	return lib, nil
}

// LoadDefault is Load on the storage folder (see StorageDir).
func LoadDefault() (*Library, error) {
	base, err := Builtin()
	if err != nil {
		return nil, err
	}
	dir, err := StorageDir()
	if err != nil {
		return base, fmt.Errorf("storage folder: %w", err)
	}
	return Load(dir)
}

// WithOverride returns a new library: l plus the override's evidence and
// exercises (an entry whose id exists replaces it whole; a new id adds one).
// name labels errors. On any error l is untouched and nil is returned.
func (l *Library) WithOverride(name string, data []byte) (*Library, error) {
	if len(data) > MaxOverrideSize {
		return nil, &LoadError{File: name, Problem: fmt.Sprintf("the file is over %d bytes (1 MiB)", MaxOverrideSize)}
	}
	evs, err := decodeEvidence(name, data, false)
	if err != nil {
		return nil, err
	}
	exs, err := decodeExercises(name, data, false)
	if err != nil {
		return nil, err
	}
	for i := range exs {
		exs[i].ex.Origin = OriginClinic
	}
	return build(name, l, evs, exs)
}

type entryEv struct {
	label string
	ev    Evidence
}

type entryEx struct {
	label string
	ex    Exercise
}

func decodeFile(name string, data []byte) (exerciseFile, error) {
	var f exerciseFile
	if err := jsonfile.Decode(data, &f); err != nil {
		return f, &LoadError{File: name, Problem: err.Error()}
	}
	if f.Version != 1 {
		return f, &LoadError{File: name, Field: "version", Problem: fmt.Sprintf("%d is not a known version (this app reads 1)", f.Version)}
	}
	return f, nil
}

func decodeEvidence(name string, data []byte, required bool) ([]entryEv, error) {
	f, err := decodeFile(name, data)
	if err != nil {
		return nil, err
	}
	if required && len(f.Evidence) == 0 {
		return nil, &LoadError{File: name, Field: "evidence", Problem: "no entries"}
	}
	if !required && len(f.Evidence) > MaxOverrideEntries {
		return nil, &LoadError{File: name, Field: "evidence", Problem: fmt.Sprintf("%d entries, the limit is %d", len(f.Evidence), MaxOverrideEntries)}
	}
	out := make([]entryEv, 0, len(f.Evidence))
	for i, raw := range f.Evidence {
		label := entryLabel("evidence", i, raw)
		var ev Evidence
		if err := jsonfile.Decode(raw, &ev); err != nil {
			return nil, entryJSONError(name, label, err)
		}
		if err := checkEvidence(ev); err != nil {
			return nil, asLoadError(name, label, err)
		}
		out = append(out, entryEv{label, ev})
	}
	return out, nil
}

func decodeExercises(name string, data []byte, required bool) ([]entryEx, error) {
	f, err := decodeFile(name, data)
	if err != nil {
		return nil, err
	}
	if required && len(f.Exercises) == 0 {
		return nil, &LoadError{File: name, Field: "exercises", Problem: "no entries"}
	}
	if !required && len(f.Exercises) > MaxOverrideEntries {
		return nil, &LoadError{File: name, Field: "exercises", Problem: fmt.Sprintf("%d entries, the limit is %d", len(f.Exercises), MaxOverrideEntries)}
	}
	out := make([]entryEx, 0, len(f.Exercises))
	for i, raw := range f.Exercises {
		label := entryLabel("exercise", i, raw)
		var ex Exercise
		if err := jsonfile.Decode(raw, &ex); err != nil {
			return nil, entryJSONError(name, label, err)
		}
		if err := checkExercise(ex); err != nil {
			return nil, asLoadError(name, label, err)
		}
		out = append(out, entryEx{label, ex})
	}
	return out, nil
}

// entryLabel names an entry by position and, when it can be read, its id:
// the position finds it in the file, the id tells the clinician which one.
func entryLabel(kind string, i int, raw json.RawMessage) string {
	var probe struct {
		ID any `json:"id"`
	}
	_ = json.Unmarshal(raw, &probe)
	if s, ok := probe.ID.(string); ok && s != "" {
		return fmt.Sprintf("%s %d (%s)", kind, i+1, jsonfile.Quote(s, 40))
	}
	return fmt.Sprintf("%s %d", kind, i+1)
}

func asLoadError(file, entry string, err error) error {
	var fe fieldError
	if errors.As(err, &fe) {
		return &LoadError{File: file, Entry: entry, Field: fe.field, Problem: fe.problem}
	}
	return &LoadError{File: file, Entry: entry, Problem: err.Error()}
}

// entryJSONError words a decoding error inside one entry. Its line and
// column would count from the entry, not the file, so they are left out; the
// entry's label says where it is.
func entryJSONError(file, entry string, err error) error {
	var je *jsonfile.Error
	if !errors.As(err, &je) {
		return &LoadError{File: file, Entry: entry, Problem: err.Error()}
	}
	switch {
	case errors.Is(err, jsonfile.ErrUnknownField):
		return &LoadError{File: file, Entry: entry, Field: jsonfile.Quote(je.Field, 60), Problem: "unknown field (names are matched exactly, in lower case as documented)"}
	case errors.Is(err, jsonfile.ErrDuplicate):
		return &LoadError{File: file, Entry: entry, Field: jsonfile.Quote(je.Field, 60), Problem: "appears twice in one object; give it once"}
	case je.Field != "":
		return &LoadError{File: file, Entry: entry, Field: je.Field, Problem: je.Problem}
	}
	return &LoadError{File: file, Entry: entry, Problem: je.Problem}
}

func unwrapPath(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func checkText(field, s string, limit int, required bool) error {
	if strings.TrimSpace(s) == "" {
		if required {
			return fieldError{field, "empty"}
		}
		return nil
	}
	if n := utf8.RuneCountInString(s); n > limit {
		return fieldError{field, fmt.Sprintf("%d characters, the limit is %d", n, limit)}
	}
	if err := jsonfile.CheckText(s, false); err != nil {
		return fieldError{field, err.Error()}
	}
	return nil
}

func checkID(field, id string) error {
	if id == "" {
		return fieldError{field, "empty"}
	}
	if len(id) > maxIDLen || !idPattern.MatchString(id) {
		return fieldError{field, fmt.Sprintf("%s is not a kebab-case id (a-z, 0-9 and single hyphens, at most %d characters)", jsonfile.Quote(id, 40), maxIDLen)}
	}
	return nil
}

var evidenceKinds = []string{"study", "review", "guideline", "book", "design", "report"}

func checkEvidence(ev Evidence) error {
	if err := checkID("id", ev.ID); err != nil {
		return err
	}
	if err := checkText("citation", ev.Citation, maxTextLen, true); err != nil {
		return err
	}
	if err := checkText("finding", ev.Finding, maxTextLen, true); err != nil {
		return err
	}
	if !slices.Contains(evidenceKinds, ev.Kind) {
		return fieldError{"kind", fmt.Sprintf("%q is not one of %s", ev.Kind, strings.Join(evidenceKinds, ", "))}
	}
	if ev.Year != 0 && (ev.Year < 1900 || ev.Year > 2100) {
		return fieldError{"year", fmt.Sprintf("%d is outside 1900-2100", ev.Year)}
	}
	return nil
}

// checkExercise checks what one entry can check alone; references to other
// entries are checked in build, once the whole set is known.
func checkExercise(ex Exercise) error {
	if err := checkNames(ex); err != nil {
		return err
	}
	if err := checkText("description", ex.Description, maxTextLen, true); err != nil {
		return err
	}
	if err := ex.Attributes.Validate(); err != nil {
		var fe fieldError
		if errors.As(err, &fe) {
			return fieldError{"attributes." + fe.field, fe.problem}
		}
		return err
	}
	if len(ex.FormCues) == 0 {
		return fieldError{"form_cues", "empty (give at least one cue)"}
	}
	for i, c := range ex.FormCues {
		if err := checkText(fmt.Sprintf("form_cues[%d]", i), c, maxTextLen, true); err != nil {
			return err
		}
	}
	if len(ex.Evidence) == 0 {
		return fieldError{"evidence", "empty (cite at least one source)"}
	}
	if err := checkAlternatives(ex); err != nil {
		return err
	}
	if (ex.StartWith == "") != (ex.StartWhy == "") {
		return fieldError{"start_with", "start_with and start_why go together"}
	}
	for i, f := range ex.Figures {
		if err := checkFigure(fmt.Sprintf("figures[%d]", i), f); err != nil {
			return err
		}
	}
	return nil
}

// checkNames checks the id and every name a plan may call the exercise by.
// A name must keep a letter or digit once canonical, or it could match
// nothing (or, empty, everything).
func checkNames(ex Exercise) error {
	if err := checkID("id", ex.ID); err != nil {
		return err
	}
	if err := checkText("name", ex.Name, maxNameLen, true); err != nil {
		return err
	}
	if canonical(ex.Name) == "" {
		return fieldError{"name", "has no letters or digits"}
	}
	for i, a := range ex.Aliases {
		f := fmt.Sprintf("aliases[%d]", i)
		if err := checkText(f, a, maxNameLen, true); err != nil {
			return err
		}
		if canonical(a) == "" {
			return fieldError{f, "has no letters or digits"}
		}
	}
	return nil
}

// checkAlternatives checks the alternatives' form; whether they name known
// exercises is for build, which sees the whole library.
func checkAlternatives(ex Exercise) error {
	for i, a := range ex.Alternatives {
		f := fmt.Sprintf("alternatives[%d]", i)
		if err := checkID(f, a); err != nil {
			return err
		}
		if a == ex.ID {
			return fieldError{f, "an exercise cannot be its own alternative"}
		}
		if slices.Index(ex.Alternatives, a) != i {
			return fieldError{f, fmt.Sprintf("%q is listed twice", a)}
		}
	}
	return nil
}

// checkFigure checks one load figure, called name in errors.
func checkFigure(name string, f Figure) error {
	if err := checkText(name+".quantity", f.Quantity, maxNameLen, true); err != nil {
		return err
	}
	if f.Newtons <= 0 || f.Newtons > 20000 {
		return fieldError{name + ".newtons", fmt.Sprintf("%d is outside 1-20000", f.Newtons)}
	}
	switch f.Status {
	case FigureConfirmed, FigureSecondary, FigureUnconfirmed:
	default:
		return fieldError{name + ".status", fmt.Sprintf("%q is not one of confirmed, secondary, unconfirmed", f.Status)}
	}
	return nil
}

// build merges entries over base (nil for the built-in library), checks
// every cross-reference and indexes names and aliases.
func build(file string, base *Library, evs []entryEv, exs []entryEx) (*Library, error) {
	l := &Library{byID: map[string]int{}, evByID: map[string]int{}, keys: map[string]key{}}
	if base != nil {
		l.evidence = slices.Clone(base.evidence)
		l.exercises = slices.Clone(base.exercises)
	}
	if err := l.mergeEvidence(file, evs); err != nil {
		return nil, err
	}
	labels, err := l.mergeExercises(file, exs)
	if err != nil {
		return nil, err
	}
	// References are checked for this file's entries only: base entries were
	// checked when base was built and ids are never removed.
	for _, e := range exs {
		if err := l.checkRefs(e.ex); err != nil {
			err.File, err.Entry = file, e.label
			return nil, err
		}
	}
	slices.SortStableFunc(l.exercises, func(a, b Exercise) int {
		if c := strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name)); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	for i, e := range l.exercises {
		l.byID[e.ID] = i
	}
	if err := l.index(file, labels); err != nil {
		return nil, err
	}
	return l, nil
}

// mergeEvidence puts the file's evidence entries over l's, replacing those
// with the same id.
func (l *Library) mergeEvidence(file string, evs []entryEv) error {
	for i, e := range l.evidence {
		l.evByID[e.ID] = i
	}
	seen := map[string]bool{}
	for _, e := range evs {
		if seen[e.ev.ID] {
			return &LoadError{File: file, Entry: e.label, Field: "id", Problem: "the same id appears earlier in the file"}
		}
		seen[e.ev.ID] = true
		if i, ok := l.evByID[e.ev.ID]; ok {
			l.evidence[i] = e.ev
		} else {
			l.evByID[e.ev.ID] = len(l.evidence)
			l.evidence = append(l.evidence, e.ev)
		}
	}
	return nil
}

// mergeExercises puts the file's exercises over l's, replacing those with
// the same id, and returns the label of the entry that set each id, for
// index's errors.
func (l *Library) mergeExercises(file string, exs []entryEx) (map[string]string, error) {
	labels := map[string]string{}
	for i, e := range l.exercises {
		l.byID[e.ID] = i
	}
	for _, e := range exs {
		if _, dup := labels[e.ex.ID]; dup {
			return nil, &LoadError{File: file, Entry: e.label, Field: "id", Problem: "the same id appears earlier in the file"}
		}
		labels[e.ex.ID] = e.label
		if i, ok := l.byID[e.ex.ID]; ok {
			l.exercises[i] = e.ex
		} else {
			l.byID[e.ex.ID] = len(l.exercises)
			l.exercises = append(l.exercises, e.ex)
		}
	}
	return labels, nil
}

// checkRefs checks that every id ex cites is in l; the caller fills in the
// file and entry of the error.
func (l *Library) checkRefs(ex Exercise) *LoadError {
	for i, id := range ex.Evidence {
		if _, ok := l.evByID[id]; !ok {
			return &LoadError{Field: fmt.Sprintf("evidence[%d]", i), Problem: fmt.Sprintf("%s is not a known evidence id", jsonfile.Quote(id, 40))}
		}
	}
	for i, id := range ex.Alternatives {
		if _, ok := l.byID[id]; !ok {
			return &LoadError{Field: fmt.Sprintf("alternatives[%d]", i), Problem: fmt.Sprintf("%s is not a known exercise id", jsonfile.Quote(id, 40))}
		}
	}
	if ex.StartWith != "" {
		if _, ok := l.byID[ex.StartWith]; !ok || ex.StartWith == ex.ID {
			return &LoadError{Field: "start_with", Problem: fmt.Sprintf("%s is not another known exercise id", jsonfile.Quote(ex.StartWith, 40))}
		}
		if _, ok := l.evByID[ex.StartWhy]; !ok {
			return &LoadError{Field: "start_why", Problem: fmt.Sprintf("%s is not a known evidence id", jsonfile.Quote(ex.StartWhy, 40))}
		}
	}
	for i, f := range ex.Figures {
		if _, ok := l.evByID[f.Evidence]; !ok {
			return &LoadError{Field: fmt.Sprintf("figures[%d].evidence", i), Problem: fmt.Sprintf("%s is not a known evidence id", jsonfile.Quote(f.Evidence, 40))}
		}
	}
	return nil
}
