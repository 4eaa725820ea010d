package risk

import (
	"fmt"

	"github.com/corecue/corecue/internal/exercise"
)

// Rule ids, as numbered in docs/risk-rules.md.
const (
	// Base rules: one attribute each; the base level is the highest that fires.
	RuleFlexion          = "B1"  // repeated end-range lumbar flexion: high
	RuleHipFlexorLong    = "B2"  // high hip-flexor load, long lever: high
	RuleHipFlexorShort   = "B3"  // high hip-flexor load, short lever: moderate
	RuleLongLever        = "B4"  // moderate hip-flexor load, long lever: moderate
	RuleCompressionHigh  = "B5"  // high compression band: high
	RuleCompressionMod   = "B6"  // moderate compression band: moderate
	RuleExtension        = "B7"  // end-range lumbar extension: high
	RuleRotationFlexion  = "B8"  // loaded rotation with flexion: high
	RuleRotationLoaded   = "B9"  // loaded rotation, neutral spine: moderate
	RuleBallistic        = "B10" // ballistic, no flexion: moderate
	RuleBallisticFlexion = "B11" // ballistic with any flexion: high
	RuleLow              = "B12" // nothing above fires: low
	RuleUnknown          = "B13" // not in the library: not assessed
	RuleFigure           = "B14" // a confirmed published load figure is shown with its source

	// Context modifiers, applied in this order; each raises one level, capped at high.
	RulePain        = "M1" // pain 4 or more
	RuleLegSymptoms = "M2"
	RuleMorning     = "M3"
	RuleVolume      = "M4" // 15+ reps a set, or a plan over the flexion-rep limit
	RuleFeltIt      = "M5"
	RuleSeverePain  = "M6" // pain 7 or more: anything above low becomes high (applied last)

	// Item notes (do not change the level).
	RuleLongHold       = "N1"
	RuleStartWith      = "N2"
	RuleCoreEngagement = "N3"

	// Plan notes.
	RulePlanNoCore      = "P1"
	RulePlanFlexionReps = "P2"
	RulePlanLongHolds   = "P3"
	RulePlanUnknown     = "P4"

	// The red-flag gate.
	RuleRedFlags = "G1"
)

// Modifier ids.
const (
	ModPain        = "pain"
	ModLegSymptoms = "leg-symptoms"
	ModMorning     = "morning"
	ModVolume      = "volume"
	ModFeltIt      = "felt-it"
	ModSeverePain  = "severe-pain"
)

// Thresholds.
const (
	PainRaises      = 4  // M1 from this pain score
	PainSevere      = 7  // M6 from this pain score
	VolumeReps      = 15 // M4: reps in one set
	PlanFlexionReps = 50 // M4 and P2: total flexion reps in a plan above this
	HoldLimit       = 10 // N1 and P3: seconds per hold above this
)

func flexes(a exercise.Attributes) bool { return a.LumbarFlexion != exercise.FlexionNone }

// bendsRepeatedly is the flexion pattern the disc studies implicate: repeated
// bending to end range. A small, controlled curl (the McGill curl-up) is what
// those same sources offer instead, so pain and plan volume do not raise it.
func bendsRepeatedly(a exercise.Attributes) bool { return a.LumbarFlexion == exercise.FlexionRepeated }

func rotatesUnderLoad(a exercise.Attributes) bool {
	return a.Rotation == exercise.RotationLoaded || a.Rotation == exercise.RotationWithFlexion
}

func twists(a exercise.Attributes) bool {
	return a.Rotation == exercise.RotationUnloaded || rotatesUnderLoad(a)
}

// base applies B1-B12 and returns the highest level with every reason that
// reached it or contributed above low.
func base(ex exercise.Exercise) (Level, []Reason) {
	a := ex.Attributes
	var reasons []Reason
	lvl := Low
	add := func(l Level, rule, text string, ev ...string) {
		reasons = append(reasons, reason(rule, say(text), ev))
		lvl = max(lvl, l)
	}
	if a.LumbarFlexion == exercise.FlexionRepeated {
		add(High, RuleFlexion, txtFlexion, "callaghan-mcgill-2001")
	}
	switch {
	case a.HipFlexorLoad == exercise.HipFlexorHigh && a.Lever == exercise.LeverLong:
		add(High, RuleHipFlexorLong, txtHipFlexorLong, "juker-1998", "escamilla-2006-jospt")
	case a.HipFlexorLoad == exercise.HipFlexorHigh:
		add(Moderate, RuleHipFlexorShort, txtHipFlexorShort, "juker-1998", "escamilla-2006-jospt")
	case a.HipFlexorLoad == exercise.HipFlexorModerate && a.Lever == exercise.LeverLong:
		add(Moderate, RuleLongLever, txtLongLever, "juker-1998")
	}
	switch a.Compression {
	case exercise.CompressionHigh:
		add(High, RuleCompressionHigh, txtCompressionHigh, "niosh-1981")
	case exercise.CompressionModerate:
		add(Moderate, RuleCompressionMod, txtCompressionMod, "niosh-1981")
	}
	if a.LumbarExtension == exercise.ExtensionEndRange {
		add(High, RuleExtension, txtExtension, "mcgill-ubfp-2009")
	}
	switch a.Rotation {
	case exercise.RotationWithFlexion:
		add(High, RuleRotationFlexion, txtRotationFlexion, "eur-spine-2010-torsion")
	case exercise.RotationLoaded:
		add(Moderate, RuleRotationLoaded, txtRotationLoaded, "eur-spine-2010-torsion")
	}
	if a.Momentum == exercise.MomentumBallistic {
		if flexes(a) {
			add(High, RuleBallisticFlexion, txtBallisticFlexion, "vandieen-1998")
		} else {
			add(Moderate, RuleBallistic, txtBallistic, "vandieen-1998")
		}
	}
	if lvl == Low {
		reasons = append(reasons, reason(RuleLow, say(txtLow), append([]string(nil), ex.Evidence...)))
	}
	for _, f := range ex.ShownFigures() {
		reasons = append(reasons, reason(RuleFigure, say(txtFigure, text(f.Quantity), thousands(f.Newtons)), []string{f.Evidence}))
	}
	return lvl, reasons
}

func reason(rule string, w Words, ev []string) Reason {
	return Reason{Rule: rule, Text: w.String(), Words: w, Evidence: ev}
}

func note(rule string, w Words, ev ...string) Note {
	return Note{Rule: rule, Text: w.String(), Words: w, Evidence: ev}
}

func thousands(n int) string {
	s := fmt.Sprint(n)
	if len(s) <= 3 {
		return s
	}
	return s[:len(s)-3] + "," + s[len(s)-3:]
}

// atTop ends a modifier's words when the exercise is already high: the rule
// applies, but there is no higher level to raise it to.
const atTop = "; that would raise it one level, but it is already at the highest."

// modify applies M1-M6 in order. planFlexion is the plan's total flexion
// reps (0 for a lone item).
func modify(ex exercise.Exercise, it Item, c Context, planFlexion int, lvl Level) (Level, []Modifier) {
	a := ex.Attributes
	var mods []Modifier
	// fire words the raise as it happened: high is the top level, so on an
	// exercise already high the cause is followed by atTop, not by the
	// "raised one level" wording that would be untrue.
	fire := func(id, rule, cause string, args []any, ev ...string) {
		to := raise(lvl)
		w := say(cause+causes[cause], args...)
		if to == lvl {
			w = say(cause+atTop, args...)
		}
		mods = append(mods, Modifier{ID: id, Rule: rule, Text: w.String(), Words: w, Evidence: ev, From: lvl, To: to})
		lvl = to
	}
	if c.Pain >= PainRaises {
		var what []Words
		var ev []string
		if bendsRepeatedly(a) {
			what, ev = append(what, say(txtPainBends)), append(ev, "callaghan-mcgill-2001")
		}
		if a.HipFlexorLoad == exercise.HipFlexorHigh {
			what, ev = append(what, say(txtPainHip)), append(ev, "juker-1998")
		}
		if rotatesUnderLoad(a) {
			what, ev = append(what, say(txtPainTwists)), append(ev, "eur-spine-2010-torsion")
		}
		if len(what) > 0 {
			fire(ModPain, RulePain, txtPain, []any{c.Pain, joined(txtAnd, what)}, ev...)
		}
	}
	if c.LegSymptoms {
		// Pesonen et al. 2021 speak of straight-leg positions only; for
		// bending and the hip flexors' pull the step is CoreCue's own
		// caution and says so, rather than lend the study a claim.
		switch {
		case a.NeuralTension != exercise.NeuralNone:
			fire(ModLegSymptoms, RuleLegSymptoms, txtLegSymptoms, nil, "pesonen-2021")
		case flexes(a) || (a.HipFlexorLoad == exercise.HipFlexorHigh && a.Lever == exercise.LeverLong):
			fire(ModLegSymptoms, RuleLegSymptoms, txtLegCaution, nil, "corecue-rules")
		}
	}
	if c.Morning && flexes(a) {
		fire(ModMorning, RuleMorning, txtMorning, nil, "snook-1998")
	}
	if flexes(a) || twists(a) {
		switch {
		case it.Reps >= VolumeReps:
			fire(ModVolume, RuleVolume, txtVolumeReps, []any{it.Reps}, "vandieen-1998")
		case planFlexion > PlanFlexionReps && bendsRepeatedly(a):
			fire(ModVolume, RuleVolume, txtVolumePlan, []any{planFlexion, PlanFlexionReps}, "vandieen-1998", "callaghan-mcgill-2001")
		}
	}
	if c.felt(ex.ID) {
		fire(ModFeltIt, RuleFeltIt, txtFeltIt, nil, "self-report")
	}
	if c.Pain >= PainSevere && lvl > Low {
		w := say(txtSeverePain, c.Pain)
		mods = append(mods, Modifier{ID: ModSeverePain, Rule: RuleSeverePain, Text: w.String(), Words: w,
			Evidence: []string{"corecue-rules"}, From: lvl, To: High})
		lvl = High
	}
	return lvl, mods
}

func notes(ex exercise.Exercise, it Item, lib *exercise.Library) []Note {
	var out []Note
	if it.HoldSeconds > HoldLimit {
		out = append(out, note(RuleLongHold, say(txtLongHold, it.HoldSeconds, HoldLimit), "vandieen-1998", "corecue-rules"))
	}
	if ex.StartWith != "" {
		name := ex.StartWith
		if s, ok := lib.Get(ex.StartWith); ok {
			name = s.Name
		}
		out = append(out, note(RuleStartWith, say(txtStartWith, text(name)), ex.StartWhy))
	}
	if ex.CoreEngagement {
		out = append(out, note(RuleCoreEngagement, say(txtCoreEngagement), "bystrom-2013", "grenier-mcgill-2007", "wong-2014"))
	}
	return out
}
