package cli

import (
	"os"
	"testing"
)

func TestPlainLocale(t *testing.T) {
	cases := []struct{ all, msgs, lang, wantVar, want string }{
		{"", "", "C", "LANG", "en_US.UTF-8"},
		{"", "", "C.UTF-8", "LANG", "en_US.UTF-8"},
		{"POSIX", "", "de_DE.UTF-8", "LC_ALL", "en_US.UTF-8"},
		{"", "", "fr_FR.UTF-8", "LANG", "fr_FR.UTF-8"},
		{"", "de_DE.UTF-8", "C", "LANG", "C"}, // LC_MESSAGES decides; LANG is left alone
		{"", "", "", "LANG", "en_US.UTF-8"},   // nothing set is C too
	}
	for _, c := range cases {
		t.Setenv("LC_ALL", c.all)
		t.Setenv("LC_MESSAGES", c.msgs)
		t.Setenv("LANG", c.lang)
		PlainLocale()
		if got := os.Getenv(c.wantVar); got != c.want {
			t.Errorf("%+v: %s=%q", c, c.wantVar, got)
		}
	}
}

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
