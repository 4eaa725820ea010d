package risk

import (
	"testing"

	"github.com/corecue/corecue/internal/exercise"
)

func engine(t *testing.T) *Engine {
	t.Helper()
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return New(lib)
}

// neutral is an exercise attribute set that fires no base rule.
func neutral() exercise.Attributes {
	return exercise.Attributes{
		LumbarFlexion: exercise.FlexionNone, HipFlexorLoad: exercise.HipFlexorLow,
		Compression: exercise.CompressionLow, LumbarExtension: exercise.ExtensionNeutral,
		Rotation: exercise.RotationNone, NeuralTension: exercise.NeuralNone,
		Lever: exercise.LeverShort, Momentum: exercise.MomentumControlled, Mode: exercise.ModeDynamic,
	}
}

func synth(edit func(*exercise.Attributes)) exercise.Exercise {
	a := neutral()
	if edit != nil {
		edit(&a)
	}
	return exercise.Exercise{ID: "synthetic", Name: "Synthetic", Attributes: a, Evidence: []string{"corecue-attributes"}}
}

func hasRule(rs []Reason, rule string) bool {
	for _, r := range rs {
		if r.Rule == rule {
			return true
		}
	}
	return false
}

func findMod(ms []Modifier, id string) (Modifier, bool) {
	for _, m := range ms {
		if m.ID == id {
			return m, true
		}
	}
	return Modifier{}, false
}

func hasNote(ns []Note, rule string) bool {
	for _, n := range ns {
		if n.Rule == rule {
			return true
		}
	}
	return false
}

func mustItem(t *testing.T, e *Engine, it Item, c Context) Assessment {
	t.Helper()
	a, err := e.Item(it, c)
	if err != nil {
		t.Fatalf("Item(%+v, %+v): %v", it, c, err)
	}
	return a
}

func mustPlan(t *testing.T, e *Engine, items []Item, c Context) PlanAssessment {
	t.Helper()
	pa, err := e.Plan(items, c)
	if err != nil {
		t.Fatalf("Plan: %v", err)
	}
	return pa
}
