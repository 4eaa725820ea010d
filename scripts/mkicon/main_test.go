package main

import (
	"image/png"
	"os"
	"testing"

	"github.com/corecue/corecue/internal/figure"
)

// The committed icon is what the script draws now: the body figure, not
// an older drawing left behind.
func TestCommittedIconIsTheScriptsDrawing(t *testing.T) {
	f, err := os.Open("../../assets/icon.png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	committed, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	drawn := draw(committed.Bounds().Dx())
	off := 0
	b := drawn.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r1, g1, b1, a1 := committed.At(x, y).RGBA()
			r2, g2, b2, a2 := drawn.At(x, y).RGBA()
			if diff(r1, r2) > 3<<8 || diff(g1, g2) > 3<<8 || diff(b1, b2) > 3<<8 || diff(a1, a2) > 3<<8 {
				off++
			}
		}
	}
	if off > b.Dx()*b.Dy()/1000 {
		t.Errorf("%d pixels differ from the script's drawing: run go run ./scripts/mkicon -o assets/icon.png", off)
	}
}

// At 32 pixels the figure still shows: its skin and the corset muscle at
// the waist both cover a good part of the tile.
func TestIconReadsAt32Pixels(t *testing.T) {
	img := draw(32)
	skin, muscle := 0, 0
	near := func(x, y int, c figure.Role, tol int) bool {
		r, g, b, _ := img.At(x, y).RGBA()
		want := figure.Light[c]
		return int(diff(r>>8, uint32(want.R))) <= tol && int(diff(g>>8, uint32(want.G))) <= tol && int(diff(b>>8, uint32(want.B))) <= tol
	}
	for y := 0; y < 32; y++ {
		for x := 0; x < 32; x++ {
			if near(x, y, figure.RoleSkin, 40) {
				skin++
			}
			if near(x, y, figure.RoleMuscle, 70) {
				muscle++
			}
		}
	}
	if skin < 32*32/10 || muscle < 6 {
		t.Errorf("at 32 px: %d skin pixels, %d muscle pixels", skin, muscle)
	}
}

func diff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}
