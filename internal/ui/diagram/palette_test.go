package diagram

import (
	"image/color"
	"testing"
)

func TestPaletteContrast(t *testing.T) {
	for _, tc := range []struct {
		name string
		pal  *palette
		bg   color.Color
	}{
		{"light", &lightPalette, color.White},
		{"dark", &darkPalette, color.NRGBA{0x17, 0x17, 0x18, 0xff}},
	} {
		if paletteFor(tc.bg) != tc.pal {
			t.Errorf("%s background picks the wrong palette", tc.name)
		}
		pairs := []struct {
			fg, on Role
		}{
			{RoleInk, RoleCard}, {RoleAccent, RoleCard}, {RoleMuted, RoleCard},
			{RoleGhost, RoleCard}, {RoleBreath, RoleCard}, {RoleLace, RoleGap},
			{RoleInk, RoleBone}, {RoleInk, RoleGap},
		}
		for _, pr := range pairs {
			if c := contrast(tc.pal[pr.fg], tc.pal[pr.on]); c < 4.5 {
				t.Errorf("%s: role %d on role %d is %.2f:1", tc.name, pr.fg, pr.on, c)
			}
		}
		for _, r := range []Role{RoleInk, RoleAccent, RoleMuted, RoleGhost, RoleBreath} {
			if c := contrast(tc.pal[r], tc.bg); c < 4.5 {
				t.Errorf("%s: role %d on the window background is %.2f:1", tc.name, r, c)
			}
		}
	}
}
