// Package exercise is CoreCue's library of core and trunk exercises and the
// evidence behind their risk attributes. The built-in data is embedded from
// assets/; a clinic can add or replace exercises with an exercises.json file
// in the storage folder. Names are resolved with their variations
// ("decline crunches" is the crunch, on a decline), and each entry carries the
// body position it starts from and its tempo. The package imports no Fyne and
// does no risk scoring: internal/risk reads the attributes.
package exercise

import "slices"

// Exercise is one library entry. Slices are shared with the library: treat
// them as read-only.
type Exercise struct {
	ID          string     `json:"id"`
	Name        string     `json:"name"`
	Aliases     []string   `json:"aliases"`
	Description string     `json:"description"`
	Attributes  Attributes `json:"attributes"`
	// CoreEngagement marks a drill that practises engaging the deep core
	// (the vacuum, bracing); a plan without one gets a note.
	CoreEngagement bool     `json:"core_engagement,omitempty"`
	FormCues       []string `json:"form_cues"`
	// Alternatives are safer swaps, best first.
	Alternatives []string `json:"alternatives"`
	Evidence     []string `json:"evidence"`
	// StartWith names an easier variant to begin with when the exercise is
	// low in spine load but often not tolerated at first (side bridge on feet).
	StartWith string `json:"start_with,omitempty"`
	// StartWhy is the evidence id behind StartWith.
	StartWhy string   `json:"start_why,omitempty"`
	Figures  []Figure `json:"figures,omitempty"`
	// Variations are the modifier ids (see Variations()) this exercise can
	// be done with, so "weighted sit-ups" resolves to the sit-up, weighted.
	Variations []string `json:"variations,omitempty"`
	// VariantOf marks an entry that is another entry done with a modifier
	// but kept apart because it has its own attributes or evidence (the
	// hanging leg raise has a measured load of its own).
	VariantOf *VariantOf `json:"variant_of,omitempty"`
	// Position is the body position the exercise starts from; Tempo is one
	// rep's timing. Both are what a posed, moving figure needs and only the
	// library knows.
	Position Position `json:"position,omitempty"`
	Tempo    *Tempo   `json:"tempo,omitempty"`
	// Origin is OriginBuiltIn or OriginClinic; it is not read from files.
	Origin string `json:"-"`
}

// Where an exercise came from.
const (
	OriginBuiltIn = "built-in"
	OriginClinic  = "clinic"
)

// Figure statuses: whether a figure was checked at its source (docs/risk-rules.md).
const (
	FigureConfirmed   = "confirmed"   // read in the paper itself
	FigureSecondary   = "secondary"   // quoted from the author's book, consistent
	FigureUnconfirmed = "unconfirmed" // circulates in lay articles only: never shown as measured
)

// Figure is a published load figure kept next to the exercise so reviewers
// see it; Status says whether it may be shown to a person.
type Figure struct {
	Quantity string `json:"quantity"` // e.g. "peak lumbar compression"
	Newtons  int    `json:"newtons"`
	Evidence string `json:"evidence"`
	Status   string `json:"status"`
}

// Shown reports whether the figure may be shown to a person as a measured
// value. Unconfirmed figures stay in the data for reviewers only.
func (f Figure) Shown() bool { return f.Status == FigureConfirmed || f.Status == FigureSecondary }

// ShownFigures returns only the figures that may be shown as measured.
func (e Exercise) ShownFigures() []Figure {
	var out []Figure
	for _, f := range e.Figures {
		if f.Shown() {
			out = append(out, f)
		}
	}
	return out
}

// Evidence is one citation.
type Evidence struct {
	ID       string `json:"id"`
	Citation string `json:"citation"` // authors, year, title or journal
	Year     int    `json:"year"`
	// Kind is "study", "review", "guideline", "book", "design" (CoreCue's own
	// classification, not a finding) or "report" (the person's own report).
	Kind    string `json:"kind"`
	Finding string `json:"finding"` // one line, CoreCue's wording
}

// Library is an immutable, validated set of exercises and evidence. It is
// safe for concurrent use.
type Library struct {
	exercises []Exercise // sorted by name, then id
	byID      map[string]int
	evidence  []Evidence // in file order
	evByID    map[string]int
	keys      map[string]key    // normalised name or alias -> exercise
	variants  map[string]string // "base-id/variation" -> the entry that is that variant
}

// Exercises returns every exercise, sorted by name.
func (l *Library) Exercises() []Exercise { return slices.Clone(l.exercises) }

// Len is the number of exercises.
func (l *Library) Len() int { return len(l.exercises) }

// IDs returns every exercise id, sorted.
func (l *Library) IDs() []string {
	ids := make([]string, 0, len(l.exercises))
	for _, e := range l.exercises {
		ids = append(ids, e.ID)
	}
	slices.Sort(ids)
	return ids
}

// Get looks an exercise up by its exact id.
func (l *Library) Get(id string) (Exercise, bool) {
	i, ok := l.byID[id]
	if !ok {
		return Exercise{}, false
	}
	return l.exercises[i], true
}

// Evidence looks a citation up by id.
func (l *Library) Evidence(id string) (Evidence, bool) {
	i, ok := l.evByID[id]
	if !ok {
		return Evidence{}, false
	}
	return l.evidence[i], true
}

// AllEvidence returns every citation in file order.
func (l *Library) AllEvidence() []Evidence { return slices.Clone(l.evidence) }
