package kiosk

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/figure/moves"
	"github.com/corecue/corecue/internal/risk"
	"github.com/corecue/corecue/internal/ui/diagram"
)

// thumbs lists the exercise pictures on screen, by exercise id.
func thumbs(k *Kiosk) map[string]int {
	out := map[string]int{}
	walk(k.holder, func(o fyne.CanvasObject) {
		if th, ok := o.(*diagram.Thumb); ok {
			out[th.Exercise()]++
		}
	})
	return out
}

// Every exercise tile shows the exercise's picture over its name, and a tap
// on the picture chooses it as a tap on the name does.
func TestTilesShowThePictureAndName(t *testing.T) {
	k, _ := newKiosk(t)
	start(t, k)
	tapTile(t, k, safetyTitle)
	answerNo(t, k, len(risk.RedFlags()))
	pics := thumbs(k)
	for _, ex := range k.deps.Library.Exercises() {
		if pics[ex.ID] != 1 {
			t.Errorf("%s: %d pictures on its tile", ex.ID, pics[ex.ID])
		}
		if _, ok := buttons(k)[ex.Name]; !ok {
			t.Errorf("%s: no tile named %q", ex.ID, ex.Name)
		}
	}
	var pic *tapArea
	walk(k.holder, func(o fyne.CanvasObject) {
		if ta, ok := o.(*tapArea); ok && pic == nil {
			walk(ta.content, func(c fyne.CanvasObject) {
				if th, ok := c.(*diagram.Thumb); ok && th.Exercise() == "bird-dog" {
					pic = ta
				}
			})
		}
	})
	if pic == nil {
		t.Fatal("the bird dog's picture cannot be tapped")
	}
	test.Tap(pic)
	if !k.m.Visitor().Selected["bird-dog"] {
		t.Fatal("tapping the picture did not choose the bird dog")
	}
	if b := buttons(k)["Bird dog"]; b == nil || b.Importance != widget.HighImportance {
		t.Fatal("the chosen tile is not marked")
	}
}

// The results show each exercise's picture, and its safer alternative's
// picture beside the alternative.
func TestResultsShowThePictures(t *testing.T) {
	k, _ := newKiosk(t)
	toResults(t, k) // bird dog, crunch, front plank
	pics := thumbs(k)
	for _, id := range []string{"bird-dog", "crunch", "front-plank"} {
		if _, ok := moves.For(id); ok && pics[id] == 0 {
			t.Errorf("no picture of %s", id)
		}
	}
	a, err := k.engine.Exercise("crunch", risk.Context{Pain: 6})
	if err != nil || len(a.Alternatives) == 0 {
		t.Fatalf("crunch: %v %+v", err, a.Alternatives)
	}
	if alt := a.Alternatives[0].ID; pics[alt] == 0 {
		if _, ok := moves.For(alt); ok {
			t.Errorf("no picture of the crunch's safer alternative %s", alt)
		}
	}
}
