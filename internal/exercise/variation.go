package exercise

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/corecue/corecue/internal/jsonfile"
)

// Variation is a way of doing an exercise that people write into its name:
// "weighted sit-ups", "decline crunches", "kneeling Pallof press". The
// library only recognises it; internal/risk says what it does to the level.
type Variation struct {
	ID    string // e.g. "decline"
	Label string // how a name shows it: "Crunch, on a decline"
	// Words are the phrases that name it, as lower-case words.
	Words []string
}

// variations is in the order the risk rules apply them.
var variations = []Variation{
	{"weighted", "weighted", []string{"weighted", "loaded", "with weight", "with weights", "with a weight",
		"with a plate", "plate", "plate loaded", "dumbbell", "dumbbells", "db", "kettlebell", "kettlebells", "kb",
		"barbell", "bb", "medicine ball", "med ball", "heavy"}},
	{"decline", "on a decline", []string{"decline", "on a decline", "on decline", "decline bench", "on a decline bench"}},
	{"hanging", "hanging", []string{"hanging", "from a bar", "on a bar", "on the bar", "from the bar"}},
	{"kneeling", "kneeling", []string{"kneeling", "half kneeling", "tall kneeling", "on knees", "on the knees",
		"on your knees", "from the knees", "from knees"}},
	{"bench", "on a bench", []string{"bench", "on a bench", "on bench", "on the bench", "flat bench"}},
	{"ball", "on a ball", []string{"ball", "on a ball", "on the ball", "stability ball", "swiss ball", "exercise ball",
		"physio ball", "fit ball", "fitball", "gym ball", "on a stability ball", "on a swiss ball"}},
	{"single-leg", "single-leg", []string{"single leg", "single legged", "one leg", "one legged", "1 leg", "unilateral",
		"with leg lift", "with a leg lift", "with leg raise", "with a leg raise"}},
	{"straight-leg", "with straight legs", []string{"straight leg", "straight legged", "straight legs",
		"with straight legs", "long lever"}},
	{"bent-knee", "with bent knees", []string{"bent knee", "bent knees", "bent leg", "bent legged", "with bent knees",
		"tuck", "tucked"}},
}

// Variations returns every variation in the order the risk rules apply them.
func Variations() []Variation { return slices.Clone(variations) }

// VariationByID looks a variation up by id.
func VariationByID(id string) (Variation, bool) {
	for _, v := range variations {
		if v.ID == id {
			return v, true
		}
	}
	return Variation{}, false
}

func variationIndex(id string) int {
	return slices.IndexFunc(variations, func(v Variation) bool { return v.ID == id })
}

// VariantOf says which entry another entry is a variation of, and which.
type VariantOf struct {
	Exercise  string `json:"exercise"`
	Variation string `json:"variation"`
}

// Position is the body position an exercise starts from.
type Position string

// The positions a posed figure starts from.
const (
	LyingOnBack       Position = "lying-on-back"
	LyingOnFront      Position = "lying-on-front"
	SideLying         Position = "side-lying"
	FourPointKneeling Position = "four-point-kneeling"
	Kneeling          Position = "kneeling"
	Sitting           Position = "sitting"
	Standing          Position = "standing"
	Hanging           Position = "hanging"
	FrontSupport      Position = "front-support" // a plank: on forearms or hands and toes
	SideSupport       Position = "side-support"  // a side plank: on one forearm and the feet or knees
)

// Positions lists every position.
func Positions() []Position {
	return []Position{LyingOnBack, LyingOnFront, SideLying, FourPointKneeling, Kneeling, Sitting, Standing, Hanging, FrontSupport, SideSupport}
}

// Tempo is one rep's timing in seconds: moving into the effort (up), holding
// it, and coming back (down). A hold has Hold > 0; a movement has Up and
// Down > 0.
type Tempo struct {
	Up   float64 `json:"up"`
	Hold float64 `json:"hold"`
	Down float64 `json:"down"`
}

// Rep is the length of one rep in seconds.
func (t Tempo) Rep() float64 { return t.Up + t.Hold + t.Down }

// maxTempo bounds each part of a rep; a minute is already a long hold.
const maxTempo = 60

// checkShape checks the fields a posed figure reads and the variation
// fields, which need the whole library (a variant's base must exist).
func (l *Library) checkShape(e Exercise) error {
	if e.Position != "" && !slices.Contains(Positions(), e.Position) {
		names := make([]string, 0, len(Positions()))
		for _, p := range Positions() {
			names = append(names, string(p))
		}
		return fieldError{"position", fmt.Sprintf("%q is not one of %s", e.Position, strings.Join(names, ", "))}
	}
	if err := checkTempo(e.Tempo, e.Attributes.Mode); err != nil {
		return err
	}
	if err := checkVariations(e.Variations); err != nil {
		return err
	}
	return l.checkVariantOf(e)
}

// checkTempo checks each part of a rep (t may be nil: no tempo given), and
// that a hold holds and a movement moves.
func checkTempo(t *Tempo, mode Mode) error {
	if t == nil {
		return nil
	}
	for _, p := range []struct {
		name string
		v    float64
	}{{"tempo.up", t.Up}, {"tempo.hold", t.Hold}, {"tempo.down", t.Down}} {
		if p.v < 0 || p.v > maxTempo {
			return fieldError{p.name, fmt.Sprintf("%g s is outside 0-%d s", p.v, maxTempo)}
		}
	}
	if mode == ModeIsometric && t.Hold <= 0 {
		return fieldError{"tempo.hold", "a hold needs a hold time above 0 s"}
	}
	if mode == ModeDynamic && (t.Up <= 0 || t.Down <= 0) {
		return fieldError{"tempo", "a movement needs up and down times above 0 s"}
	}
	return nil
}

// checkVariations checks the variations an exercise accepts are known ones,
// each listed once.
func checkVariations(vs []string) error {
	for i, v := range vs {
		f := fmt.Sprintf("variations[%d]", i)
		if _, ok := VariationByID(v); !ok {
			return fieldError{f, fmt.Sprintf("%s is not a known variation (%s)", jsonfile.Quote(v, 40), variationIDs())}
		}
		if slices.Index(vs, v) != i {
			return fieldError{f, fmt.Sprintf("%q is listed twice", v)}
		}
	}
	return nil
}

// checkVariantOf checks that an exercise standing for another's variation
// names a known variation and another exercise of the library.
func (l *Library) checkVariantOf(e Exercise) error {
	vo := e.VariantOf
	if vo == nil {
		return nil
	}
	if _, ok := VariationByID(vo.Variation); !ok {
		return fieldError{"variant_of.variation", fmt.Sprintf("%s is not a known variation (%s)", jsonfile.Quote(vo.Variation, 40), variationIDs())}
	}
	if b, ok := l.Get(vo.Exercise); !ok || b.ID == e.ID {
		return fieldError{"variant_of.exercise", fmt.Sprintf("%s is not another known exercise id", jsonfile.Quote(vo.Exercise, 40))}
	}
	return nil
}

func variationIDs() string {
	ids := make([]string, 0, len(variations))
	for _, v := range variations {
		ids = append(ids, v.ID)
	}
	return strings.Join(ids, ", ")
}

// words splits text into lower-case runs of letters and digits:
// "Sit-Ups (weighted)" is [sit ups weighted].
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// fillers are left over when a variation is cut out of a phrase ("crunch
// with dumbbells" leaves "crunch with"); they are dropped if the rest is not
// found as it stands.
var fillers = []string{"with", "on", "a", "an", "the", "using", "holding", "and"}

type found struct {
	variation  string
	start, end int // word span
}

// spot finds every variation phrase in ws, longest first at each word, not
// overlapping.
func spot(ws []string) []found {
	var out []found
	for i := 0; i < len(ws); {
		best, bestLen := "", 0
		for _, v := range variations {
			for _, w := range v.Words {
				p := strings.Fields(w)
				if len(p) > bestLen && i+len(p) <= len(ws) && slices.Equal(ws[i:i+len(p)], p) {
					best, bestLen = v.ID, len(p)
				}
			}
		}
		if bestLen == 0 {
			i++
			continue
		}
		out = append(out, found{best, i, i + bestLen})
		i += bestLen
	}
	return out
}

// resolveVariation reads text as an exercise plus variations. It cuts out as
// few variation phrases as it can, so "single-leg stretch" stays the Pilates
// exercise and "weighted single-leg stretch" is that exercise, weighted.
// ok is false when no variation phrase leaves a known exercise.
func (l *Library) resolveVariation(text string) (Resolution, bool) {
	ws := words(text)
	spots := spot(ws)
	if len(spots) == 0 || len(spots) > 6 {
		return Resolution{}, false
	}
	// Subsets of the spotted phrases, fewest cut first, then left to right.
	subsets := make([][]found, 0, 1<<len(spots))
	for mask := 1; mask < 1<<len(spots); mask++ {
		var s []found
		for i, f := range spots {
			if mask&(1<<i) != 0 {
				s = append(s, f)
			}
		}
		subsets = append(subsets, s)
	}
	slices.SortStableFunc(subsets, func(a, b []found) int { return len(a) - len(b) })

	var unsupported *Resolution
	for _, cut := range subsets {
		rest := make([]string, 0, len(ws))
		for i, w := range ws {
			if !slices.ContainsFunc(cut, func(f found) bool { return i >= f.start && i < f.end }) {
				rest = append(rest, w)
			}
		}
		k, ok := l.exactKey(strings.Join(rest, " "))
		if !ok {
			kept := slices.DeleteFunc(slices.Clone(rest), func(w string) bool { return slices.Contains(fillers, w) })
			k, ok = l.exactKey(strings.Join(kept, " "))
		}
		if !ok {
			continue
		}
		r, err := l.applyVariations(text, k, cut)
		if err == nil {
			return r, true
		}
		if unsupported == nil {
			unsupported = &r
		}
	}
	if unsupported != nil {
		return *unsupported, true
	}
	return Resolution{}, false
}

// exactKey matches text as an id, a name or an alias, as Resolve does.
func (l *Library) exactKey(text string) (key, bool) {
	t := strings.TrimSpace(text)
	if e, ok := l.Get(t); ok {
		return key{e.ID, MatchID, e.ID}, true
	}
	c := canonical(t)
	if c == "" {
		return key{}, false
	}
	k, ok := l.keys[c]
	return k, ok
}

// applyVariations turns a matched base and the variation phrases cut from the
// text into a resolution: a variation with an entry of its own (the decline
// sit-up) moves to that entry, the rest must be ones the entry lists. When
// one is not listed the result is not found, with the base as a suggestion,
// and a non-nil error.
func (l *Library) applyVariations(text string, k key, cut []found) (Resolution, error) {
	e, _ := l.Get(k.id)
	var ids []string
	for _, f := range cut {
		if !slices.Contains(ids, f.variation) {
			ids = append(ids, f.variation)
		}
	}
	slices.SortFunc(ids, func(a, b string) int { return variationIndex(a) - variationIndex(b) })
	for moved := true; moved; {
		moved = false
		for i, v := range ids {
			if id, ok := l.variants[e.ID+"/"+v]; ok {
				e, _ = l.Get(id)
				ids = slices.Delete(ids, i, i+1)
				moved = true
				break
			}
		}
	}
	// A variation the entry already is ("decline" on the decline sit-up) adds nothing.
	if e.VariantOf != nil {
		ids = slices.DeleteFunc(ids, func(v string) bool { return v == e.VariantOf.Variation })
	}
	for _, v := range ids {
		if !slices.Contains(e.Variations, v) {
			vr, _ := VariationByID(v)
			return Resolution{Input: text, How: MatchNone, Suggestions: []string{e.ID}},
				fmt.Errorf("%s is not assessed %s", e.ID, vr.Label)
		}
	}
	r := Resolution{Input: text, ID: e.ID, Name: VariedName(e.Name, ids), How: k.how, Matched: k.text, Variations: ids}
	if k.how == MatchName || k.id != e.ID {
		r.Matched = e.Name
	}
	if k.how == MatchID {
		r.How = MatchName
	}
	return r, nil
}

// VariedName is an exercise's name with its variations: "Crunch, on a
// decline", "Sit-up, weighted, on a decline".
func VariedName(name string, ids []string) string {
	for _, id := range ids {
		if v, ok := VariationByID(id); ok {
			name += ", " + v.Label
		}
	}
	return name
}

// VariationsIn reads back the variations VariedName wrote after the
// exercise's name: "Dead bug, weighted" with the name "Dead bug" is
// ["weighted"]. ok is false when varied is not name followed by variation
// labels.
func VariationsIn(name, varied string) (ids []string, ok bool) {
	if varied == name {
		return nil, true
	}
	rest, found := strings.CutPrefix(varied, name+", ")
	if !found {
		return nil, false
	}
	for _, label := range strings.Split(rest, ", ") {
		i := slices.IndexFunc(variations, func(v Variation) bool { return v.Label == label })
		if i < 0 {
			return nil, false
		}
		ids = append(ids, variations[i].ID)
	}
	return ids, true
}
