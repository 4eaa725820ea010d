package appdir

import (
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestDirFollowsTheEnvironment(t *testing.T) {
	t.Setenv("CORECUE_HOME", "/srv/kiosk")
	if d, _ := Dir(); d != "/srv/kiosk" {
		t.Fatalf("CORECUE_HOME: %s", d)
	}
	if runtime.GOOS == "darwin" || runtime.GOOS == "windows" {
		return // the rest is the XDG rule, checked where it applies
	}
	t.Setenv("CORECUE_HOME", "")
	t.Setenv("XDG_CONFIG_HOME", "/x/cfg")
	if d, _ := Dir(); d != filepath.Join("/x/cfg", "fyne", AppID) {
		t.Fatalf("XDG: %s", d)
	}
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("HOME", "/home/pat")
	if d, _ := Dir(); d != "/home/pat/.config/fyne/"+AppID {
		t.Fatalf("HOME: %s", d)
	}
	t.Setenv("XDG_CONFIG_HOME", "cfg")
	if d, err := Dir(); err == nil || !strings.Contains(err.Error(), "absolute") || strings.Count(err.Error(), "\n") > 0 {
		t.Fatalf("relative XDG_CONFIG_HOME: %q %v", d, err)
	}
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("HOME", "")
	if _, err := Dir(); err == nil {
		t.Fatal("no error with no home")
	}
}

// The macOS and Windows roots are folders under the home folder; underHome
// is what root_darwin.go and root_windows.go call.
func TestUnderHome(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("the home folder is read from $HOME here")
	}
	t.Setenv("HOME", "/Users/pat")
	for _, c := range []struct {
		parts []string
		want  string
	}{
		{[]string{"Library", "Preferences"}, "/Users/pat/Library/Preferences"},
		{[]string{"AppData", "Roaming"}, "/Users/pat/AppData/Roaming"},
	} {
		if got, err := underHome(c.parts...); err != nil || got != c.want {
			t.Errorf("%v: %q %v", c.parts, got, err)
		}
	}
	t.Setenv("HOME", "")
	if _, err := underHome("Library", "Preferences"); err == nil || !strings.Contains(err.Error(), "CORECUE_HOME") {
		t.Fatalf("no home: %v", err)
	}
}
