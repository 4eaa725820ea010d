package planner

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/risk"
)

// Replays issue 12: back pain 5, bicycle crunch (high at pain 0) in the Why?
// panel said "Raised for you today … so it is raised one level" though it
// stayed high.
func TestWhyOfHighExerciseAtPainFiveSaysNoRaise(t *testing.T) {
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	a, err := risk.New(lib).Exercise("bicycle-crunch", risk.Context{Pain: 5})
	if err != nil {
		t.Fatal(err)
	}
	rt := widget.NewRichText(whySegments(lib, a, "")...)
	text := rt.String()
	if strings.Contains(text, "Raised for you today") || strings.Contains(text, "raised one level") {
		t.Errorf("Why? panel of a high exercise at pain 5 claims a raise:\n%s", text)
	}
	if !strings.Contains(text, "already at the highest") {
		t.Errorf("Why? panel does not say the level is already the highest:\n%s", text)
	}
}
