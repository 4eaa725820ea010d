package cli

import "testing"

func TestDisplayReachable(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	if err := DisplayReachable(); err == nil {
		t.Fatal("no display accepted")
	}
	t.Setenv("DISPLAY", ":0")
	if err := DisplayReachable(); err != nil {
		t.Fatal(err)
	}
}
