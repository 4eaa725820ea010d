package appdir

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// prefsIn points CORECUE_HOME at a new folder and gives the path Fyne will
// use for the app's preferences once PrepareFyne has run.
func prefsIn(t *testing.T) (home, path string) {
	t.Helper()
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		t.Skip("Fyne's folder follows CORECUE_HOME on XDG systems only")
	}
	home = t.TempDir()
	t.Setenv("CORECUE_HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, "elsewhere"))
	return home, filepath.Join(home, "fyne", AppID, "preferences.json")
}

func writeFile(t *testing.T, path, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
}

// Two runs with different CORECUE_HOME folders (the bench, the tests) must
// not share theme and warm-up settings: Fyne's preferences move with it.
func TestCorecueHomeHoldsFynePreferences(t *testing.T) {
	home, want := prefsIn(t)
	t.Setenv("CORECUE_HOME", home+"/./")
	if n, err := PrepareFyne(AppID); n != "" || err != nil {
		t.Fatalf("a first run: %q %v", n, err)
	}
	if got := os.Getenv("XDG_CONFIG_HOME"); got != home {
		t.Fatalf("Fyne's config root is %q, want %q", got, home)
	}
	if got, _ := PrefsPath(AppID); got != want {
		t.Fatalf("preferences at %s, want %s", got, want)
	}
	// A relative CORECUE_HOME is made absolute: Go's os.UserConfigDir, which
	// Fyne calls, refuses a relative XDG_CONFIG_HOME.
	t.Chdir(home)
	t.Setenv("CORECUE_HOME", "kiosk")
	if _, err := PrepareFyne(AppID); err != nil {
		t.Fatal(err)
	}
	if got := os.Getenv("XDG_CONFIG_HOME"); got != filepath.Join(home, "kiosk") {
		t.Fatalf("relative CORECUE_HOME gave %q", got)
	}
}

// A run ended while Fyne was saving leaves preferences.json empty; Fyne's
// own load then logs "Preferences load error: EOF" at every start.
func TestEmptyPreferencesFileIsRemovedWithOneLine(t *testing.T) {
	_, path := prefsIn(t)
	writeFile(t, path, "\n")
	n, err := PrepareFyne(AppID)
	if err != nil || !strings.Contains(n, "was empty") || !strings.Contains(n, "default settings") || strings.Contains(n, "\n") {
		t.Fatalf("notice %q, err %v", n, err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("the empty file is still there for Fyne to fail on: %v", err)
	}
	if n, err := PrepareFyne(AppID); n != "" || err != nil {
		t.Fatalf("the next run: %q %v", n, err)
	}
}

// A file cut off mid-way still holds the person's other settings: it is
// kept, not overwritten by Fyne's next save of the defaults.
func TestCutOffPreferencesFileIsKeptAside(t *testing.T) {
	_, path := prefsIn(t)
	cut := `{"theme":"dark","warm_up":false,"lang`
	writeFile(t, path, cut)
	n, err := PrepareFyne(AppID)
	if err != nil || !strings.Contains(n, "could not be read") || !strings.Contains(n, "preferences.json.broken") || strings.Contains(n, "\n") {
		t.Fatalf("notice %q, err %v", n, err)
	}
	if b, err := os.ReadFile(path + ".broken"); err != nil || string(b) != cut {
		t.Fatalf("kept copy %q %v", b, err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("the broken file is still in Fyne's way: %v", err)
	}
	for _, bad := range []string{"null", "[1,2]", `"dark"`} {
		writeFile(t, path, bad)
		if n, err := PrepareFyne(AppID); n == "" || err != nil {
			t.Fatalf("%s: notice %q, err %v", bad, n, err)
		}
	}
}

func TestGoodPreferencesFileIsLeftAlone(t *testing.T) {
	_, path := prefsIn(t)
	good := `{"theme":"dark","goal":3,"lists":[true,false]}` + "\n"
	writeFile(t, path, good)
	if n, err := PrepareFyne(AppID); n != "" || err != nil {
		t.Fatalf("notice %q, err %v", n, err)
	}
	if b, _ := os.ReadFile(path); string(b) != good {
		t.Fatalf("changed to %q", b)
	}
}
