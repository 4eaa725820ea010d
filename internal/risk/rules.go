package risk

import (
	"fmt"
	"strings"

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
		reasons = append(reasons, Reason{Rule: rule, Text: text, Evidence: ev})
		lvl = max(lvl, l)
	}
	if a.LumbarFlexion == exercise.FlexionRepeated {
		add(High, RuleFlexion, "Bends the lower back all the way, rep after rep: repeated full bending under load is the pattern that produced disc herniations in laboratory spine segments.", "callaghan-mcgill-2001")
	}
	switch {
	case a.HipFlexorLoad == exercise.HipFlexorHigh && a.Lever == exercise.LeverLong:
		add(High, RuleHipFlexorLong, "The legs drive the movement on a long lever: the hip flexors (psoas) attach to the lumbar spine and pull hard on it in leg-driven ab work.", "juker-1998", "escamilla-2006-jospt")
	case a.HipFlexorLoad == exercise.HipFlexorHigh:
		add(Moderate, RuleHipFlexorShort, "The hip flexors do much of the work; they attach to the lumbar spine and pull on it, though the short lever keeps the pull smaller.", "juker-1998", "escamilla-2006-jospt")
	case a.HipFlexorLoad == exercise.HipFlexorModerate && a.Lever == exercise.LeverLong:
		add(Moderate, RuleLongLever, "A long lever with the hip flexors working: the lower back has to resist being pulled into an arch.", "juker-1998")
	}
	switch a.Compression {
	case exercise.CompressionHigh:
		add(High, RuleCompressionHigh, "Classed as high spine compression, at or near the action limit NIOSH sets for the lower back in lifting (3,400 N at L5/S1).", "niosh-1981")
	case exercise.CompressionModerate:
		add(Moderate, RuleCompressionMod, "Classed as moderate spine compression: below the NIOSH lifting action limit (3,400 N at L5/S1) but well above easy exercises.", "niosh-1981")
	}
	if a.LumbarExtension == exercise.ExtensionEndRange {
		add(High, RuleExtension, "Arches the lower back to the end of its range under load, which squeezes the facet joints at the back of the spine.", "mcgill-ubfp-2009")
	}
	switch a.Rotation {
	case exercise.RotationWithFlexion:
		add(High, RuleRotationFlexion, "Twists while the lower back is bent and loaded: adding a twist to repeated bending made discs fail sooner, and lifting while twisting is linked to more than three times the risk of a herniated disc.", "eur-spine-2010-torsion")
	case exercise.RotationLoaded:
		add(Moderate, RuleRotationLoaded, "Twists the trunk against a load; twisting under load is linked to disc injury.", "eur-spine-2010-torsion")
	}
	if a.Momentum == exercise.MomentumBallistic {
		if flexes(a) {
			add(High, RuleBallisticFlexion, "Swung or kipped through a bending lower back: momentum takes the spine's position out of your control, and as control fades the trunk bends and twists more.", "vandieen-1998")
		} else {
			add(Moderate, RuleBallistic, "Swung or kipped: momentum takes the spine's position out of your control, and as control fades the trunk bends and twists more.", "vandieen-1998")
		}
	}
	if lvl == Low {
		reasons = append(reasons, Reason{Rule: RuleLow,
			Text:     "Keeps the lower back close to neutral with a controlled movement; none of its attributes is known to load the lower back heavily.",
			Evidence: append([]string(nil), ex.Evidence...)})
	}
	for _, f := range ex.ShownFigures() {
		reasons = append(reasons, Reason{Rule: RuleFigure,
			Text:     fmt.Sprintf("Published figure: %s of about %s N.", f.Quantity, thousands(f.Newtons)),
			Evidence: []string{f.Evidence}})
	}
	return lvl, reasons
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
	fire := func(id, rule, cause, raised string, ev ...string) {
		to := raise(lvl)
		text := cause + raised
		if to == lvl {
			text = cause + atTop
		}
		mods = append(mods, Modifier{ID: id, Rule: rule, Text: text, Evidence: ev, From: lvl, To: to})
		lvl = to
	}
	if c.Pain >= PainRaises {
		var what, ev []string
		if bendsRepeatedly(a) {
			what, ev = append(what, "bends the lower back repeatedly"), append(ev, "callaghan-mcgill-2001")
		}
		if a.HipFlexorLoad == exercise.HipFlexorHigh {
			what, ev = append(what, "leans on the hip flexors"), append(ev, "juker-1998")
		}
		if rotatesUnderLoad(a) {
			what, ev = append(what, "twists under load"), append(ev, "eur-spine-2010-torsion")
		}
		if len(what) > 0 {
			fire(ModPain, RulePain, fmt.Sprintf("Back pain at %d/10: this exercise %s", c.Pain, strings.Join(what, " and ")), ", so it is raised one level.", ev...)
		}
	}
	if c.LegSymptoms {
		neural := a.NeuralTension != exercise.NeuralNone
		if neural || flexes(a) || (a.HipFlexorLoad == exercise.HipFlexorHigh && a.Lever == exercise.LeverLong) {
			fire(ModLegSymptoms, RuleLegSymptoms, "Symptoms below the knee: bending the lower back and straight-leg positions stretch the sciatic nerve roots (L5/S1)", ", so it is raised one level.", "pesonen-2021")
		}
	}
	if c.Morning && flexes(a) {
		fire(ModMorning, RuleMorning, "Within two hours of waking the discs are at their fullest, and avoiding bending the lower back then eased back pain", "; raised one level.", "snook-1998")
	}
	if flexes(a) || twists(a) {
		switch {
		case it.Reps >= VolumeReps:
			fire(ModVolume, RuleVolume, fmt.Sprintf("%d reps a set: form and core engagement fade with fatigue, and tired trunks bend and twist more", it.Reps), "; raised one level.", "vandieen-1998")
		case planFlexion > PlanFlexionReps && bendsRepeatedly(a):
			fire(ModVolume, RuleVolume, fmt.Sprintf("The plan has %d reps of lower-back bending in total (more than %d): form fades with fatigue", planFlexion, PlanFlexionReps), "; raised one level.", "vandieen-1998", "callaghan-mcgill-2001")
		}
	}
	if c.felt(ex.ID) {
		fire(ModFeltIt, RuleFeltIt, "You reported feeling this exercise in your back", "; raised one level until a clinician says otherwise.", "self-report")
	}
	if c.Pain >= PainSevere && lvl > Low {
		mods = append(mods, Modifier{ID: ModSeverePain, Rule: RuleSeverePain,
			Text:     fmt.Sprintf("Back pain at %d/10: at 7 or more only low-risk exercises are suggested, so this one counts as high.", c.Pain),
			Evidence: []string{"corecue-rules"}, From: lvl, To: High})
		lvl = High
	}
	return lvl, mods
}

func notes(ex exercise.Exercise, it Item, lib *exercise.Library) []Note {
	var out []Note
	if it.HoldSeconds > HoldLimit {
		out = append(out, Note{Rule: RuleLongHold,
			Text:     fmt.Sprintf("%d s holds: several holds of about %d s with short rests keep form better than one long hold.", it.HoldSeconds, HoldLimit),
			Evidence: []string{"vandieen-1998", "corecue-rules"}})
	}
	if ex.StartWith != "" {
		name := ex.StartWith
		if s, ok := lib.Get(ex.StartWith); ok {
			name = s.Name
		}
		out = append(out, Note{Rule: RuleStartWith,
			Text:     fmt.Sprintf("Low in spine load, but often hard to tolerate with back pain at first: start with the %s.", name),
			Evidence: []string{ex.StartWhy}})
	}
	if ex.CoreEngagement {
		out = append(out, Note{Rule: RuleCoreEngagement,
			Text:     "Core-engagement practice is a foundation, not a cure: it helps pain and disability a little, and bracing the whole abdominal wall adds more stability than drawing in alone, so learn both.",
			Evidence: []string{"bystrom-2013", "grenier-mcgill-2007", "wong-2014"}})
	}
	return out
}
