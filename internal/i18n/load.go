package i18n

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/text/feature/plural"

	"github.com/corecue/corecue/assets"
	"github.com/corecue/corecue/internal/jsonfile"
	"github.com/corecue/corecue/internal/regfile"
)

// Language is one language of the catalogue.
type Language struct {
	Code    string // BCP 47, as in the file name: "pl"
	Name    string // in its own script: "Polski"
	English string // its English name: "Polish"
	// Status says how the text was made and whether a native speaker has
	// checked it; settings shows it beside the choice.
	Status string
	RTL    bool // written right to left
	Clinic bool // the clinic's own file corrects or adds to it
}

// Reviewed is the status of English, the source, and of a translation a
// native speaker has checked.
const Reviewed = "reviewed"

// Unreviewed is the status of every machine-made translation CoreCue ships.
const Unreviewed = "machine translation, not reviewed by a native speaker"

// known names the languages CoreCue knows, in the order a chooser lists
// them: English, then by how many people in England and Wales speak them.
var known = []Language{
	{Code: "en", Name: "English", English: "English", Status: Reviewed},
	{Code: "pl", Name: "Polski", English: "Polish", Status: Unreviewed},
	{Code: "ro", Name: "Română", English: "Romanian", Status: Unreviewed},
	{Code: "pa", Name: "ਪੰਜਾਬੀ", English: "Panjabi", Status: Unreviewed},
	{Code: "ur", Name: "اردو", English: "Urdu", Status: Unreviewed, RTL: true},
	{Code: "pt", Name: "Português", English: "Portuguese", Status: Unreviewed},
	{Code: "es", Name: "Español", English: "Spanish", Status: Unreviewed},
	{Code: "ar", Name: "العربية", English: "Arabic", Status: Unreviewed, RTL: true},
	{Code: "bn", Name: "বাংলা", English: "Bengali", Status: Unreviewed},
	{Code: "gu", Name: "ગુજરાતી", English: "Gujarati", Status: Unreviewed},
	{Code: "it", Name: "Italiano", English: "Italian", Status: Unreviewed},
	{Code: "tr", Name: "Türkçe", English: "Turkish", Status: Unreviewed},
}

// maxFile bounds a catalogue file: the largest built-in one is under 64 KiB.
const maxFile = 512 << 10

// nameKey is the one key of a clinic's file that is not English text: the
// name of a language CoreCue does not ship, in its own script.
const nameKey = "@name"

var (
	builtinOnce sync.Once
	builtinCat  *Catalog
	builtinErr  error
	active      atomic.Pointer[Catalog] // built-in plus the clinic's files, once LoadDir ran
)

// Builtin is the catalogue embedded in CoreCue. Its files are checked by
// the tests, so an error here is a build that should never have shipped.
func Builtin() (*Catalog, error) {
	builtinOnce.Do(func() { builtinCat, builtinErr = parseFS(assets.Lang, "lang") })
	return builtinCat, builtinErr
}

func catalog() *Catalog {
	if c := active.Load(); c != nil {
		return c
	}
	c, err := Builtin()
	if err != nil {
		return &Catalog{msgs: map[string]map[string]entry{}, langs: known[:1]}
	}
	return c
}

// Default is the catalogue in use: the built-in one with the clinic's files.
func Default() *Catalog { return catalog() }

// LibraryDir is the folder, beside the screens' catalogues, of the exercise
// library's own words in each language (library/<code>.json): names,
// descriptions and form cues, keyed by their English text like every other
// message. Keyed by the text, a clinic's exercises.json that rewrites an
// exercise shows its own words, which no file translates, and a change to
// the built-in English leaves the old translation unused (the tests then
// name it) rather than shown for the new text.
const LibraryDir = "library"

func parseFS(fsys fs.FS, dir string) (*Catalog, error) {
	c := &Catalog{msgs: map[string]map[string]entry{}}
	src, err := readPair(fsys, dir, Source, nil)
	if err != nil {
		return nil, err
	}
	c.msgs[Source] = src
	files, err := fs.Glob(fsys, dir+"/??.json")
	if err != nil {
		return nil, err
	}
	for _, f := range files {
		code := strings.TrimSuffix(filepath.Base(f), ".json")
		if code == Source {
			continue
		}
		if c.msgs[code], err = readPair(fsys, dir, code, src); err != nil {
			return nil, err
		}
	}
	c.langs = languagesOf(c, nil)
	return c, nil
}

// readPair reads a language's screen catalogue and, when there is one, its
// library file into one set of messages; a key in both is refused, so no
// text has two translations.
func readPair(fsys fs.FS, dir, code string, source map[string]entry) (map[string]entry, error) {
	data, err := fs.ReadFile(fsys, dir+"/"+code+".json")
	if err != nil {
		return nil, err
	}
	msgs, _, err := parse(data, source)
	if err != nil {
		return nil, fmt.Errorf("%s.json: %v", code, err)
	}
	lib := dir + "/" + LibraryDir + "/" + code + ".json"
	data, err = fs.ReadFile(fsys, lib)
	if errors.Is(err, fs.ErrNotExist) {
		return msgs, nil
	}
	if err != nil {
		return nil, err
	}
	more, _, err := parse(data, source)
	if err != nil {
		return nil, fmt.Errorf("%s/%s.json: %v", LibraryDir, code, err)
	}
	for k, e := range more {
		if _, ok := msgs[k]; ok {
			return nil, fmt.Errorf("%s/%s.json: %s is in %s.json too", LibraryDir, code, jsonfile.Quote(k, 60), code)
		}
		msgs[k] = e
	}
	return msgs, nil
}

// languagesOf lists the codes c has messages for, known ones in their order
// then the clinic's additions by code.
func languagesOf(c *Catalog, names map[string]string) []Language {
	var out []Language
	for _, l := range known {
		if _, ok := c.msgs[l.Code]; ok {
			out = append(out, l)
		}
	}
	var extra []string
	for code := range c.msgs {
		if !slices.ContainsFunc(known, func(l Language) bool { return l.Code == code }) {
			extra = append(extra, code)
		}
	}
	sort.Strings(extra)
	for _, code := range extra {
		name := names[code]
		if name == "" {
			name = code
		}
		out = append(out, Language{Code: code, Name: name, English: code, Status: "the clinic's own translation", Clinic: true})
	}
	return out
}

var formByName = map[string]plural.Form{
	"zero": plural.Zero, "one": plural.One, "two": plural.Two, "few": plural.Few, "many": plural.Many, "other": plural.Other,
}

var formNames = map[plural.Form]string{
	plural.Zero: "zero", plural.One: "one", plural.Two: "two", plural.Few: "few", plural.Many: "many", plural.Other: "other",
}

// parse reads one catalogue strictly. Against the English source (nil when
// parsing the source itself) every key must be one CoreCue uses, and each
// translation must keep the key's fmt verbs, or the screen would show
// "%!d(MISSING)". It returns the messages and the @name, if any.
func parse(data []byte, source map[string]entry) (map[string]entry, string, error) {
	var raw map[string]any
	if err := jsonfile.Decode(data, &raw); err != nil {
		return nil, "", err
	}
	out := make(map[string]entry, len(raw))
	name := ""
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := raw[k]
		if k == nameKey {
			s, ok := v.(string)
			if !ok || strings.TrimSpace(s) == "" || jsonfile.CheckText(s, false) != nil {
				return nil, "", fmt.Errorf("%q must be the language's name in its own script", nameKey)
			}
			name = s
			continue
		}
		e, err := parseMessage(k, v, source)
		if err != nil {
			return nil, "", err
		}
		out[k] = e
	}
	return out, name, nil
}

// parseMessage reads one message and checks it against the source's.
func parseMessage(k string, v any, source map[string]entry) (entry, error) {
	var want entry
	if source != nil {
		var ok bool
		if want, ok = source[k]; !ok {
			return entry{}, fmt.Errorf("%s is not a text CoreCue shows", jsonfile.Quote(k, 60))
		}
	}
	e, err := parseEntry(v)
	if err != nil {
		return entry{}, fmt.Errorf("%s %v", jsonfile.Quote(k, 60), err)
	}
	if source != nil && (want.forms != nil) != (e.forms != nil) {
		if want.forms != nil {
			return entry{}, fmt.Errorf("%s needs plural forms (an object with \"one\", \"other\"…)", jsonfile.Quote(k, 60))
		}
		return entry{}, fmt.Errorf("%s has no plural forms: give one text", jsonfile.Quote(k, 60))
	}
	for _, s := range e.all() {
		if err := jsonfile.CheckText(s, true); err != nil {
			return entry{}, fmt.Errorf("%s %v", jsonfile.Quote(k, 60), err)
		}
		if !sameVerbs(k, s) {
			return entry{}, fmt.Errorf("%s: the translation %s must keep the values %s", jsonfile.Quote(k, 60), jsonfile.Quote(s, 60), strings.Join(verbs(k), " "))
		}
	}
	return e, nil
}

func parseEntry(v any) (entry, error) {
	switch x := v.(type) {
	case string:
		return entry{other: x}, nil
	case map[string]any:
		e := entry{forms: map[plural.Form]string{}}
		for name, s := range x {
			f, ok := formByName[name]
			if !ok {
				return entry{}, fmt.Errorf("has the plural form %s: use zero, one, two, few, many or other", jsonfile.Quote(name, 20))
			}
			str, ok := s.(string)
			if !ok {
				return entry{}, fmt.Errorf("form %q must be text", name)
			}
			e.forms[f] = str
		}
		other, ok := e.forms[plural.Other]
		if !ok {
			return entry{}, errors.New(`needs the plural form "other"`)
		}
		e.other = other
		return e, nil
	}
	return entry{}, errors.New("must be text, or an object of plural forms")
}

func (e entry) all() []string {
	if e.forms == nil {
		return []string{e.other}
	}
	var out []string
	for _, s := range e.forms {
		out = append(out, s)
	}
	return out
}

var verbRE = regexp.MustCompile(`%(\[[0-9]+\])?[-+# 0]*[0-9]*(\.[0-9]+)?[a-zA-Z%]`)

// verbs lists a format's fmt verbs by kind, sorted, leaving out %%.
func verbs(s string) []string {
	var out []string
	for _, m := range verbRE.FindAllString(s, -1) {
		if m == "%%" {
			continue
		}
		out = append(out, "%"+m[len(m)-1:])
	}
	sort.Strings(out)
	return out
}

// sameVerbs reports whether a translation has exactly the key's values, so
// fmt never prints "%!d(MISSING)" or "%!(EXTRA …)" on a screen.
func sameVerbs(key, s string) bool { return slices.Equal(verbs(key), verbs(s)) }

// FilePrefix and the language code name a clinic's file: lang-pl.json.
const FilePrefix = "lang-"

var clinicName = regexp.MustCompile(`^lang-([a-z]{2,3})\.json$`)

// LoadDir reads the clinic's translation files (lang-<code>.json) in dir on
// top of the built-in catalogue, which L, F, N, In and Use then read. A file
// that is refused leaves the built-in text as it was and gives one line in
// the returned problems; a missing folder or no file is no problem.
func LoadDir(dir string) []string {
	base, err := Builtin()
	if err != nil {
		return []string{"built-in translations: " + err.Error()}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			active.Store(base)
			return nil
		}
		return []string{"translations: " + err.Error()}
	}
	c := &Catalog{msgs: make(map[string]map[string]entry, len(base.msgs))}
	for code, m := range base.msgs {
		c.msgs[code] = m
	}
	var problems []string
	names := map[string]string{}
	clinic := map[string]bool{}
	for _, de := range entries {
		if !strings.HasPrefix(de.Name(), FilePrefix) || !strings.HasSuffix(de.Name(), ".json") {
			continue
		}
		code, msgs, name, err := clinicFile(dir, de.Name(), base)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		merged := make(map[string]entry, len(c.msgs[code])+len(msgs))
		for k, e := range c.msgs[code] {
			merged[k] = e
		}
		for k, e := range msgs {
			merged[k] = e
		}
		c.msgs[code], names[code], clinic[code] = merged, name, true
	}
	c.langs = languagesOf(c, names)
	markCorrected(c.langs, clinic)
	active.Store(c)
	if s := current.Load(); s != nil && c.Has(s.code) {
		current.Store(&state{cat: c, code: s.code})
	}
	return problems
}

// markCorrected says in the status of each built-in language the clinic
// corrected that it did.
func markCorrected(langs []Language, clinic map[string]bool) {
	for i := range langs {
		if clinic[langs[i].Code] && !langs[i].Clinic {
			langs[i].Clinic = true
			langs[i].Status += ", with the clinic's corrections"
		}
	}
}

// clinicFile reads one of the clinic's files; its error is the one line
// that says why the file is refused.
func clinicFile(dir, file string, base *Catalog) (code string, msgs map[string]entry, name string, err error) {
	path := filepath.Join(dir, file)
	m := clinicName.FindStringSubmatch(file)
	if m == nil {
		return "", nil, "", fmt.Errorf("%s is refused: name it lang-<code>.json with a two- or three-letter language code, e.g. lang-pl.json", jsonfile.Quote(path, 120))
	}
	code = m[1]
	if code == Source {
		return "", nil, "", fmt.Errorf("%s is refused: English is the text every translation comes from; correct a translation instead", jsonfile.Quote(path, 120))
	}
	data, err := regfile.ReadFile(path, maxFile)
	if err == nil {
		msgs, name, err = parse(data, base.msgs[Source])
	}
	if err != nil {
		return "", nil, "", fmt.Errorf("%s is refused, the built-in text is kept: %s", jsonfile.Quote(path, 120), jsonfile.OneLine(err.Error()))
	}
	return code, msgs, name, nil
}

// Lookup is the language code's entry in the catalogue in use.
func Lookup(code string) (Language, bool) {
	for _, l := range catalog().langs {
		if l.Code == code {
			return l, true
		}
	}
	return Language{}, false
}

// Match picks the catalogue's language for a locale name such as
// "pl-PL", "pt_BR.UTF-8" or "bn"; English when none fits.
func Match(locale string) string {
	base, _, _ := strings.Cut(locale, ".")
	base, _, _ = strings.Cut(base, "@")
	base = strings.ToLower(strings.ReplaceAll(base, "_", "-"))
	lang, _, _ := strings.Cut(base, "-")
	if catalog().Has(lang) {
		return lang
	}
	return Source
}
