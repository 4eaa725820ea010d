package planner

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/jsonfile"
	"github.com/corecue/corecue/internal/plan"
)

// planErr drops the plan package's error-kind prefix ("value out of range:
// "), which helps callers branch but reads as noise on screen.
func planErr(err error) string {
	msg := jsonfile.OneLine(err.Error())
	for _, kind := range []error{plan.ErrTooLarge, plan.ErrNotJSON, plan.ErrVersion, plan.ErrTooManyItems,
		plan.ErrOutOfRange, plan.ErrNameTooLong, plan.ErrBadUTF8, plan.ErrInvalid} {
		if errors.Is(err, kind) {
			msg = strings.Replace(msg, kind.Error()+": ", "", 1)
		}
	}
	return msg
}

// checkItem applies the plan package's limits to one item.
func checkItem(it plan.Item) error {
	if err := (plan.Plan{Name: "plan", Items: []plan.Item{it}}).Validate(); err != nil {
		return errors.New(strings.TrimPrefix(planErr(err), "item 1: "))
	}
	return nil
}

// shortCite is "Axler 1997" from a full citation, for places where the full
// one does not fit; the why panel always shows the full citation.
func shortCite(lib *exercise.Library, id string) string {
	ev, ok := lib.Evidence(id)
	if !ok {
		return id
	}
	first := ev.Citation
	if i := strings.IndexAny(first, " ,."); i > 0 {
		first = first[:i]
	}
	if ev.Year == 0 {
		return jsonfile.Clip(ev.Citation, 40)
	}
	return fmt.Sprintf("%s %d", first, ev.Year)
}

func fullCite(lib *exercise.Library, id string) string {
	if ev, ok := lib.Evidence(id); ok {
		return ev.Citation
	}
	return id + " (not in the evidence list)"
}

func sources(lib *exercise.Library, ids []string) string {
	var s []string
	for _, id := range ids {
		s = append(s, shortCite(lib, id))
	}
	return strings.Join(s, "; ")
}

// readingBorder is container.NewBorder with its children in reading order
// (top, then the centre, then bottom): Tab follows the order of children,
// and NewBorder puts the centre first, so Tab reached a list before the
// search box above it.
func readingBorder(top, bottom, center fyne.CanvasObject) *fyne.Container {
	objs := []fyne.CanvasObject{}
	for _, o := range []fyne.CanvasObject{top, center, bottom} {
		if o != nil {
			objs = append(objs, o)
		}
	}
	return container.New(layout.NewBorderLayout(top, bottom, nil, nil), objs...)
}
