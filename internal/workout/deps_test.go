package workout

import (
	"os/exec"
	"strings"
	"testing"
)

// The workout engine, the history and the handout record and read sessions
// through the history's own types and the Recorder interface: none of them
// may depend on the database package (storage implements them instead).
func TestEnginesDoNotDependOnStorage(t *testing.T) {
	const mod = "github.com/corecue/corecue/internal/"
	for _, pkg := range []string{"workout", "history", "handout"} {
		out, err := exec.Command("go", "list", "-deps", mod+pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list %s: %v\n%s", pkg, err, out)
		}
		for _, dep := range strings.Fields(string(out)) {
			if dep == mod+"store" {
				t.Errorf("%s depends on %s", pkg, dep)
			}
		}
	}
}
