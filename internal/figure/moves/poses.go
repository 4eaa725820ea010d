package moves

import (
	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/figure"
)

// pose is a body from its joint angles in figure.Joint order: trunk,
// lumbar, neck, shoulder, elbow, hip, knee, ankle.
func pose(trunk, lumbar, neck, shoulder, elbow, hip, knee, ankle float64) figure.Body {
	return figure.Body{figure.Trunk: trunk, figure.Lumbar: lumbar, figure.Neck: neck, figure.Shoulder: shoulder,
		figure.Elbow: elbow, figure.Hip: hip, figure.Knee: knee, figure.Ankle: ankle}
}

// flat sets the ankle so the foot lies flat, its toes toward the picture's
// right (the sole on the floor when the body faces right or lies on its
// back with its head to the left).
func flat(b figure.Body) figure.Body {
	b[figure.Ankle] = b[figure.Hip] - b[figure.Knee] - b[figure.Trunk]
	return b
}

// The lines a picture says about the lower back.
const (
	noteBends     = "lower back bends under load"
	noteTwists    = "lower back twists under load"
	noteBendTwist = "lower back bends and twists under load"
	noteArches    = "lower back arches under load"
	noteNeutral   = "back stays neutral"
	noteCurls     = "lower back curls a little, under control"
	noteMobility  = "lower back moves gently, without load"
)

// Notes are every line a picture can say about the lower back, for the
// catalogue's check that each has a translation.
func Notes() []string {
	return []string{noteBends, noteTwists, noteBendTwist, noteArches, noteNeutral, noteCurls, noteMobility}
}

// noteFor is the line for a load, for an exercise with no pose of its own.
func noteFor(k LoadKind, a exercise.Attributes) string {
	switch k {
	case LoadBends:
		return noteBends
	case LoadTwists:
		if a.Rotation == exercise.RotationWithFlexion {
			return noteBendTwist
		}
		return noteTwists
	case LoadArches:
		return noteArches
	}
	return noteNeutral
}

// The resting bodies of each starting position.
var (
	// On the back, knees bent and feet flat, arms by the sides on the mat,
	// the head resting back onto it.
	crook = flat(pose(-90, 0, -10, -20, 20, 45, 108, 0))
	// On the back, legs long, arms by the sides.
	supine = pose(-90, 0, -10, -20, 20, 0, 0, 30)
	// On the front, legs long, forehead over the hands.
	prone = pose(90, 0, 0, 0, 0, 0, 0, 75)
	// Hands under the shoulders, knees under the hips.
	allFours = pose(76, 0, 14, 76, 0, 76, 90, 75)
	// Kneeling upright, toes tucked under.
	tall = pose(0, 0, 0, 0, 10, 0, 90, 75)
	// Sitting on the mat, knees bent, feet flat, hands on the knees.
	seated = flat(pose(-15, 0, 0, 45, 20, 85, 100, 0))
	// Standing tall, soft knees, arms by the sides.
	stand = flat(pose(0, 0, 0, 0, 8, 2, 6, 0))
	// Hanging from a bar, arms straight overhead.
	hang = pose(0, 0, 0, 180, 0, 0, 0, 20)
	// A plank on the forearms: elbows under the shoulders, body long.
	forearmPlank = pose(75, 0, 0, 90, 90, 0, 0, 0)
	// A plank on straight arms.
	handPlank = pose(68, 0, 0, 68, 0, 0, 0, 5)
)

// rest is the body an exercise with no pose of its own is shown in.
func rest(p exercise.Position) figure.Body {
	switch p {
	case exercise.LyingOnFront:
		return prone
	case exercise.FourPointKneeling:
		return allFours
	case exercise.Kneeling:
		return tall
	case exercise.Sitting:
		return seated
	case exercise.Standing:
		return stand
	case exercise.Hanging:
		return hang
	case exercise.FrontSupport, exercise.SideSupport:
		return forearmPlank
	}
	return crook // lying on the back or side
}

func restSupport(p exercise.Position) figure.Support {
	if p == exercise.Hanging {
		return figure.SupportBar
	}
	return figure.SupportFloor
}

// move and hold build the table's motions.
func move(start, end figure.Body, load LoadKind, note string) Motion {
	return Motion{Start: start, End: end, View: figure.ViewSide, Load: load, Note: note}
}

func hold(start, end figure.Body, load LoadKind, note string) Motion {
	m := move(start, end, load, note)
	m.Hold = true
	return m
}

// both marks a motion whose other arm and leg stay in the start pose.
func (m Motion) both() Motion {
	return m.beside(m.Start)
}

// beside poses the other arm and leg by o.
func (m Motion) beside(o figure.Body) Motion {
	m.Other = &o
	return m
}

// besideMoving poses the other arm and leg by o at the start and oEnd at
// the far point of the rep, in the side view: an exercise whose legs differ
// (one long, one bent) and whose trunk turns, so the other leg's hip angle
// changes with it to keep the foot in its place.
func (m Motion) besideMoving(o, oEnd figure.Body) Motion {
	m = m.beside(o)
	m.OtherEnd = &oEnd
	return m
}

// sides poses the other arm and leg by o at the start and oEnd at the far
// point of the rep, in the front view.
func (m Motion) sides(o, oEnd figure.Body) Motion {
	m.View = figure.ViewFront
	m.Other = &o
	if o != oEnd {
		m.OtherEnd = &oEnd
	}
	return m
}

// using adds the equipment the exercise is done with.
func (m Motion) using(g ...figure.Gear) Motion {
	for _, k := range g {
		m.Gear = m.Gear.With(k)
	}
	return m
}

func (m Motion) on(s figure.Support, a figure.Anchor) Motion {
	m.Support, m.Anchor = s, a
	return m
}

// with is b with the named joints changed.
func with(b figure.Body, kv ...float64) figure.Body {
	for i := 0; i+1 < len(kv); i += 2 {
		b[figure.Joint(kv[i])] = kv[i+1]
	}
	return b
}

// Joint indices as numbers, for with.
const (
	jT  = float64(figure.Trunk)
	jL  = float64(figure.Lumbar)
	jN  = float64(figure.Neck)
	jS  = float64(figure.Shoulder)
	jE  = float64(figure.Elbow)
	jH  = float64(figure.Hip)
	jK  = float64(figure.Knee)
	jA  = float64(figure.Ankle)
	jAO = float64(figure.ArmOut)
	jLO = float64(figure.LegOut)
)
