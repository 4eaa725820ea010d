package risk

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/corecue/corecue/internal/exercise"
)

// baseCase checks one base rule on a synthetic exercise: the rule fires with
// the given level, and the neutral exercise without the edit does not fire it.
func baseCase(rule string, want Level, edit func(*exercise.Attributes)) func(t *testing.T) {
	return func(t *testing.T) {
		lvl, rs := base(synth(edit))
		if lvl != want || !hasRule(rs, rule) {
			t.Errorf("level %s, reasons %+v; want %s with %s", lvl, rs, want, rule)
		}
		if _, rs0 := base(synth(nil)); hasRule(rs0, rule) && rule != RuleLow {
			t.Errorf("%s fires on a neutral exercise", rule)
		}
	}
}

// ruleTests holds one test per rule in docs/risk-rules.md; the doc test below
// fails if the document and this table disagree.
var ruleTests = map[string]func(t *testing.T){
	RuleFlexion: baseCase(RuleFlexion, High, func(a *exercise.Attributes) { a.LumbarFlexion = exercise.FlexionRepeated }),
	RuleHipFlexorLong: baseCase(RuleHipFlexorLong, High, func(a *exercise.Attributes) {
		a.HipFlexorLoad, a.Lever = exercise.HipFlexorHigh, exercise.LeverLong
	}),
	RuleHipFlexorShort: baseCase(RuleHipFlexorShort, Moderate, func(a *exercise.Attributes) { a.HipFlexorLoad = exercise.HipFlexorHigh }),
	RuleLongLever: baseCase(RuleLongLever, Moderate, func(a *exercise.Attributes) {
		a.HipFlexorLoad, a.Lever = exercise.HipFlexorModerate, exercise.LeverLong
	}),
	RuleCompressionHigh: baseCase(RuleCompressionHigh, High, func(a *exercise.Attributes) { a.Compression = exercise.CompressionHigh }),
	RuleCompressionMod:  baseCase(RuleCompressionMod, Moderate, func(a *exercise.Attributes) { a.Compression = exercise.CompressionModerate }),
	RuleExtension:       baseCase(RuleExtension, High, func(a *exercise.Attributes) { a.LumbarExtension = exercise.ExtensionEndRange }),
	RuleRotationFlexion: baseCase(RuleRotationFlexion, High, func(a *exercise.Attributes) { a.Rotation = exercise.RotationWithFlexion }),
	RuleRotationLoaded:  baseCase(RuleRotationLoaded, Moderate, func(a *exercise.Attributes) { a.Rotation = exercise.RotationLoaded }),
	RuleBallistic:       baseCase(RuleBallistic, Moderate, func(a *exercise.Attributes) { a.Momentum = exercise.MomentumBallistic }),
	RuleBallisticFlexion: baseCase(RuleBallisticFlexion, High, func(a *exercise.Attributes) {
		a.Momentum, a.LumbarFlexion = exercise.MomentumBallistic, exercise.FlexionSmall
	}),
	RuleLow:             testRuleLow,
	RuleUnknown:         testRuleUnknown,
	RuleFigure:          testRuleFigure,
	RulePain:            testPain,
	RuleLegSymptoms:     testLegSymptoms,
	RuleMorning:         testMorning,
	RuleVolume:          testVolume,
	RuleFeltIt:          testFeltIt,
	RuleSeverePain:      testSeverePain,
	RuleLongHold:        testLongHold,
	RuleStartWith:       testStartWith,
	RuleCoreEngagement:  testCoreEngagementNote,
	RulePlanNoCore:      testPlanNoCore,
	RulePlanFlexionReps: testPlanFlexionReps,
	RulePlanLongHolds:   testPlanLongHolds,
	RulePlanUnknown:     testPlanUnknown,
	RuleRedFlags:        testGate,
	RuleWeighted:        testWeighted,
	RuleDecline:         testDecline,
	RuleHanging:         testHanging,
	RuleKneeling:        testKneeling,
	RuleBench:           testBench,
	RuleBall:            testBall,
	RuleSingleLeg:       testSingleLeg,
	RuleStraightLeg:     testStraightLeg,
	RuleBentKnee:        testBentKnee,
}

func TestEveryDocumentedRuleHasATest(t *testing.T) {
	doc, err := os.ReadFile("../../docs/risk-rules.md")
	if err != nil {
		t.Fatal(err)
	}
	// Rule ids are the first cell of a table row: "| B1 |".
	ids := regexp.MustCompile(`(?m)^\| ([BMNPGV][0-9]+) \|`).FindAllStringSubmatch(string(doc), -1)
	var documented []string
	for _, m := range ids {
		documented = append(documented, m[1])
	}
	if len(documented) < 20 {
		t.Fatalf("found only %d rule ids in docs/risk-rules.md", len(documented))
	}
	for _, id := range documented {
		test, ok := ruleTests[id]
		if !ok {
			t.Errorf("rule %s is documented but has no test", id)
			continue
		}
		t.Run(id, test)
	}
	for id := range ruleTests {
		if !slices.Contains(documented, id) {
			t.Errorf("rule %s is tested but not documented", id)
		}
	}
	// Thresholds in the doc match the code.
	for _, s := range []string{"**4 or more**", "**7 or more**", "**15 or more reps**", "**more than 50**", "**10 s**"} {
		if !strings.Contains(string(doc), s) {
			t.Errorf("docs/risk-rules.md lacks the threshold %s", s)
		}
	}
	if PainRaises != 4 || PainSevere != 7 || VolumeReps != 15 || PlanFlexionReps != 50 || HoldLimit != 10 {
		t.Error("a threshold changed: update docs/risk-rules.md and this test")
	}
}
