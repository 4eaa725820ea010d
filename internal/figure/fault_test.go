package figure

import (
	"strings"
	"testing"

	"github.com/corecue/corecue/internal/breath"
)

func wrongShapes(sc Scene) (n int, texts string) {
	for _, sh := range sc.Shapes {
		if sh.Fill == RoleWrong || sh.Stroke == RoleWrong {
			n++
			texts += sh.Text + " "
		}
	}
	return n, texts
}

// Each fault is drawn on the same body, marked and named in the warning
// colour, and changes what it says it changes; the right picture has no
// warning mark at all.
func TestEachFaultIsDrawnWrongOnTheSameBody(t *testing.T) {
	for _, pos := range breath.Positions {
		right, _ := FaultPoses(breath.FaultNone)
		ok := Render(Options{Position: pos, View: ViewSide, W: 900, H: 600, Pose: right})
		if n, _ := wrongShapes(ok); n != 0 {
			t.Fatalf("%s: the right picture has %d warning marks", pos, n)
		}
		for _, f := range breath.Faults {
			r, w := FaultPoses(f)
			if r != right {
				t.Fatalf("%s: the right picture of %v is not the drill done right", pos, f)
			}
			bad := Render(Options{Position: pos, View: ViewSide, W: 900, H: 600, Pose: w, Fault: f})
			n, texts := wrongShapes(bad)
			if n < 3 {
				t.Errorf("%s %v: %d warning marks (%q)", pos, f, n, texts)
			}
			m, m0 := bad.Measure, ok.Measure
			switch f {
			case breath.FaultBreathHold:
				if !strings.Contains(texts, "held") || m.GaugeLevel < 0.9 {
					t.Errorf("%s: a held breath reads %q at %.2f", pos, texts, m.GaugeLevel)
				}
			case breath.FaultBackFlatten:
				if m.Lordosis > m0.Lordosis-15 {
					t.Errorf("%s: the flattened back keeps %.0f° of %.0f° of curve", pos, m.Lordosis, m0.Lordosis)
				}
			case breath.FaultBellyOut:
				if m.NavelBack > -0.3*retract {
					t.Errorf("%s: the belly pushed out sits %.1f cm back of relaxed", pos, m.NavelBack)
				}
			case breath.FaultRibFlare:
				if !strings.Contains(texts, "ribs") {
					t.Errorf("%s: rib flare named %q", pos, texts)
				}
			}
			if f != breath.FaultBackFlatten && m.Lordosis != m0.Lordosis {
				t.Errorf("%s %v: the lumbar curve changed", pos, f)
			}
		}
	}
}

// The self-check's hands: posed by shoulder and elbow angles within their
// limits, the hand at the waist between the back and the belly, in every
// position but on hands and knees; the picture changes only there.
func TestSelfCheckPutsTheHandsOnTheWaist(t *testing.T) {
	b := Posture(breath.Sitting)
	b[Shoulder], b[Elbow] = waistShoulder, waistElbow
	if err := b.Check(); err != nil {
		t.Fatal(err)
	}
	for _, pos := range breath.Positions {
		l := handsOnWaist(posed(Posture(pos)))
		if l.hand.Y < 15 || l.hand.Y > 25 || l.hand.X < backU(l.hand.Y) || l.hand.X > frontRelaxed(l.hand.Y) {
			t.Errorf("%s: the hand is at %+v, not on the waist", pos, l.hand)
		}
		p := held(1, 0.4)
		plain := render(pos, ViewAll, 1400, 800, p)
		p.SelfCheck = true
		check := render(pos, ViewAll, 1400, 800, p)
		differ := false
		for i := range plain.Shapes {
			a, c := plain.Shapes[i], check.Shapes[i]
			if a.Alpha != c.Alpha || len(a.Pts) > 0 && a.Pts[0] != c.Pts[0] {
				differ = true
			}
		}
		if differ != HandsAtWaist(pos) {
			t.Errorf("%s: self-check changes the picture: %v", pos, differ)
		}
	}
}
