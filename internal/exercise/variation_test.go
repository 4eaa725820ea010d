package exercise

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// Names typed the way people type them into a plan: gym, Pilates, yoga and
// physiotherapy programmes, in mixed case, plural, hyphenated or not, with
// the variation in the name.
var typedNames = []struct {
	in   string
	id   string
	vars []string
}{
	// Gym
	{"Sit-ups", "sit-up", nil},
	{"situps", "sit-up", nil},
	{"SIT UPS", "sit-up", nil},
	{"weighted sit-ups", "sit-up", []string{"weighted"}},
	{"Weighted Situps", "sit-up", []string{"weighted"}},
	{"decline crunches", "crunch", []string{"decline"}},
	{"Decline Crunch", "crunch", []string{"decline"}},
	{"crunches on a decline", "crunch", []string{"decline"}},
	{"decline sit-ups", "decline-sit-up", nil},
	{"weighted decline sit ups", "decline-sit-up", []string{"weighted"}},
	{"hanging leg raises", "hanging-leg-raise", nil},
	{"Leg raises, hanging", "hanging-leg-raise", nil},
	{"weighted hanging leg raise", "hanging-leg-raise", []string{"weighted"}},
	{"hanging knee raises", "hanging-knee-raise", nil},
	{"hanging bent-knee leg raises", "hanging-knee-raise", nil},
	{"bench leg raises", "leg-raise", []string{"bench"}},
	{"kneeling ab wheel", "ab-wheel-rollout", []string{"kneeling"}},
	{"Ab Wheel Rollouts", "ab-wheel-rollout", nil},
	{"stability ball rollouts", "stability-ball-rollout", nil},
	{"cable crunches", "cable-crunch", nil},
	{"crunch with dumbbells", "crunch", []string{"weighted"}},
	{"Swiss ball crunches", "crunch", []string{"ball"}},
	{"dumbbell Russian twists", "russian-twist", []string{"weighted"}},
	{"Turkish get-ups", "turkish-get-up", nil},
	{"turkish getups", "turkish-get-up", nil},
	{"Hip thrusts", "hip-thrust", nil},
	{"barbell hip thrust", "hip-thrust", []string{"weighted"}},
	{"single-leg glute bridges", "glute-bridge", []string{"single-leg"}},
	{"bear crawls", "bear-crawl", nil},
	{"Plank Jacks", "plank-jacks", nil},
	{"plank", "front-plank", nil},
	{"weighted plank", "front-plank", []string{"weighted"}},
	{"single leg plank", "front-plank", []string{"single-leg"}},
	{"plank with leg lift", "front-plank", []string{"single-leg"}},
	{"back hyperextensions", "back-extension", nil},
	{"decline Russian twist", "russian-twist", []string{"decline"}},
	{"marching glute bridge", "glute-bridge", nil},
	{"kneeling plank", "front-plank-knees", nil},
	{"Pallof presses", "pallof-press", nil},
	{"half-kneeling Pallof press", "pallof-press", []string{"kneeling"}},
	{"kneeling woodchops", "woodchop", []string{"kneeling"}},
	{"body saws", "body-saw", nil},
	{"landmine rotations", "landmine-rotation", nil},
	{"farmers walk", "farmers-carry", nil},
	{"Farmer's Carries", "farmers-carry", nil},
	{"suitcase carry", "suitcase-carry", nil},
	{"toes to bar", "toes-to-bar", nil},
	{"V-ups", "v-up", nil},
	{"jackknife", "v-up", nil},
	{"hanging windshield wipers", "windshield-wiper", []string{"hanging"}},
	{"mountain climbers", "mountain-climber", nil},
	{"scissor kicks", "flutter-kicks", nil},
	{"Flutter Kicks", "flutter-kicks", nil},
	{"reverse crunches", "reverse-crunch", nil},
	{"heel touches", "heel-touch", nil},
	{"stir the pot", "stir-the-pot", nil},
	{"back extensions", "back-extension", nil},
	{"good mornings", "good-morning", nil},
	{"deadlifts", "deadlift", nil},
	{"RDLs", "romanian-deadlift", nil},
	{"KB swings", "kettlebell-swing", nil},
	{"dragon flags", "dragon-flag", nil},
	// Physiotherapy
	{"dead bugs", "dead-bug", nil},
	{"dead bug with straight legs", "dead-bug-straight-leg", nil},
	{"heel taps", "dead-bug", nil},
	{"Bird-Dogs", "bird-dog", nil},
	{"McGill curl-ups", "mcgill-curl-up", nil},
	{"side planks", "side-bridge-feet", nil},
	{"kneeling side plank", "side-bridge-knees", nil},
	{"Copenhagen plank", "copenhagen-plank", nil},
	{"copenhagen planks", "copenhagen-plank", nil},
	{"glute bridges", "glute-bridge", nil},
	{"pelvic tilts", "pelvic-tilt", nil},
	{"knees to chest", "knee-to-chest", nil},
	{"lower trunk rotations", "lower-trunk-rotation", nil},
	{"McKenzie press-ups", "cobra-pose", nil},
	{"supermans", "superman", nil},
	{"abdominal drawing-in", "stomach-vacuum", nil},
	// Pilates
	{"the hundred", "pilates-hundred", nil},
	{"bent-knee hundreds", "pilates-hundred", []string{"bent-knee"}},
	{"roll ups", "roll-up", nil},
	{"single leg stretch", "single-leg-stretch", nil},
	{"criss cross", "criss-cross", nil},
	{"Teasers", "teaser", nil},
	{"swimming", "pilates-swimming", nil},
	{"hollow holds", "hollow-body-hold", nil},
	{"tuck hollow hold", "hollow-body-hold", []string{"bent-knee"}},
	// Yoga
	{"cobra pose", "cobra-pose", nil},
	{"Boat Pose", "boat-pose", nil},
	{"navasana", "boat-pose", nil},
	{"half boat", "half-boat", nil},
	{"boat pose with bent knees", "half-boat", nil},
	{"cat-cow", "cat-cow", nil},
	{"cat cows", "cat-cow", nil},
	{"child's pose", "childs-pose", nil},
	{"Childs Pose", "childs-pose", nil},
	{"downward dog", "downward-dog", nil},
	{"sphinx", "sphinx-pose", nil},
	{"locust pose", "superman", nil},
	{"wheel pose", "wheel-pose", nil},
}

func TestTypedNamesResolveToBaseAndVariation(t *testing.T) {
	lib := builtin(t)
	if len(typedNames) < 30 {
		t.Fatalf("only %d names", len(typedNames))
	}
	for _, c := range typedNames {
		r := lib.Resolve(c.in)
		if !r.Exact() || r.ID != c.id || !slices.Equal(r.Variations, c.vars) {
			t.Errorf("Resolve(%q) = %s %v by %s, want %s %v", c.in, r.ID, r.Variations, r.How, c.id, c.vars)
			continue
		}
		e, _ := lib.Get(r.ID)
		if want := VariedName(e.Name, c.vars); r.Name != want {
			t.Errorf("Resolve(%q).Name = %q, want %q", c.in, r.Name, want)
		}
		// What a saved plan keeps reads back the same.
		back := lib.Resolve(r.Canonical())
		if back.ID != r.ID || !slices.Equal(back.Variations, r.Variations) {
			t.Errorf("%q saved as %q reads back as %s %v", c.in, r.Canonical(), back.ID, back.Variations)
		}
	}
}

// A variation on an exercise that is not known to take it is not guessed:
// the name is not assessed, and the base is suggested.
func TestUnknownVariationIsNotAssessed(t *testing.T) {
	lib := builtin(t)
	for in, suggest := range map[string]string{
		"hanging plank":       "front-plank",
		"kneeling leg raises": "leg-raise",
		"decline dead bug":    "dead-bug",
		// "single-leg" stays part of the Pilates name; the entry takes no weight.
		"weighted single-leg stretch": "single-leg-stretch",
	} {
		r := lib.Resolve(in)
		if r.Found() || r.How != MatchNone || len(r.Suggestions) == 0 || r.Suggestions[0] != suggest {
			t.Errorf("Resolve(%q) = %+v, want not found suggesting %s", in, r, suggest)
		}
	}
	for _, in := range []string{"weighted", "weighted burpees", "on a ball", "kneeling"} {
		if r := lib.Resolve(in); r.Found() {
			t.Errorf("Resolve(%q) = %+v, want not found", in, r)
		}
	}
}

func TestVariantEntriesPointAtTheirBase(t *testing.T) {
	lib := builtin(t)
	want := map[string]VariantOf{
		"hanging-leg-raise":      {"leg-raise", "hanging"},
		"decline-sit-up":         {"sit-up", "decline"},
		"front-plank-knees":      {"front-plank", "kneeling"},
		"bent-knee-leg-raise":    {"leg-raise", "bent-knee"},
		"stability-ball-rollout": {"ab-wheel-rollout", "ball"},
	}
	for id, vo := range want {
		e, _ := lib.Get(id)
		if e.VariantOf == nil || *e.VariantOf != vo {
			t.Errorf("%s: variant_of %+v, want %+v", id, e.VariantOf, vo)
		}
	}
}

// Every built-in entry carries what a posed figure needs: where the body
// starts and how long each part of a rep takes.
func TestEveryEntryHasPositionAndTempo(t *testing.T) {
	lib := builtin(t)
	for _, e := range lib.Exercises() {
		if !slices.Contains(Positions(), e.Position) {
			t.Errorf("%s: position %q", e.ID, e.Position)
		}
		if e.Tempo == nil {
			t.Errorf("%s: no tempo", e.ID)
			continue
		}
		tp := *e.Tempo
		switch {
		case e.Attributes.Mode == ModeIsometric && tp.Hold <= 0:
			t.Errorf("%s: a hold with tempo %+v", e.ID, tp)
		case e.Attributes.Mode == ModeDynamic && (tp.Up <= 0 || tp.Down <= 0):
			t.Errorf("%s: a movement with tempo %+v", e.ID, tp)
		case e.Attributes.Momentum == MomentumBallistic && (tp.Up > 1 || tp.Down > 1):
			t.Errorf("%s: swung, but tempo %+v is slow", e.ID, tp)
		case tp.Rep() > 20:
			t.Errorf("%s: a %g s rep", e.ID, tp.Rep())
		}
		for _, v := range e.Variations {
			if _, ok := VariationByID(v); !ok {
				t.Errorf("%s: variation %q", e.ID, v)
			}
		}
	}
	for id, pos := range map[string]Position{
		"dead-bug": LyingOnBack, "superman": LyingOnFront, "bird-dog": FourPointKneeling, "front-plank": FrontSupport,
		"side-bridge-feet": SideSupport, "hanging-leg-raise": Hanging, "boat-pose": Sitting, "deadlift": Standing,
		"childs-pose": Kneeling,
	} {
		if e, _ := lib.Get(id); e.Position != pos {
			t.Errorf("%s starts %q, want %q", id, e.Position, pos)
		}
	}
}

func TestBadShapeInOverrideIsRefused(t *testing.T) {
	base := builtin(t)
	const entry = `{"version": 1, "exercises": [{"id": "wall-press", "name": "Wall press brace",
	  "description": "Standing, you press both hands into a wall and brace.",
	  "attributes": {"lumbar_flexion": "none", "hip_flexor_load": "low", "compression_band": "low", "lumbar_extension": "neutral", "rotation": "none", "neural_tension": "none", "lever_length": "short", "momentum": "controlled", "mode": "isometric"},
	  "form_cues": ["Breathe"], "alternatives": [], "evidence": ["corecue-rules"], EXTRA}]}`
	for extra, field := range map[string]string{
		`"position": "upside-down"`:                                          "position",
		`"tempo": {"up": 1, "hold": 0, "down": 1}`:                           "tempo.hold",
		`"tempo": {"up": -1, "hold": 5, "down": 1}`:                          "tempo.up",
		`"variations": ["sideways"]`:                                         "variations[0]",
		`"variations": ["weighted", "weighted"]`:                             "variations[1]",
		`"variant_of": {"exercise": "nope", "variation": "ball"}`:            "variant_of.exercise",
		`"variant_of": {"exercise": "dead-bug", "variation": "x"}`:           "variant_of.variation",
		`"variant_of": {"exercise": "front-plank", "variation": "kneeling"}`: "variant_of",
	} {
		_, err := base.WithOverride("exercises.json", []byte(strings.Replace(entry, "EXTRA", extra, 1)))
		var le *LoadError
		if !errors.As(err, &le) || le.Field != field || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err %v, want a one-line error on %s", extra, err, field)
		}
	}
	good := strings.Replace(entry, "EXTRA", `"position": "standing", "tempo": {"up": 1, "hold": 10, "down": 1}`, 1)
	if _, err := base.WithOverride("exercises.json", []byte(good)); err != nil {
		t.Errorf("good shape refused: %v", err)
	}
}

// VariationsIn reads back what VariedName wrote, and nothing else.
func TestVariationsInReadsVariedNameBack(t *testing.T) {
	for _, ids := range [][]string{nil, {"weighted"}, {"weighted", "decline"}, {"single-leg"}} {
		got, ok := VariationsIn("Sit-up", VariedName("Sit-up", ids))
		if !ok || !slices.Equal(got, ids) {
			t.Errorf("%v: read back %v %v", ids, got, ok)
		}
	}
	for _, bad := range []string{"Crunch, weighted", "Sit-up, juggling", "Sit-up,weighted", "Sit-ups"} {
		if got, ok := VariationsIn("Sit-up", bad); ok {
			t.Errorf("%q read as %v", bad, got)
		}
	}
}
