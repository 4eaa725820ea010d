package breath

import (
	"fmt"
	"strings"
	"time"
)

// Method is a way of teaching the drill. Both keep the point the clinic and
// physiotherapists agree on: what is held is the belly, never the breath.
type Method int

const (
	// Clinic keeps the order of the clinic's article: breathe out; breathe in
	// while drawing the belly button in; breathe out and keep it in; let go.
	Clinic Method = iota
	// DrawingIn is the common physiotherapy form: breathe out, draw the lower
	// belly in gently, keep it in for about 10 s while breathing normally.
	DrawingIn
)

var methodNames = [...]string{"clinic", "drawing-in"}

// String returns the method's name as flags and stored drills spell it.
func (m Method) String() string {
	if m < 0 || int(m) >= len(methodNames) {
		return fmt.Sprintf("Method(%d)", int(m))
	}
	return methodNames[m]
}

// ParseMethod reads a method name as String spells it, in any case.
func ParseMethod(s string) (Method, error) {
	for i, n := range methodNames {
		if strings.EqualFold(strings.TrimSpace(s), n) {
			return Method(i), nil
		}
	}
	return 0, fmt.Errorf("unknown method %q: use clinic or drawing-in", s)
}

// Title names the method for a person.
func (m Method) Title() string {
	if m == DrawingIn {
		return "Drawing-in (physiotherapy)"
	}
	return "Clinic vacuum"
}

// Source says in one line where the method comes from. The clinic's article
// names no author, so it is named by what it is.
func (m Method) Source() string {
	if m == DrawingIn {
		return "Common physiotherapy teaching of the abdominal drawing-in manoeuvre; the corset-like action was seen on MRI by " +
			"Hides et al. (2006), \"An MRI investigation into the function of the transversus abdominis muscle during drawing-in of the abdominal wall\", Spine."
	}
	return "The order a London back clinic teaches as its first core drill, from its article on engaging the core when training with lower-back pain."
}

// PhaseTitle is the short label the screen shows above the caption.
func (m Method) PhaseTitle(p Phase) string {
	if m == DrawingIn && p == Inhale {
		return "Draw in gently"
	}
	return p.Title()
}

// voice returns the clip id spoken at the start of a phase.
func (m Method) voice(p Phase) string {
	if m == DrawingIn {
		switch p {
		case Exhale:
			return "gentle-out"
		case Inhale:
			return "draw-in"
		case Hold:
			return "hold-breathing"
		}
	}
	return phaseVoice[p]
}

var phaseVoice = map[Phase]string{Exhale: "exhale", Inhale: "inhale", Hold: "hold", Release: "release", End: "end"}

// DrawingInDrill returns the physiotherapy form with the given reps: a gentle
// breath out, 3 s to draw in, a 10 s hold with normal breathing, 4 s to let go.
func DrawingInDrill(reps int) Drill {
	return Drill{
		Name:    fmt.Sprintf("Drawing-in %d", reps),
		Method:  DrawingIn,
		LeadIn:  DefaultLeadIn,
		Exhale:  DefaultExhale,
		Inhale:  3 * time.Second,
		Hold:    DefaultHold,
		Release: DefaultRelease,
		Reps:    reps,
	}
}
