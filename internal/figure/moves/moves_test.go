package moves

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/figure"
)

func library(t *testing.T) *exercise.Library {
	t.Helper()
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

func TestEveryLibraryEntryHasAMotion(t *testing.T) {
	lib := library(t)
	for _, e := range lib.Exercises() {
		if _, ok := For(e.ID); !ok {
			t.Errorf("%s (%s) has no motion", e.ID, e.Name)
		}
	}
	for id := range motions {
		if _, ok := lib.Get(id); !ok {
			t.Errorf("motion for %q, which is not in the library", id)
		}
	}
	if _, ok := For("no-such-exercise"); ok {
		t.Error("an unknown id has a motion")
	}
}

// A variation resolves to its base entry, whose motion it is.
func TestVariationsUseTheBaseMotion(t *testing.T) {
	lib := library(t)
	r := lib.Resolve("decline crunches")
	if !r.Found() || r.ID != "crunch" {
		t.Fatalf("decline crunches resolved to %+v", r)
	}
	if _, ok := For(r.ID); !ok {
		t.Error("no motion for the resolved crunch")
	}
}

func TestPosesKeepWithinJointLimits(t *testing.T) {
	lib := library(t)
	for _, e := range lib.Exercises() {
		m := ForExercise(e)
		for name, b := range map[string]figure.Body{"start": m.Start, "end": m.End} {
			if err := b.Check(); err != nil {
				t.Errorf("%s %s: %v", e.ID, name, err)
			}
		}
		for name, o := range map[string]*figure.Body{"other side": m.Other, "other side's end": m.OtherEnd} {
			if o == nil {
				continue
			}
			if err := o.Check(); err != nil {
				t.Errorf("%s %s: %v", e.ID, name, err)
			}
		}
		tp := TempoOf(e)
		for at := 0.0; at < tp.Rep(); at += 0.1 {
			if err := m.At(at, tp).Check(); err != nil {
				t.Errorf("%s at %.1f s: %v", e.ID, at, err)
				break
			}
		}
	}
	bad := crook
	bad[figure.Lumbar] = 70
	if bad.Check() == nil {
		t.Error("a lower back bent 70° passed the check")
	}
}

// startsIn says whether a body is in the library's starting position.
func startsIn(p exercise.Position, b figure.Body, sup figure.Support) bool {
	in := func(j figure.Joint, lo, hi float64) bool { return b[j] >= lo && b[j] <= hi }
	thigh := 90 - b[figure.Hip] + b[figure.Trunk] // the thigh's angle on the picture, 90 straight down
	switch p {
	case exercise.LyingOnBack, exercise.SideLying:
		return in(figure.Trunk, -100, -80) && in(figure.Lumbar, -10, 10)
	case exercise.LyingOnFront:
		return in(figure.Trunk, 80, 100) && in(figure.Hip, -10, 10) && in(figure.Lumbar, -10, 10)
	case exercise.FourPointKneeling:
		return in(figure.Trunk, 60, 100) && in(figure.Hip, 60, 100) && in(figure.Knee, 70, 110) && in(figure.Shoulder, 60, 100)
	case exercise.Kneeling:
		return in(figure.Knee, 70, 150) && in(figure.Trunk, -10, 70) && thigh >= 45 && thigh <= 135
	case exercise.Sitting:
		return in(figure.Hip, 50, 130) && in(figure.Trunk, -75, 10)
	case exercise.Standing:
		return in(figure.Trunk, -10, 10) && in(figure.Hip, -5, 20) && in(figure.Knee, 0, 25)
	case exercise.Hanging:
		return sup == figure.SupportBar && in(figure.Shoulder, 160, 180) && in(figure.Trunk, -15, 15)
	case exercise.FrontSupport:
		return in(figure.Trunk, 60, 100) && in(figure.Hip, -10, 20) && in(figure.Shoulder, 60, 120)
	case exercise.SideSupport:
		// On the side, seen from the front: the body's line near level.
		return (in(figure.Trunk, 60, 100) || in(figure.Trunk, -100, -60)) && in(figure.Hip, -10, 20)
	}
	return false
}

func TestStartsInTheEntrysPosition(t *testing.T) {
	lib := library(t)
	for _, e := range lib.Exercises() {
		m := ForExercise(e)
		if !startsIn(e.Position, m.Start, m.Support) {
			t.Errorf("%s starts in %v, which is not %s", e.ID, m.Start, e.Position)
		}
		if (m.Support == figure.SupportBar) != (e.Position == exercise.Hanging) {
			t.Errorf("%s: support %s for position %s", e.ID, m.Support, e.Position)
		}
		if m.Hold != (e.Attributes.Mode == exercise.ModeIsometric) {
			t.Errorf("%s: hold %v for a %s exercise", e.ID, m.Hold, e.Attributes.Mode)
		}
	}
	// The check itself tells positions apart.
	if startsIn(exercise.Standing, crook, figure.SupportFloor) || startsIn(exercise.LyingOnBack, stand, figure.SupportFloor) {
		t.Error("lying and standing are not told apart")
	}
}

// Sampled at 60 Hz through two reps, no joint moves more than a few degrees
// between frames: the fastest rep (half a second each way) stays under 6°.
func TestMotionNeverJumps(t *testing.T) {
	lib := library(t)
	const frame, most = 1.0 / 60, 6.0
	for _, e := range lib.Exercises() {
		m, tp := ForExercise(e), TempoOf(e)
		prev := m.At(0, tp)
		if prev != m.Start {
			t.Errorf("%s: the first frame is not the start", e.ID)
		}
		for at := frame; at < 2*tp.Rep()+frame; at += frame {
			cur := m.At(at, tp)
			for j := range cur {
				if d := math.Abs(cur[j] - prev[j]); d > most {
					t.Fatalf("%s at %.3f s: %s moved %.1f° in one frame", e.ID, at, figure.Joint(j), d)
				}
			}
			prev = cur
		}
	}
}

func TestAtFollowsTheTempo(t *testing.T) {
	m, _ := For("crunch")
	tp := exercise.Tempo{Up: 1.5, Hold: 1, Down: 1.5}
	for _, c := range []struct {
		at   float64
		want figure.Body
	}{{0, m.Start}, {1.5, m.End}, {2, m.End}, {2.5, m.End}, {4, m.Start}, {5.5, m.End}, {-0.5, m.At(3.5, tp)}} {
		got := m.At(c.at, tp)
		for j := range got {
			if math.Abs(got[j]-c.want[j]) > 1e-9 {
				t.Errorf("at %g s: %v, want %v", c.at, got, c.want)
				break
			}
		}
	}
	if mid := m.At(0.75, tp); mid[figure.Lumbar] <= m.Start[figure.Lumbar] || mid[figure.Lumbar] >= m.End[figure.Lumbar] {
		t.Errorf("half way up the lumbar angle is %g", mid[figure.Lumbar])
	}
	if got := m.At(math.NaN(), tp); got != m.End {
		t.Errorf("NaN time gave %v", got)
	}
	if got := m.At(3, exercise.Tempo{}); got != m.End {
		t.Errorf("no tempo gave %v", got)
	}
}

// What the lower back does agrees with the library's recorded facts: the
// crunches and sit-ups bend it under load, the twists twist it, the
// back-bends arch it, and the rest keep it neutral; and the pose shows it.
func TestLoadAgreesWithTheLibrary(t *testing.T) {
	lib := library(t)
	for _, e := range lib.Exercises() {
		m := ForExercise(e)
		if want := LoadFor(e.Attributes); m.Load != want {
			t.Errorf("%s: load %s, but its attributes (%s flexion, %s extension, %s rotation) say %s",
				e.ID, m.Load, e.Attributes.LumbarFlexion, e.Attributes.LumbarExtension, e.Attributes.Rotation, want)
		}
		lo := math.Min(m.Start[figure.Lumbar], m.End[figure.Lumbar])
		hi := math.Max(m.Start[figure.Lumbar], m.End[figure.Lumbar])
		switch {
		case m.Load == LoadBends && hi < 15:
			t.Errorf("%s bends under load but its back bends only %g°", e.ID, hi)
		case m.Load == LoadArches && lo > -15:
			t.Errorf("%s arches under load but its back arches only %g°", e.ID, -lo)
		case m.Note == noteNeutral && (lo < -10 || hi > 10):
			t.Errorf("%s says the back stays neutral but it moves %g° to %g°", e.ID, lo, hi)
		case m.Load == LoadNeutral && m.Note != noteNeutral && m.Note != noteCurls && m.Note != noteMobility:
			t.Errorf("%s: neutral load with the note %q", e.ID, m.Note)
		case m.Load != LoadNeutral && m.Note != noteFor(m.Load, e.Attributes):
			t.Errorf("%s: note %q for load %s", e.ID, m.Note, m.Load)
		}
		if e.Attributes.LumbarFlexion == exercise.FlexionNone && e.Attributes.LumbarExtension != exercise.ExtensionEndRange && (lo < -10 || hi > 10) {
			t.Errorf("%s: the library records no bending, the pose bends %g° to %g°", e.ID, lo, hi)
		}
	}
	for id, want := range map[string]LoadKind{"sit-up": LoadBends, "crunch": LoadBends, "russian-twist": LoadTwists,
		"cobra-pose": LoadArches, "front-plank": LoadNeutral, "dead-bug": LoadNeutral, "hanging-leg-raise": LoadNeutral} {
		if m, _ := For(id); m.Load != want {
			t.Errorf("%s: load %s, want %s", id, m.Load, want)
		}
	}
}

// The risk is on the body: an exercise that bends, twists or arches the
// lower back under load marks L1–S1 and says so; a neutral one says that.
func TestPictureMarksTheLowerBack(t *testing.T) {
	texts := func(sc figure.Scene) (words string, marked, ring bool) {
		for _, sh := range sc.Shapes {
			if sh.Kind == figure.KindText {
				words += sh.Text + " | "
			}
			if sh.Stroke == figure.RoleWrong || sh.Fill == figure.RoleWrong {
				marked = true
				if sh.Kind == figure.KindPath && len(sh.Pts) > 20 && sh.Width < 20 {
					ring = true
				}
			}
		}
		return words, marked, ring
	}
	for _, c := range []struct {
		id, note     string
		marked, ring bool
	}{
		{"crunch", "lower back bends under load", true, false},
		{"sit-up", "lower back bends under load", true, false},
		{"russian-twist", "lower back bends and twists under load", true, true},
		{"woodchop", "lower back twists under load", true, true},
		{"superman", "lower back arches under load", true, false},
		{"front-plank", "back stays neutral", false, false},
		{"bird-dog", "back stays neutral", false, false},
	} {
		sc, ok := Scene(c.id, 0.5, 1000, 700)
		if !ok {
			t.Fatalf("%s: no scene", c.id)
		}
		words, marked, _ := texts(sc)
		if !strings.Contains(words, c.note) || !strings.Contains(words, "L5–S1") || !strings.Contains(words, "lumbar spine") {
			t.Errorf("%s: the picture says %q, want %q with the lumbar spine and L5–S1 named", c.id, words, c.note)
		}
		if marked != c.marked {
			t.Errorf("%s: marked in the warning colour %v, want %v", c.id, marked, c.marked)
		}
		if m, _ := For(c.id); m.Back().Twist != c.ring {
			t.Errorf("%s: twist mark %v, want %v", c.id, m.Back().Twist, c.ring)
		}
	}
	// A thumbnail (no note) keeps the marks and drops the words.
	m, _ := For("crunch")
	o := m.Options(m.End, 160, 110)
	o.Back.Note = ""
	words, marked, _ := texts(figure.Render(o))
	if words != "" || !marked {
		t.Errorf("thumbnail: words %q, marked %v", words, marked)
	}
}

// Rendered at 60 Hz through a rep, the picture keeps its shapes, and every
// point moves smoothly: never more than 4 px further in a frame than it
// moved in the frame before (a fast leg swings far; a jump is sudden).
func TestPictureNeverJumps(t *testing.T) {
	lib := library(t)
	for _, id := range []string{"sit-up", "body-saw", "stability-ball-knee-tuck", "bird-dog", "toes-to-bar", "glute-bridge", "russian-twist"} {
		e := mustGet(t, lib, id)
		m, tp := ForExercise(e), TempoOf(e)
		var prev []figure.Shape
		var step map[[2]int]float64
		for at := 0.0; at < 2*tp.Rep(); at += 1.0 / 60 {
			cur := figure.Render(m.Options(m.At(at, tp), 1280, 800)).Shapes
			if prev != nil {
				if len(cur) != len(prev) {
					t.Fatalf("%s at %.2f s: %d shapes, was %d", id, at, len(cur), len(prev))
				}
				now := map[[2]int]float64{}
				for i := range cur {
					if len(cur[i].Pts) != len(prev[i].Pts) {
						t.Fatalf("%s at %.2f s: shape %d has %d points, had %d", id, at, i, len(cur[i].Pts), len(prev[i].Pts))
					}
					for j := range cur[i].Pts {
						d := math.Hypot(cur[i].Pts[j].X-prev[i].Pts[j].X, cur[i].Pts[j].Y-prev[i].Pts[j].Y)
						if was, ok := step[[2]int{i, j}]; ok && d > was+4 {
							t.Fatalf("%s at %.2f s: shape %d point %d moved %.1f px after %.1f px", id, at, i, j, d, was)
						}
						now[[2]int{i, j}] = d
					}
				}
				step = now
			}
			prev = cur
		}
	}
}

func TestClinicExerciseGetsItsPositionHeld(t *testing.T) {
	e := exercise.Exercise{ID: "clinic-sit", Position: exercise.Sitting,
		Attributes: exercise.Attributes{LumbarFlexion: exercise.FlexionRepeated, Rotation: exercise.RotationNone, LumbarExtension: exercise.ExtensionNone}}
	m := ForExercise(e)
	if !m.Hold || m.Start != seated || m.Load != LoadBends || m.Note != noteBends {
		t.Errorf("clinic exercise: %+v", m)
	}
	e.VariantOf = &exercise.VariantOf{Exercise: "crunch", Variation: "weighted"}
	if c, _ := For("crunch"); ForExercise(e).End != c.End {
		t.Error("a clinic variant of the crunch does not move as the crunch")
	}
}

func TestAlternativeIsPosed(t *testing.T) {
	lib := library(t)
	e, _ := lib.Get("sit-up")
	id, m, ok := Alternative(e)
	if !ok || !slices.Contains(e.Alternatives, id) || m.Load != LoadFor(mustGet(t, lib, id).Attributes) {
		t.Errorf("sit-up's alternative: %q %v", id, ok)
	}
}

func mustGet(t *testing.T, lib *exercise.Library, id string) exercise.Exercise {
	t.Helper()
	e, ok := lib.Get(id)
	if !ok {
		t.Fatalf("no %s", id)
	}
	return e
}

// A side plank reads as one: every side-lying entry is seen from the front,
// the body's line near level, held up on the arm of its other side, which
// stands straight down from the shoulder (its swing out from the trunk
// matches the trunk's tilt) at the start and at the far point of the rep.
func TestSidePlanksAreSeenOnTheirSide(t *testing.T) {
	lib := library(t)
	n := 0
	for _, e := range lib.Exercises() {
		if e.Position != exercise.SideSupport {
			continue
		}
		n++
		m := ForExercise(e)
		if m.View != figure.ViewFront || m.Other == nil {
			t.Errorf("%s: view %s, other side %v: not seen from the front on its side", e.ID, m.View, m.Other)
			continue
		}
		under := map[string][2]figure.Body{"start": {m.Start, *m.Other}, "end": {m.End, *m.Other}}
		if m.OtherEnd != nil {
			under["end"] = [2]figure.Body{m.End, *m.OtherEnd}
		}
		for at, bo := range under {
			tilt := math.Abs(bo[0][figure.Trunk])
			if tilt < 60 || tilt > 100 {
				t.Errorf("%s %s: trunk at %g°, not on its side", e.ID, at, bo[0][figure.Trunk])
			}
			if d := math.Abs(bo[1][figure.ArmOut] - tilt); d > 5 {
				t.Errorf("%s %s: the supporting arm is %.0f° off straight down", e.ID, at, d)
			}
		}
	}
	if n < 5 {
		t.Errorf("%d side-lying entries; the library has the side bridges, the hip dip, the star and the Copenhagen plank", n)
	}
}

// Every entry whose name, other names or description names a piece of
// equipment draws it: what the library says the exercise is done with is
// in the picture, in the gear's colour.
func TestEquipmentNamedIsDrawn(t *testing.T) {
	words := map[string][]figure.Gear{
		"kettlebell":    {figure.GearKettlebell},
		"dumbbell":      {figure.GearDumbbell},
		"cable":         {figure.GearCableHigh, figure.GearCableBehind, figure.GearCableSide},
		"ab wheel":      {figure.GearAbWheel},
		"medicine ball": {figure.GearMedicineBall},
		"barbell":       {figure.GearBarbell, figure.GearBarOnBack, figure.GearLandmine},
		"landmine":      {figure.GearLandmine},
		"bench":         {figure.GearBench, figure.GearDeclineBench},
		"exercise ball": {figure.GearBallUnderArms},
	}
	// Drawn as what the body rests on rather than as gear.
	supports := map[string]figure.Support{"bench": figure.SupportBench, "exercise ball": figure.SupportBall}
	lib := library(t)
	n := 0
	for _, e := range lib.Exercises() {
		text := strings.ToLower(e.Name + " " + strings.Join(e.Aliases, " ") + " " + e.Description)
		m := ForExercise(e)
		for w, kinds := range words {
			if !strings.Contains(text, w) {
				continue
			}
			n++
			has := slices.ContainsFunc(kinds, m.Gear.Has) || (supports[w] == m.Support && supports[w] != figure.SupportFloor)
			if !has {
				t.Errorf("%s names %q but its motion has gear %v", e.ID, w, m.Gear.List())
				continue
			}
			if m.Gear == 0 {
				continue // drawn as its support
			}
			sc := figure.Render(m.Options(m.Start, 640, 400))
			if !slices.ContainsFunc(sc.Shapes, func(s figure.Shape) bool { return s.Fill == figure.RoleGear || s.Stroke == figure.RoleGear }) {
				t.Errorf("%s: its %q is not drawn", e.ID, w)
			}
		}
	}
	if n < 15 {
		t.Errorf("only %d entries name equipment", n)
	}
}

// What the hands hold moves with them: the kettlebell of a swing is low
// between the legs at the hike and high in front at the top.
func TestHeldGearMovesWithTheHands(t *testing.T) {
	m, _ := For("kettlebell-swing")
	bell := func(b figure.Body) figure.Pt {
		sc := figure.Render(m.Options(b, 640, 400))
		var c figure.Pt
		r := 0.0
		for _, s := range sc.Shapes {
			if s.Kind == figure.KindCircle && s.Fill == figure.RoleGear && s.R > r {
				c, r = s.Pts[0], s.R
			}
		}
		if r == 0 {
			t.Fatal("no kettlebell drawn")
		}
		return c
	}
	top, hike := bell(m.Start), bell(m.End)
	if hike.Y-top.Y < 60 {
		t.Errorf("the bell is at %v at the top and %v at the hike: it did not swing", top, hike)
	}
}

// The McGill curl-up, offered as the safer swap for crunches and sit-ups,
// is drawn as one: one leg long on the mat and the other knee bent with its
// foot flat, both hands flat under the lower back's hollow, and a small lift
// of the head and shoulders with the neck in line and the lower back's curve
// kept (a picture with both knees bent and the hands by the sides looked
// like the crunch it replaces).
func TestMcGillCurlUpIsPosedAsOne(t *testing.T) {
	m, ok := For("mcgill-curl-up")
	if !ok {
		t.Fatal("no motion for the McGill curl-up")
	}
	if m.View != figure.ViewSide || m.Other == nil || m.OtherEnd == nil {
		t.Fatalf("view %s, other side %v to %v: the two legs differ, so both are drawn from the side through the lift", m.View, m.Other, m.OtherEnd)
	}
	for at, bo := range map[string][2]figure.Body{"start": {m.Start, *m.Other}, "end": {m.End, *m.OtherEnd}} {
		long, bent := bo[0], bo[1]
		trunk := long[figure.Trunk]
		if d := trunk - long[figure.Hip]; long[figure.Knee] > 5 || math.Abs(d+90) > 3 {
			t.Errorf("%s: the long leg is at %g° with its knee bent %g°, not straight on the mat", at, d, long[figure.Knee])
		}
		if bent[figure.Knee] < 60 || math.Abs(bent[figure.Ankle]-(bent[figure.Hip]-bent[figure.Knee]-trunk)) > 1 {
			t.Errorf("%s: the other knee is bent %g° (ankle %g°), not bent with its foot flat", at, bent[figure.Knee], bent[figure.Ankle])
		}
		for side, b := range map[string]figure.Body{"near": long, "far": bent} {
			// Under the lumbar vertebrae's heights and behind the spine:
			// flat under the hollow of the lower back.
			if h := b.HandAt(); h.Y < 10 || h.Y > 30 || h.X > -8 || h.X < -16 {
				t.Errorf("%s: the %s hand is at %.1f forward, %.1f up the trunk, not under the lower back", at, side, h.X, h.Y)
			}
		}
		if long[figure.Lumbar] > 0 {
			t.Errorf("%s: the lower back bends %g°, flattening its curve", at, long[figure.Lumbar])
		}
		if math.Abs(long[figure.Neck]) > 5 {
			t.Errorf("%s: the neck is bent %g°, not in line with the trunk", at, long[figure.Neck])
		}
	}
	if lift := m.End[figure.Trunk] - m.Start[figure.Trunk]; lift < 3 || lift > 15 {
		t.Errorf("the head and shoulders lift %g°, not a little", lift)
	}
	if m.End[figure.Neck] != m.Start[figure.Neck] {
		t.Errorf("the neck goes from %g° to %g°: the head lifts with the shoulders as one piece", m.Start[figure.Neck], m.End[figure.Neck])
	}
}
