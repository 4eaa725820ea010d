package handout

import (
	"image"
	"io"
	"testing"

	"github.com/corecue/corecue/internal/breath"
)

// TestPosterDrawsThePositionsHoldingTheCorset reads back the moments the
// poster asks its pictures for: the four positions are each drawn at the
// hold (drawn in), as the poster's heading promises. The poster looked the
// hold up by a caption the stills no longer had, and drew every position
// at the session's start, before the first breath out.
func TestPosterDrawsThePositionsHoldingTheCorset(t *testing.T) {
	var hold float64
	for _, s := range Stills() {
		if s.Caption == holdCaption {
			hold = s.At.Seconds()
		}
	}
	if hold == 0 {
		t.Fatalf("no still is captioned %q", holdCaption)
	}
	drawn := map[breath.Position][]float64{}
	pic := func(pos breath.Position, at float64, w, h int, _ string) (image.Image, error) {
		drawn[pos] = append(drawn[pos], at)
		return image.NewGray(image.Rect(0, 0, w, h)), nil
	}
	if err := Poster(io.Discard, pic, "en"); err != nil {
		t.Fatal(err)
	}
	for _, pos := range breath.Positions {
		if pos == breath.Lying {
			continue // lying is also each step's picture
		}
		if got := drawn[pos]; len(got) != 1 || got[0] != hold {
			t.Errorf("%s drawn at %v, want the hold at %.3f s", pos, got, hold)
		}
	}
}
