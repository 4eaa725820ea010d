package exercise

import (
	"fmt"
	"strings"
)

// The attribute types are those docs/risk-rules.md lists. They are strings so
// the data file stays readable; Validate refuses any value outside the lists.

// Flexion is how far and how often the lower back bends forward.
type Flexion string

const (
	FlexionNone     Flexion = "none"
	FlexionSmall    Flexion = "small_controlled"
	FlexionRepeated Flexion = "repeated_endrange"
)

// HipFlexorLoad is how much psoas and rectus femoris drive the movement.
type HipFlexorLoad string

const (
	HipFlexorLow      HipFlexorLoad = "low"
	HipFlexorModerate HipFlexorLoad = "moderate"
	HipFlexorHigh     HipFlexorLoad = "high"
)

// Compression is the spine-compression band: low below about 2.5 kN,
// moderate up to the NIOSH action limit, high at or above it.
type Compression string

const (
	CompressionLow      Compression = "low"
	CompressionModerate Compression = "moderate"
	CompressionHigh     Compression = "high"
)

// Extension is how far the lower back arches.
type Extension string

const (
	ExtensionNone     Extension = "none"
	ExtensionNeutral  Extension = "neutral"
	ExtensionEndRange Extension = "end_range"
)

// Rotation is the kind of twisting the trunk does or resists.
type Rotation string

const (
	RotationNone        Rotation = "none"
	RotationAnti        Rotation = "anti_rotation"
	RotationUnloaded    Rotation = "unloaded"
	RotationLoaded      Rotation = "loaded"
	RotationWithFlexion Rotation = "loaded_with_flexion"
)

// NeuralTension is how much the position stretches the sciatic nerve roots.
type NeuralTension string

const (
	NeuralNone     NeuralTension = "none"
	NeuralModerate NeuralTension = "moderate"
	NeuralHigh     NeuralTension = "high"
)

// Lever is the length of the limb lever the trunk has to hold (straight legs are long).
type Lever string

const (
	LeverShort Lever = "short"
	LeverLong  Lever = "long"
)

// Momentum says whether the movement is controlled or swung.
type Momentum string

const (
	MomentumControlled Momentum = "controlled"
	MomentumBallistic  Momentum = "ballistic"
)

// Mode says whether the exercise is a hold or a movement.
type Mode string

const (
	ModeIsometric Mode = "isometric"
	ModeDynamic   Mode = "dynamic"
)

// Attributes are the structured facts the risk rules read. Nothing in the
// rules looks at an exercise's name.
type Attributes struct {
	LumbarFlexion   Flexion       `json:"lumbar_flexion"`
	HipFlexorLoad   HipFlexorLoad `json:"hip_flexor_load"`
	Compression     Compression   `json:"compression_band"`
	LumbarExtension Extension     `json:"lumbar_extension"`
	Rotation        Rotation      `json:"rotation"`
	NeuralTension   NeuralTension `json:"neural_tension"`
	Lever           Lever         `json:"lever_length"`
	Momentum        Momentum      `json:"momentum"`
	Mode            Mode          `json:"mode"`
}

// allowed lists each attribute's JSON field with its legal values, in the
// order the fields appear, so errors can name the field and the choices.
func (a Attributes) fields() []attrField {
	return []attrField{
		{"lumbar_flexion", string(a.LumbarFlexion), []string{"none", "small_controlled", "repeated_endrange"}},
		{"hip_flexor_load", string(a.HipFlexorLoad), []string{"low", "moderate", "high"}},
		{"compression_band", string(a.Compression), []string{"low", "moderate", "high"}},
		{"lumbar_extension", string(a.LumbarExtension), []string{"none", "neutral", "end_range"}},
		{"rotation", string(a.Rotation), []string{"none", "anti_rotation", "unloaded", "loaded", "loaded_with_flexion"}},
		{"neural_tension", string(a.NeuralTension), []string{"none", "moderate", "high"}},
		{"lever_length", string(a.Lever), []string{"short", "long"}},
		{"momentum", string(a.Momentum), []string{"controlled", "ballistic"}},
		{"mode", string(a.Mode), []string{"isometric", "dynamic"}},
	}
}

type attrField struct {
	name    string
	value   string
	allowed []string
}

// Validate reports the first attribute that is missing or not one of its
// allowed values, naming the field.
func (a Attributes) Validate() error {
	for _, f := range a.fields() {
		if f.value == "" {
			return fieldError{f.name, fmt.Sprintf("missing (one of %s)", strings.Join(f.allowed, ", "))}
		}
		ok := false
		for _, v := range f.allowed {
			if v == f.value {
				ok = true
				break
			}
		}
		if !ok {
			return fieldError{f.name, fmt.Sprintf("%q is not one of %s", f.value, strings.Join(f.allowed, ", "))}
		}
	}
	return nil
}

// fieldError carries the field name separately so OverrideError can report
// "entry, field, problem" without parsing strings.
type fieldError struct {
	field   string
	problem string
}

func (e fieldError) Error() string { return e.field + ": " + e.problem }
