package risk

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/corecue/corecue/internal/exercise"
)

// Words is how the engine wrote a reason, modifier or note: an English fmt
// format, one of Texts, and the values it fills in. A value that is Words
// is words too (a phrase, a level's name, an exercise's name from the
// library); Words with no values is a text as it is, never a format. The
// engine imports no catalogue: the screens show a translation of Words
// (internal/i18n's Phrase), and Text is its English.
type Words struct {
	Format string
	Args   []any
}

// Parts gives the format and its values (i18n.Phrase).
func (w Words) Parts() (string, []any) { return w.Format, w.Args }

// String is the text in English.
func (w Words) String() string {
	if len(w.Args) == 0 {
		return w.Format
	}
	return fmt.Sprintf(w.Format, w.Args...)
}

func say(format string, args ...any) Words { return Words{Format: format, Args: args} }

// text is a text the engine does not write: a library name or quantity,
// kept as it is.
func text(s string) Words { return Words{Format: s} }

// joined is items joined by sep, a format of two values ("%s and %s"), so
// a translation joins them its own way.
func joined(sep string, items []Words) Words {
	if len(items) == 1 {
		return items[0]
	}
	return say(sep, items[0], joined(sep, items[1:]))
}

// The texts of the base rules.
const (
	txtFlexion          = "Bends the lower back all the way, rep after rep: repeated full bending under load is the pattern that produced disc herniations in laboratory spine segments."
	txtHipFlexorLong    = "The legs drive the movement on a long lever: the hip flexors (psoas) attach to the lumbar spine and pull hard on it in leg-driven ab work."
	txtHipFlexorShort   = "The hip flexors do much of the work; they attach to the lumbar spine and pull on it, though the short lever keeps the pull smaller."
	txtLongLever        = "A long lever with the hip flexors working: the lower back has to resist being pulled into an arch."
	txtCompressionHigh  = "Classed as high spine compression, at or near the action limit NIOSH sets for the lower back in lifting (3,400 N at L5/S1)."
	txtCompressionMod   = "Classed as moderate spine compression: below the NIOSH lifting action limit (3,400 N at L5/S1) but well above easy exercises."
	txtExtension        = "Arches the lower back to the end of its range under load, which squeezes the facet joints at the back of the spine."
	txtRotationFlexion  = "Twists while the lower back is bent and loaded: adding a twist to repeated bending made discs fail sooner, and lifting while twisting is linked to more than three times the risk of a herniated disc."
	txtRotationLoaded   = "Twists the trunk against a load; twisting under load is linked to disc injury."
	txtBallisticFlexion = "Swung or kipped through a bending lower back: momentum takes the spine's position out of your control, and as control fades the trunk bends and twists more."
	txtBallistic        = "Swung or kipped: momentum takes the spine's position out of your control, and as control fades the trunk bends and twists more."
	txtLow              = "Keeps the lower back close to neutral with a controlled movement; none of its attributes is known to load the lower back heavily."
	txtFigure           = "Published figure: %s of about %s N."
	txtUnknown          = "Not in the exercise library, so it has not been assessed. That does not make it safe: ask your clinician."
)

// The modifiers' causes, each followed by its raised ending or by atTop.
const (
	txtPain         = "Back pain at %d/10: this exercise %s"
	txtPainBends    = "bends the lower back repeatedly"
	txtPainHip      = "leans on the hip flexors"
	txtPainTwists   = "twists under load"
	txtAnd          = "%s and %s"
	txtLegSymptoms  = "Symptoms below the knee: straight-leg positions stretch the sciatic nerve roots (L5/S1)"
	txtLegCaution   = "Symptoms below the knee: as a precaution, an exercise that bends the lower back or pulls on it through the hip flexors is treated with more care"
	txtMorning      = "Within two hours of waking the discs are at their fullest, and avoiding bending the lower back then eased back pain"
	txtVolumeReps   = "%d reps a set: form and core engagement fade with fatigue, and tired trunks bend and twist more"
	txtVolumePlan   = "The plan has %d reps of lower-back bending in total (more than %d): form fades with fatigue"
	txtFeltIt       = "You reported feeling this exercise in your back"
	txtSeverePain   = "Back pain at %d/10: at 7 or more only low-risk exercises are suggested, so this one counts as high."
	raisedSo        = ", so it is raised one level."
	raisedPlain     = "; raised one level."
	raisedClinician = "; raised one level until a clinician says otherwise."
)

// causes pairs each modifier's cause with the ending it has when it raises
// the level; at the top level every cause ends with atTop instead.
var causes = map[string]string{
	txtPain:        raisedSo,
	txtLegSymptoms: raisedSo,
	txtLegCaution:  raisedSo,
	txtMorning:     raisedPlain,
	txtVolumeReps:  raisedPlain,
	txtVolumePlan:  raisedPlain,
	txtFeltIt:      raisedClinician,
}

// The notes.
const (
	txtLongHold       = "%d s holds: several holds of about %d s with short rests keep form better than one long hold."
	txtStartWith      = "Low in spine load, but often hard to tolerate with back pain at first: start with the %s."
	txtCoreEngagement = "Core-engagement practice is a foundation, not a cure: it helps pain and disability a little, and bracing the whole abdominal wall adds more stability than drawing in alone, so learn both."
	txtPlanNoCore     = "No core-engagement practice in this plan: add the stomach vacuum or a bracing drill, and keep the core engaged through every rep."
	txtPlanFlexion    = "%d reps of lower-back bending in total (more than %d): cut the reps or swap some for holds such as the curl-up."
	txtPlanLongHolds  = "Long holds (%s): several holds of about %d s with short rests keep form better."
	txtPlanHold       = "%s %d s"
	txtList           = "%s, %s"
	txtPlanUnknown    = "Not assessed (not in the library): %s."
)

// The variations' reasons.
const (
	txtVariation = "%s: %s; %s."
	txtAlsoLoads = "%s; it also turns the twist into a twist under load, which is linked to disc injury"
	txtRaised    = "raised from %s to %s"
	txtLowered   = "lowered from %s to %s"
	txtStill     = "still %s"
)

// Texts lists every English text the engine writes into Words, formats and
// phrases alike, for the catalogue's checks. The values it fills in from
// the library (exercise names, figures' quantities) are the library's own
// words, and the level names are Level's.
func Texts() []string {
	out := []string{
		txtFlexion, txtHipFlexorLong, txtHipFlexorShort, txtLongLever, txtCompressionHigh, txtCompressionMod,
		txtExtension, txtRotationFlexion, txtRotationLoaded, txtBallisticFlexion, txtBallistic, txtLow,
		txtFigure, txtUnknown,
		txtPainBends, txtPainHip, txtPainTwists, txtAnd, txtSeverePain,
		txtLongHold, txtStartWith, txtCoreEngagement,
		txtPlanNoCore, txtPlanFlexion, txtPlanLongHolds, txtPlanHold, txtList, txtPlanUnknown,
		txtVariation, txtAlsoLoads, txtRaised, txtLowered, txtStill,
	}
	for _, cause := range slices.Sorted(maps.Keys(causes)) {
		out = append(out, cause+causes[cause], cause+atTop)
	}
	for _, id := range slices.Sorted(maps.Keys(variationRules)) {
		out = append(out, variationRules[id].why)
	}
	for _, v := range exercise.Variations() {
		out = append(out, Capitalised(v.Label))
	}
	return out
}

// Capitalised is a variation's label as a reason starts with it ("Weighted").
func Capitalised(s string) string { return strings.ToUpper(s[:1]) + s[1:] }
