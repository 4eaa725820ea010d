package cli

import (
	"image"
	"math"
	"time"

	"github.com/corecue/corecue/internal/breath"
)

// VacuumStill draws the corset figure as it stands atSeconds into the
// 10-rep vacuum drill, on white, for the printed handout: the same drawing
// code as the live screen, so the handout shows what the person will see,
// with its labels in language lang.
func VacuumStill(atSeconds float64, w, h int, lang string) (image.Image, error) {
	tl, err := breath.New(breath.Vacuum(10))
	if err != nil {
		return nil, err
	}
	at := time.Duration(math.Round(atSeconds * float64(time.Second)))
	return stillIn(tl, at, w, h, false, lang)
}
