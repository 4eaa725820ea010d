package archtest

import (
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/corecue/corecue/"

// fyneApp is spelled in two pieces so that a plain grep for the import
// (as the project's pre-stop check does) finds only real importers.
const fyneApp = "fyne.io/fyne/v2/" + "app"

// engines must not import Fyne, even indirectly: they are the parts that
// run in tests, CLIs and kiosks alike without a display.
var engines = []string{"assets", "internal/breath", "internal/audio", "internal/exercise", "internal/risk",
	"internal/plan", "internal/store", "internal/clinic", "internal/handout", "internal/appdir", "internal/jsonfile", "internal/regfile"}

func goList(t *testing.T, args ...string) []string {
	t.Helper()
	out, err := exec.Command("go", append([]string{"list"}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("go list %v: %v\n%s", args, err, out)
	}
	return strings.Split(strings.TrimSpace(string(out)), "\n")
}

func TestEnginesDoNotImportFyne(t *testing.T) {
	for _, e := range engines {
		for _, dep := range goList(t, "-e", "-deps", module+e) {
			if strings.HasPrefix(dep, "fyne.io/") {
				t.Errorf("%s depends on %s", e, dep)
				break
			}
		}
	}
}

func TestOnlyAppImportsFyneApp(t *testing.T) {
	for _, line := range goList(t, "-e", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", module+"...") {
		pkg, imports, _ := strings.Cut(line, " ")
		if pkg == module+"app" {
			continue
		}
		for _, imp := range strings.Fields(imports) {
			if imp == fyneApp {
				t.Errorf("%s imports %s; only app/ may", pkg, fyneApp)
			}
		}
	}
}
