package risk

import (
	"fmt"
	"slices"
	"strings"
)

// RedFlag is one screening question asked before any planning.
type RedFlag struct {
	ID       string   `json:"id"`
	Question string   `json:"question"`
	Evidence []string `json:"evidence"`
}

// Red-flag ids.
const (
	FlagSaddleNumbness = "saddle-numbness"
	FlagBladderBowel   = "bladder-bowel"
	FlagLegWeakness    = "leg-weakness"
	FlagFever          = "fever"
	FlagCancer         = "cancer-history"
	FlagTrauma         = "trauma"
	FlagWeightLoss     = "weight-loss"
	FlagNightPain      = "night-pain"
)

var redFlags = []RedFlag{
	{FlagSaddleNumbness, "Do you have numbness or tingling around your bottom, genitals or inner thighs (the area a saddle would touch)?", []string{"nice-cks-sciatica"}},
	{FlagBladderBowel, "Have you noticed any new change in controlling or feeling your bladder or bowels?", []string{"nice-cks-sciatica"}},
	{FlagLegWeakness, "Is either leg getting weaker, for example tripping, a foot slapping down or trouble standing on your toes?", []string{"nice-cks-sciatica"}},
	{FlagFever, "Do you have a fever or feel generally unwell along with your back pain?", []string{"nice-ng59"}},
	{FlagCancer, "Have you ever had cancer, and is this back pain new?", []string{"nice-ng59"}},
	{FlagTrauma, "Did the pain start after a significant fall, accident or blow?", []string{"nice-ng59"}},
	{FlagWeightLoss, "Have you lost weight recently without trying?", []string{"nice-ng59"}},
	{FlagNightPain, "Is the pain constant, including at night, and not eased by rest or changing position?", []string{"nice-ng59"}},
}

// RedFlags returns the screening questions in the order to ask them.
func RedFlags() []RedFlag {
	out := make([]RedFlag, len(redFlags))
	for i, f := range redFlags {
		f.Evidence = slices.Clone(f.Evidence)
		out[i] = f
	}
	return out
}

// SeekCare is the message shown when any red flag is answered yes. The UI
// adds the clinic's contact when one is configured.
const SeekCare = "Please do not start an exercise plan now. What you told us can be a sign of a problem that needs a clinician's check: contact your doctor or clinic today, and for sudden numbness around the bottom or new bladder or bowel trouble, seek urgent care now (in the UK call 111 or go to A&E)."

// SeekCareAtHome is SeekCare for someone using CoreCue on their own: it
// covers every kind of exercise the app offers (drills, plans, workouts),
// not only a plan, and points to their own doctor or clinic.
const SeekCareAtHome = "Please do not exercise with CoreCue for now: no drills, plans or workouts. What you told us can be a sign of a problem that needs a clinician's check before any exercise. Contact your doctor or clinic today and tell them what you answered yes to. For sudden numbness around the bottom or new bladder or bowel trouble, seek urgent care now (in the UK call 111 or go to A&E)."

// GateResult is the outcome of the red-flag questions.
type GateResult struct {
	Blocked bool      `json:"blocked"`
	Flags   []RedFlag `json:"flags"`   // the questions answered yes, in asking order
	Message string    `json:"message"` // SeekCare when blocked, empty otherwise
}

// Gate checks the answers (red-flag id -> yes). Unanswered questions count
// as no; an id that is not a red flag is an error rather than being ignored.
func Gate(answers map[string]bool) (GateResult, error) {
	var unknown []string
	for id := range answers {
		if !slices.ContainsFunc(redFlags, func(f RedFlag) bool { return f.ID == id }) {
			unknown = append(unknown, fmt.Sprintf("%q", id))
		}
	}
	if len(unknown) > 0 {
		slices.Sort(unknown)
		return GateResult{}, fmt.Errorf("unknown red-flag id %s", strings.Join(unknown, ", "))
	}
	r := GateResult{Flags: []RedFlag{}}
	for _, f := range RedFlags() {
		if answers[f.ID] {
			r.Flags = append(r.Flags, f)
		}
	}
	if len(r.Flags) > 0 {
		r.Blocked, r.Message = true, SeekCare
	}
	return r, nil
}
