package exercise

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Match says how free text was matched to an exercise.
type Match string

const (
	MatchID    Match = "id"    // the text is an exercise id
	MatchName  Match = "name"  // the text is the exercise's name, ignoring case, spaces, hyphens and a plural s
	MatchAlias Match = "alias" // the same, for one of its aliases
	MatchClose Match = "close" // within a few typing slips of a name or alias: show "did you mean"
	MatchNone  Match = "none"  // not found (Suggestions may hold near misses)
)

// Resolution is the outcome of Resolve. It always says how the match was made
// so a plan import can show it.
type Resolution struct {
	Input    string `json:"input"`
	ID       string `json:"id,omitempty"`
	Name     string `json:"name,omitempty"`
	How      Match  `json:"how"`
	Matched  string `json:"matched,omitempty"` // the name or alias that matched
	Distance int    `json:"distance,omitempty"`
	// Suggestions are ids of near misses when nothing matched for sure
	// (best first, at most three).
	Suggestions []string `json:"suggestions,omitempty"`
	// Variations are the variation ids read from the text ("weighted",
	// "decline"), in the order the risk rules apply them; Name includes them.
	Variations []string `json:"variations,omitempty"`
}

// Canonical is the text a saved plan keeps for this resolution: the id, with
// the variations in front ("weighted decline-sit-up"), which resolves back to
// the same exercise and variations.
func (r Resolution) Canonical() string {
	if !r.Found() {
		return r.Input
	}
	return strings.Join(append(slices.Clone(r.Variations), r.ID), " ")
}

// Found reports whether the input resolved to an exercise.
func (r Resolution) Found() bool { return r.How != MatchNone && r.ID != "" }

// Exact reports whether the match needs no confirmation.
func (r Resolution) Exact() bool { return r.Found() && r.How != MatchClose }

// ByOtherName reports whether the input named the exercise by another name:
// it matched an alias, and neither that alias nor the input is part of the
// exercise's name. "navasana" is another name for Boat pose; "bicycle",
// matched through the alias "bicycles", is the start of Bicycle crunch, and
// "sit ups" is Sit-up written another way.
func (r Resolution) ByOtherName() bool {
	if r.How != MatchAlias {
		return false
	}
	name := canonical(r.Name)
	return !strings.Contains(name, canonical(r.Matched)) && !strings.Contains(name, canonical(r.Input))
}

// Describe says in a few words how the input was resolved, for a list or a
// terminal: `sit ups → Sit-up (alias "sit ups")`.
func (r Resolution) Describe() string {
	switch r.How {
	case MatchID:
		return fmt.Sprintf("%s (exact id)", r.ID)
	case MatchName:
		return fmt.Sprintf("%q → %s (name)", r.Input, r.idWith())
	case MatchAlias:
		return fmt.Sprintf("%q → %s (alias %q)", r.Input, r.idWith(), r.Matched)
	case MatchClose:
		return fmt.Sprintf("%q → %s (close match: did you mean %q?)", r.Input, r.ID, r.Matched)
	}
	if len(r.Suggestions) > 0 {
		return fmt.Sprintf("%q is not in the library (did you mean %s?)", r.Input, strings.Join(r.Suggestions, ", "))
	}
	return fmt.Sprintf("%q is not in the library", r.Input)
}

// idWith is the id with its variations: "crunch, on a decline".
func (r Resolution) idWith() string { return VariedName(r.ID, r.Variations) }

type key struct {
	id   string
	how  Match
	text string
}

// normalise keeps letters and digits only, lower-cased, so "Sit-up",
// "sit up" and "SITUP" compare equal.
func normalise(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		// Marks too: Bengali, Gurmukhi and Gujarati write vowel signs as
		// marks, and a translated name is searched in its own script.
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// canonical is normalise plus a crude English singular, enough for exercise
// names ("crunches", "sit ups", "leg raises", "flutter kicks"); "press"
// keeps its s.
func canonical(s string) string {
	n := normalise(s)
	switch {
	case len(n) > 5 && (strings.HasSuffix(n, "ches") || strings.HasSuffix(n, "shes") || strings.HasSuffix(n, "sses")):
		return n[:len(n)-2]
	case len(n) > 3 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss"):
		return n[:len(n)-1]
	}
	return n
}

// index checks each entry of the file being loaded (labels holds their
// ids) against the rest of the library, and builds the variant and name
// lookups.
func (l *Library) index(file string, labels map[string]string) error {
	l.variants = map[string]string{}
	for _, e := range l.exercises {
		if label, mine := labels[e.ID]; mine {
			if err := l.checkShape(e); err != nil {
				return asLoadError(file, label, err)
			}
		}
		if err := l.addVariant(file, labels, e); err != nil {
			return err
		}
	}
	for _, e := range l.exercises {
		if err := l.addKeys(file, labels, e); err != nil {
			return err
		}
	}
	return nil
}

// addVariant records e as a variant of another exercise, refusing a second
// exercise for the same exercise and variation.
func (l *Library) addVariant(file string, labels map[string]string, e Exercise) error {
	vo := e.VariantOf
	if vo == nil {
		return nil
	}
	k := vo.Exercise + "/" + vo.Variation
	if other, ok := l.variants[k]; ok {
		blame := e.ID
		if _, mine := labels[e.ID]; !mine {
			blame = other
		}
		return &LoadError{File: file, Entry: labels[blame], Field: "variant_of",
			Problem: fmt.Sprintf("%q and %q are both %s %s", other, e.ID, vo.Exercise, vo.Variation)}
	}
	l.variants[k] = e.ID
	return nil
}

// addKeys makes e's id, name and aliases lookup keys.
func (l *Library) addKeys(file string, labels map[string]string, e Exercise) error {
	if err := l.addKey(file, labels, e.ID, "id", e.ID, MatchName); err != nil {
		return err
	}
	if err := l.addKey(file, labels, e.ID, "name", e.Name, MatchName); err != nil {
		return err
	}
	for i, a := range e.Aliases {
		if err := l.addKey(file, labels, e.ID, fmt.Sprintf("aliases[%d]", i), a, MatchAlias); err != nil {
			return err
		}
	}
	return nil
}

// addKey makes text, from id's field, a lookup key. A key may name one
// exercise only; within it the better kind of match (name over alias) wins.
func (l *Library) addKey(file string, labels map[string]string, id, field, text string, how Match) error {
	k := canonical(text)
	old, ok := l.keys[k]
	if ok && old.id != id {
		// Blame the entry from the file being loaded.
		blame, field2, other := id, field, old.id
		if _, mine := labels[id]; !mine {
			blame, field2, other = old.id, "name or aliases", id
		}
		return &LoadError{File: file, Entry: labels[blame], Field: field2,
			Problem: fmt.Sprintf("%q is already a name or alias of %q", text, other)}
	}
	if ok && rank(old.how) <= rank(how) {
		return nil
	}
	l.keys[k] = key{id, how, text}
	return nil
}

func rank(m Match) int {
	switch m {
	case MatchID:
		return 0
	case MatchName:
		return 1
	case MatchAlias:
		return 2
	}
	return 3
}

// Resolve maps free text (an id, a name, an alias or a near miss) to an
// exercise, saying how. A close match is only returned when it is unambiguous.
func (l *Library) Resolve(text string) Resolution {
	r := Resolution{Input: text, How: MatchNone}
	t := strings.TrimSpace(text)
	if e, ok := l.Get(t); ok {
		r.ID, r.Name, r.How, r.Matched = e.ID, e.Name, MatchID, e.ID
		return r
	}
	c := canonical(t)
	if c == "" {
		return r
	}
	if k, ok := l.keys[c]; ok {
		e, _ := l.Get(k.id)
		r.ID, r.Name, r.How, r.Matched = e.ID, e.Name, k.how, k.text
		if k.how == MatchName {
			r.Matched = e.Name
		}
		return r
	}
	if v, ok := l.resolveVariation(t); ok {
		return v
	}

	return l.closeMatch(r, c)
}

// candidate is an exercise's nearest key to some text.
type candidate struct {
	k    key
	dist int
}

// candidates are every exercise's nearest key to the canonical text c,
// nearest first (ties by id, so the order does not depend on map order).
func (l *Library) candidates(c string) []candidate {
	best := map[string]candidate{}
	for kc, k := range l.keys {
		d := levenshtein(c, kc)
		if b, ok := best[k.id]; !ok || d < b.dist || (d == b.dist && k.text < b.k.text) {
			best[k.id] = candidate{k, d}
		}
	}
	cands := make([]candidate, 0, len(best))
	for _, b := range best {
		cands = append(cands, b)
	}
	slices.SortFunc(cands, func(a, b candidate) int {
		if a.dist != b.dist {
			return a.dist - b.dist
		}
		return strings.Compare(a.k.id, b.k.id)
	})
	return cands
}

// closeMatch fills r for canonical text c that matched no key: the nearest
// exercise, if it is within the allowance for the text's length and no
// other exercise is as close, else up to three suggestions.
func (l *Library) closeMatch(r Resolution, c string) Resolution {
	cands := l.candidates(c)
	limit := allowance(len([]rune(c)))
	if len(cands) > 0 && cands[0].dist <= limit && (len(cands) == 1 || cands[1].dist > cands[0].dist) {
		e, _ := l.Get(cands[0].k.id)
		r.ID, r.Name, r.How, r.Matched, r.Distance = e.ID, e.Name, MatchClose, cands[0].k.text, cands[0].dist
		return r
	}
	for _, cd := range cands {
		if len(r.Suggestions) == 3 || cd.dist > 2*limit {
			break
		}
		r.Suggestions = append(r.Suggestions, cd.k.id)
	}
	return r
}

// allowance is how many slips a close match may have: one in a short word,
// up to three in a long name.
func allowance(n int) int {
	switch {
	case n <= 4:
		return 0
	case n <= 7:
		return 1
	case n <= 12:
		return 2
	}
	return 3
}

// levenshtein is the edit distance with adjacent swaps counted as one slip
// (optimal string alignment), since "dgo" for "dog" is one typing error.
func levenshtein(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

// Search returns the exercises whose id, name or an alias contains the query
// (ignoring case, spaces and hyphens), sorted by name; an empty query returns
// all. When nothing contains it, an unambiguous close match is returned.
func (l *Library) Search(query string) []Exercise { return l.SearchAlso(query, nil) }

// SearchAlso is Search that also matches the names also gives an exercise
// (nil gives none): a screen in another language passes the exercise's
// name in it, so a person finds it by the name they read, English names and
// aliases still matching.
func (l *Library) SearchAlso(query string, also func(Exercise) []string) []Exercise {
	q := normalise(query)
	if q == "" {
		return l.Exercises()
	}
	var out []Exercise
	for _, e := range l.exercises {
		hit := strings.Contains(normalise(e.ID), q) || strings.Contains(normalise(e.Name), q)
		for _, a := range e.Aliases {
			hit = hit || strings.Contains(normalise(a), q)
		}
		if also != nil {
			for _, a := range also(e) {
				hit = hit || strings.Contains(normalise(a), q)
			}
		}
		if hit {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		if r := l.Resolve(query); r.Found() {
			e, _ := l.Get(r.ID)
			out = append(out, e)
		}
	}
	return out
}
