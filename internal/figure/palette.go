package figure

import (
	"image/color"
	"math"
)

// Palette maps each Role to a colour. Two fixed palettes rather than theme
// colours: anatomy needs colours a UI theme has no names for (bone, muscle,
// skin), and every line and label keeps at least 4.5:1 against the card it
// is drawn on (palette_test.go checks).
type Palette [roleCount]color.NRGBA

func hex(v uint32) color.NRGBA {
	return color.NRGBA{R: uint8(v >> 16), G: uint8(v >> 8), B: uint8(v), A: 0xff}
}

// Light is the palette for light backgrounds and print.
var Light = Palette{
	RoleCard:     hex(0xf6f2ec),
	RoleInk:      hex(0x1f2a36),
	RoleSkin:     hex(0xf1d4bd),
	RoleSkinFar:  hex(0xdcb79c),
	RoleBone:     hex(0xfbf6e9),
	RoleBoneLine: hex(0x5b4a36),
	RoleMuscle:   hex(0xc8423a),
	RoleFibre:    hex(0x7d1c17),
	RoleBreath:   hex(0x1f63a8),
	RoleFloor:    hex(0x8a2f6c),
	RoleAccent:   hex(0xb3261e),
	RoleFascia:   hex(0x5f6f7f),
	RoleGhost:    hex(0x55606c),
	RoleLabel:    hex(0x2c3742),
	RoleGround:   hex(0x8c8376),
	RoleWrong:    hex(0xb3261e),
	RoleGear:     hex(0x4f5a66),
}

// Dark is the palette for dark backgrounds.
var Dark = Palette{
	RoleCard:     hex(0x23272d),
	RoleInk:      hex(0xeef2f6),
	RoleSkin:     hex(0x9b7b66),
	RoleSkinFar:  hex(0x6f5646),
	RoleBone:     hex(0xe8e0cf),
	RoleBoneLine: hex(0x2a2118),
	RoleMuscle:   hex(0xe0584e),
	RoleFibre:    hex(0xffd0c8),
	RoleBreath:   hex(0x7fbcf5),
	RoleFloor:    hex(0xe58ac6),
	RoleAccent:   hex(0xff8a7a),
	RoleFascia:   hex(0xc9d3dd),
	RoleGhost:    hex(0xb3bdc8),
	RoleLabel:    hex(0xdde3ea),
	RoleGround:   hex(0x8f887d),
	RoleWrong:    hex(0xff8a7a),
	RoleGear:     hex(0xa9b4c0),
}

// For picks the palette for a background colour: dark backgrounds get the
// dark palette. Deciding by the colour itself copes with themes that pin a
// variant whatever the desktop says.
func For(bg color.Color) *Palette {
	if Luminance(bg) < 0.4 {
		return &Dark
	}
	return &Light
}

// Colour is the role's colour with its opacity scaled by alpha.
func (p *Palette) Colour(r Role, alpha float64) color.NRGBA {
	c := p[r]
	if alpha < 1 {
		c.A = uint8(math.Round(float64(c.A) * math.Max(alpha, 0)))
	}
	return c
}

// Luminance is the WCAG relative luminance of c (alpha ignored).
func Luminance(c color.Color) float64 {
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

// Contrast is the WCAG contrast ratio between two colours.
func Contrast(a, b color.Color) float64 {
	la, lb := Luminance(a), Luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}
