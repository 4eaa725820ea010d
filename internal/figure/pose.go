// Package figure draws CoreCue's body figure as pure geometry: a human body
// in side view posed by joint angles, with the deep trunk muscles that the
// drawing-in drill works (transversus abdominis, the diaphragm, the pelvic
// floor) moving with a breath.Pose, plus a front view and a cross-section of
// the waist. The result is a list of shapes in pixels with colours named by
// role; the screens map it onto Fyne objects and the command line, handout
// and poster rasterise it, so every picture comes from the same function.
package figure

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/corecue/corecue/internal/breath"
)

// Joint names one angle of the posed body. Angles are in degrees.
type Joint int

// The joints. Limb angles are measured from the segment pointing straight
// down the trunk (arm hanging, leg in line with the trunk), positive toward
// the front of the body.
const (
	// Trunk is the whole trunk's turn in the picture, clockwise: 0 upright and
	// facing right, -90 lying on the back with the head to the left, 90 on
	// hands and knees with the head to the right. In the front view (the
	// body facing out of the picture) the same turn lays the body on its
	// side: 90 on its left side with the head to the right, -90 on its right
	// side with the head to the left.
	Trunk Joint = iota
	// Lumbar is bending of the lower back away from its natural curve:
	// positive bends forward (flattening), negative arches. The figure draws
	// the neutral curve; the angle is kept so exercises can be checked
	// against the limit before their pictures bend it.
	Lumbar
	Neck     // head nodding forward (+) or back (-)
	Shoulder // arm raised forward (+) or back (-)
	Elbow    // bent, 0 straight
	Hip      // thigh raised forward (+) or back (-)
	Knee     // bent, 0 straight
	Ankle    // toes pointed (+) or pulled up (-)
	// ArmOut and LegOut swing the arm and the leg out to the side, in the
	// plane of the front view: 0 by the side, 90 straight out from the
	// trunk, negative across the body. The front view shows them; the side
	// view sees an arm or leg swung out shortened.
	ArmOut
	LegOut
	jointCount
)

var jointNames = [...]string{"trunk", "lumbar", "neck", "shoulder", "elbow", "hip", "knee", "ankle", "arm_out", "leg_out"}

func (j Joint) String() string {
	if j < 0 || j >= jointCount {
		return fmt.Sprintf("Joint(%d)", int(j))
	}
	return jointNames[j]
}

// Limit is the range a joint can take, in degrees.
type Limit struct{ Min, Max float64 }

// Limits are the usual active ranges of an adult (rounded from common
// clinical norms); a pose outside them is refused rather than drawn.
var Limits = [jointCount]Limit{
	Trunk:    {-180, 180},
	Lumbar:   {-30, 60},
	Neck:     {-40, 50},
	Shoulder: {-50, 180},
	Elbow:    {0, 150},
	Hip:      {-20, 130},
	Knee:     {0, 150},
	Ankle:    {-25, 75},
	ArmOut:   {-30, 180},
	LegOut:   {-30, 50},
}

// Body is a posed body: one angle per joint.
type Body [jointCount]float64

// Check reports the first joint outside its limit.
func (b Body) Check() error {
	for j := Joint(0); j < jointCount; j++ {
		if l := Limits[j]; b[j] < l.Min || b[j] > l.Max {
			return fmt.Errorf("%s angle %g° is outside %g° to %g°", j, b[j], l.Min, l.Max)
		}
	}
	return nil
}

// Posture is the body for a drill position.
func Posture(p breath.Position) Body {
	switch p {
	case breath.Kneeling:
		// Thighs and arms about upright, the back level, feet flat behind.
		return Body{Trunk: 76, Hip: 76, Knee: 90, Ankle: 75, Shoulder: 76, Elbow: 0, Neck: 14}
	case breath.Sitting:
		// Sitting tall on a chair, feet flat, hands resting on the thighs.
		return Body{Trunk: 0, Hip: 90, Knee: 88, Ankle: -2, Shoulder: 18, Elbow: 38}
	case breath.Standing:
		// Standing tall with soft knees, arms by the sides.
		return Body{Trunk: 0, Hip: 2, Knee: 6, Ankle: -4, Shoulder: 0, Elbow: 8}
	}
	// Crook lying: on the back, knees bent, feet flat, arms by the sides.
	return Body{Trunk: -90, Hip: 45, Knee: 108, Ankle: 27, Shoulder: -22, Elbow: 22}
}

// MarshalJSON writes the body as an object of joint names and angles, so a
// reader of `corecue exercises --json` needs no joint order.
func (b Body) MarshalJSON() ([]byte, error) {
	var sb strings.Builder
	sb.WriteByte('{')
	for j := Joint(0); j < jointCount; j++ {
		if j > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(strconv.Quote(j.String()) + ":" + strconv.FormatFloat(b[j], 'f', -1, 64))
	}
	sb.WriteByte('}')
	return []byte(sb.String()), nil
}
