package diagram

import (
	"image/color"
	"math"
)

// palette maps each Role to a colour. Two fixed palettes rather than theme
// colours: the theme's primary blue is under 4.5:1 on white, and the figure
// needs a few colours the theme has no names for (corset, laces, bone).
// Every line and label colour is at least 4.5:1 against both the window
// background and the card it is drawn on (palette_test.go checks).
type palette [roleCount]color.NRGBA

const roleCount = int(RoleGhost) + 1

func hex(v uint32) color.NRGBA {
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

var lightPalette = palette{
	RoleNone:   {},
	RoleInk:    hex(0x1c2733),
	RoleCard:   hex(0xf4f0ea),
	RoleCorset: hex(0x23466e),
	RoleSeam:   hex(0x7d9cc0),
	RoleLace:   hex(0x1c2733),
	RoleGap:    hex(0xf6e6d2),
	RoleAccent: hex(0xb3261e),
	RoleBone:   hex(0xffffff),
	RoleBreath: hex(0x1d6fb8),
	RoleMuted:  hex(0x3f4a56),
	RoleGhost:  hex(0x5b6673),
}

var darkPalette = palette{
	RoleNone:   {},
	RoleInk:    hex(0xe9eef3),
	RoleCard:   hex(0x24282e),
	RoleCorset: hex(0x2c5a8c),
	RoleSeam:   hex(0x86abd6),
	RoleLace:   hex(0xfff3df),
	RoleGap:    hex(0x24282e),
	RoleAccent: hex(0xff8a7a),
	RoleBone:   hex(0x30353c),
	RoleBreath: hex(0x64aef0),
	RoleMuted:  hex(0xc3ccd6),
	RoleGhost:  hex(0xa3adb8),
}

// paletteFor picks the palette for a background: dark backgrounds get the
// light-on-dark one. Deciding by the colour itself rather than by the theme
// variant copes with themes that pin a variant whatever the desktop says.
func paletteFor(bg color.Color) *palette {
	if luminance(bg) < 0.4 {
		return &darkPalette
	}
	return &lightPalette
}

// colour is the role's colour with its opacity scaled by alpha.
func (p *palette) colour(r Role, alpha float32) color.NRGBA {
	c := p[r]
	if alpha < 1 {
		c.A = uint8(float32(c.A) * max(alpha, 0))
	}
	return c
}

// luminance is the WCAG relative luminance of c (alpha ignored).
func luminance(c color.Color) float64 {
	r, g, b, _ := color.NRGBAModel.Convert(c).(color.NRGBA).RGBA()
	lin := func(v uint32) float64 {
		s := float64(v>>8) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is the WCAG contrast ratio between two colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}
