package risk

import (
	"fmt"
	"slices"

	"github.com/corecue/corecue/internal/exercise"
)

// Variation rules, as numbered in docs/risk-rules.md. Each changes the
// exercise's attributes; the base rules then give the level of the exercise
// as it is done, so a variation never has a level of its own.
const (
	RuleWeighted    = "V1"
	RuleDecline     = "V2"
	RuleHanging     = "V3"
	RuleKneeling    = "V4"
	RuleBench       = "V5"
	RuleBall        = "V6"
	RuleSingleLeg   = "V7"
	RuleStraightLeg = "V8"
	RuleBentKnee    = "V9"
)

type variationRule struct {
	rule     string
	why      string
	evidence []string
	apply    func(exercise.Exercise) exercise.Attributes
}

// variationRules maps each variation id of the exercise package to its rule.
var variationRules = map[string]variationRule{
	"weighted": {RuleWeighted,
		"added load raises spine compression one band (low to moderate, moderate to high), and in the laboratory higher compression brought more and worse disc injury",
		[]string{"niosh-1981", "callaghan-mcgill-2001"},
		func(e exercise.Exercise) exercise.Attributes {
			a := e.Attributes
			a.Compression = upCompression(a.Compression)
			if a.Rotation == exercise.RotationUnloaded {
				a.Rotation = exercise.RotationLoaded
			}
			return a
		}},
	"decline": {RuleDecline,
		"a head-down slope with the feet hooked makes the hip flexors pull harder (anchored feet raise their work) and lengthens the lift at the bottom of each rep, so hip-flexor load and compression each go up one step",
		[]string{"burden-redmond-2013", "corecue-rules"},
		func(e exercise.Exercise) exercise.Attributes {
			a := e.Attributes
			a.HipFlexorLoad = upHipFlexor(a.HipFlexorLoad)
			a.Compression = upCompression(a.Compression)
			return a
		}},
	"hanging": {RuleHanging,
		"lifting the legs while hanging is driven by the hip flexors, and the hanging straight-leg raise was measured at about 3,000 N of spine compression, so hip-flexor load is high and compression at least moderate",
		[]string{"mcgill-2015", "juker-1998"},
		func(e exercise.Exercise) exercise.Attributes {
			a := e.Attributes
			a.HipFlexorLoad = exercise.HipFlexorHigh
			if a.Compression == exercise.CompressionLow {
				a.Compression = exercise.CompressionModerate
			}
			return a
		}},
	"kneeling": {RuleKneeling,
		"on the knees the body the trunk has to hold is shorter, so the lever is short (nothing changes when the exercise already starts kneeling or on all fours)",
		[]string{"juker-1998", "corecue-rules"},
		func(e exercise.Exercise) exercise.Attributes {
			a := e.Attributes
			if e.Position != exercise.Kneeling && e.Position != exercise.FourPointKneeling {
				a.Lever = exercise.LeverShort
			}
			return a
		}},
	"bench": {RuleBench,
		"on a bench the legs or trunk travel below the body, so an exercise that already works the hip flexors works them one step harder",
		[]string{"juker-1998", "corecue-rules"},
		func(e exercise.Exercise) exercise.Attributes {
			a := e.Attributes
			if a.HipFlexorLoad != exercise.HipFlexorLow {
				a.HipFlexorLoad = upHipFlexor(a.HipFlexorLoad)
			}
			return a
		}},
	"ball": {RuleBall,
		"no spine-load measurement of the ball version was found, so the exercise is assessed as it is usually done; a ball makes it harder to balance, not safer",
		[]string{"corecue-rules"},
		func(e exercise.Exercise) exercise.Attributes { return e.Attributes }},
	"single-leg": {RuleSingleLeg,
		"on one leg the pelvis is pulled to one side, so the trunk also resists twisting; resisting a twist does not raise the level",
		[]string{"eur-spine-2010-torsion", "corecue-rules"},
		func(e exercise.Exercise) exercise.Attributes {
			a := e.Attributes
			if a.Rotation == exercise.RotationNone {
				a.Rotation = exercise.RotationAnti
			}
			return a
		}},
	"straight-leg": {RuleStraightLeg,
		"straight legs make a long lever for the hip flexors, which attach to the lumbar spine, and stretch the sciatic nerve roots",
		[]string{"juker-1998", "pesonen-2021"},
		func(e exercise.Exercise) exercise.Attributes {
			a := e.Attributes
			a.Lever = exercise.LeverLong
			if a.NeuralTension == exercise.NeuralNone {
				a.NeuralTension = exercise.NeuralModerate
			}
			return a
		}},
	"bent-knee": {RuleBentKnee,
		"bent knees shorten the lever the hip flexors pull on and slacken the sciatic nerve",
		[]string{"juker-1998", "pesonen-2021"},
		func(e exercise.Exercise) exercise.Attributes {
			a := e.Attributes
			a.Lever = exercise.LeverShort
			a.NeuralTension = exercise.NeuralNone
			return a
		}},
}

func upCompression(c exercise.Compression) exercise.Compression {
	switch c {
	case exercise.CompressionLow:
		return exercise.CompressionModerate
	case exercise.CompressionModerate:
		return exercise.CompressionHigh
	}
	return c
}

func upHipFlexor(h exercise.HipFlexorLoad) exercise.HipFlexorLoad {
	switch h {
	case exercise.HipFlexorLow:
		return exercise.HipFlexorModerate
	case exercise.HipFlexorModerate:
		return exercise.HipFlexorHigh
	}
	return h
}

// checkVariations refuses a variation that is unknown or that the exercise
// does not list, naming both.
func checkVariations(ex exercise.Exercise, ids []string) error {
	for i, id := range ids {
		if _, ok := variationRules[id]; !ok {
			return fmt.Errorf("%s: %q is not a known variation", ex.ID, id)
		}
		if !slices.Contains(ex.Variations, id) {
			return fmt.Errorf("%s: the library has no %q version of it", ex.ID, id)
		}
		if slices.Index(ids, id) != i {
			return fmt.Errorf("%s: variation %q is given twice", ex.ID, id)
		}
	}
	return nil
}

// ordered sorts variation ids into the order the rules apply them.
func ordered(ids []string) []string {
	out := slices.Clone(ids)
	order := exercise.Variations()
	pos := func(id string) int {
		return slices.IndexFunc(order, func(v exercise.Variation) bool { return v.ID == id })
	}
	slices.SortFunc(out, func(a, b string) int { return pos(a) - pos(b) })
	return out
}

// vary applies the variations to ex in the rules' order and gives a reason
// for each: From is the level before it, To the level after it.
func vary(ex exercise.Exercise, ids []string) (exercise.Exercise, []Reason) {
	var out []Reason
	for _, id := range ordered(ids) {
		r := variationRules[id]
		from, _ := base(ex)
		before := ex.Attributes
		ex.Attributes = r.apply(ex)
		to, _ := base(ex)
		why, ev := say(r.why), slices.Clone(r.evidence)
		if before.Rotation == exercise.RotationUnloaded && ex.Attributes.Rotation == exercise.RotationLoaded {
			why = say(txtAlsoLoads, why)
			ev = append(ev, "eur-spine-2010-torsion")
		}
		effect := say(txtStill, text(to.String()))
		switch {
		case to > from:
			effect = say(txtRaised, text(from.String()), text(to.String()))
		case to < from:
			effect = say(txtLowered, text(from.String()), text(to.String()))
		}
		v, _ := exercise.VariationByID(id)
		rs := reason(r.rule, say(txtVariation, text(Capitalised(v.Label)), why, effect), ev)
		rs.From, rs.To = from, to
		out = append(out, rs)
	}
	return ex, out
}
