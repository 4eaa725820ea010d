package risk

import (
	"testing"

	"github.com/corecue/corecue/internal/exercise"
)

func TestSmoke(t *testing.T) {
	lib, err := exercise.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	e := New(lib)
	a, err := e.Exercise("sit-up", Context{Pain: 5})
	if err != nil || a.Level != High {
		t.Fatalf("%+v %v", a, err)
	}
	t.Logf("%+v", a)
	r := lib.Resolve("situps")
	t.Logf("%+v %s", r, r.Describe())
}
