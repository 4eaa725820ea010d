package appdir

import (
	"path/filepath"
	"testing"
)

func TestDirFollowsTheEnvironment(t *testing.T) {
	t.Setenv("CORECUE_HOME", "/srv/kiosk")
	if d, _ := Dir(); d != "/srv/kiosk" {
		t.Fatalf("CORECUE_HOME: %s", d)
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
	t.Setenv("HOME", "")
	if _, err := Dir(); err == nil {
		t.Fatal("no error with no home")
	}
}
