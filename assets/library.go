package assets

import _ "embed"

// The exercise library and its evidence live as JSON rather than Go so a
// clinician can review and diff them without reading code.

// ExercisesJSON is the built-in exercise library (see internal/exercise).
//
//go:embed data/exercises.json
var ExercisesJSON []byte

// EvidenceJSON holds the citations the library and the risk rules refer to.
//
//go:embed data/evidence.json
var EvidenceJSON []byte
