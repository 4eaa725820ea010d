package archtest

import (
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/corecue/corecue/"

// fyneApp is spelled in two pieces so that a plain grep for the import
// finds only real importers.
const fyneApp = "fyne.io/fyne/v2/" + "app"

// engines must not import Fyne, even indirectly: they are the parts that
// run in tests, CLIs and kiosks alike without a display.
var engines = []string{"assets", "internal/breath", "internal/audio", "internal/exercise", "internal/risk",
	"internal/plan", "internal/store", "internal/clinic", "internal/handout", "internal/appdir", "internal/jsonfile",
	"internal/regfile", "internal/workout", "internal/history", "internal/reminder", "internal/kiosk",
	"internal/kiosk/xwall", "internal/figure", "internal/figure/raster", "internal/figure/moves", "internal/locale", "internal/shutdown"}

// stored is the one engine that may depend on the database package: the
// others record and read through their own types, which storage implements.
var stored = map[string]bool{"internal/store": true}

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

func TestEnginesDoNotDependOnStorage(t *testing.T) {
	for _, e := range engines {
		if stored[e] {
			continue
		}
		for _, dep := range goList(t, "-e", "-deps", module+e) {
			if dep == module+"internal/store" {
				t.Errorf("%s depends on %s", e, dep)
			}
		}
	}
}

// Data flows one way: the command line may open windows through what app
// gives it, but it never imports a screen, and no screen imports the
// command line.
func TestCommandLineAndScreensStayApart(t *testing.T) {
	for _, line := range goList(t, "-e", "-f", "{{.ImportPath}} {{join .Imports \" \"}}", module+"internal/...") {
		pkg, imports, _ := strings.Cut(line, " ")
		isCLI := pkg == module+"internal/cli"
		isUI := strings.HasPrefix(pkg, module+"internal/ui/")
		for _, imp := range strings.Fields(imports) {
			if isCLI && strings.HasPrefix(imp, module+"internal/ui/") {
				t.Errorf("%s imports the screen %s", pkg, imp)
			}
			if isUI && imp == module+"internal/cli" {
				t.Errorf("%s imports %s", pkg, imp)
			}
		}
	}
}

// The shipped binary links no test driver: fyne's test package and testify
// belong in _test.go files only.
func TestTheBinaryLinksNoTestCode(t *testing.T) {
	// The binary is built with cgo (the window needs it), so its imports are
	// listed that way even when the tests themselves run without cgo.
	t.Setenv("CGO_ENABLED", "1")
	for _, dep := range goList(t, "-deps", module+"app") {
		if dep == "fyne.io/fyne/v2/test" || strings.HasPrefix(dep, "github.com/stretchr/testify") {
			t.Errorf("app links %s", dep)
		}
	}
}
