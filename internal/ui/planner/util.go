package planner

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"

	"github.com/corecue/corecue/internal/exercise"
	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/jsonfile"
	"github.com/corecue/corecue/internal/plan"
)

// planErr drops the plan package's error-kind prefix ("value out of range:
// "), which helps callers branch but reads as noise on screen.
func planErr(err error) string {
	return jsonfile.OneLine(plan.Plain(err))
}

// checkItem applies the plan package's limits to one item.
func checkItem(it plan.Item) error {
	if err := it.Validate(); err != nil {
		// The form is about the exercise picked above it, so the message
		// drops the item's name, which here is the library id.
		return errors.New(strings.TrimPrefix(planErr(err), "("+jsonfile.Quote(it.Exercise, 40)+") "))
	}
	return nil
}

// shortCite is "Axler 1997" or "van Dieen 1998" from a full citation, for
// places where the full one does not fit; the why panel always shows the
// full citation. A citation that does not open with an author (a guideline,
// CoreCue's own rule) is shown clipped instead of as one stray word.
func shortCite(lib *exercise.Library, id string) string {
	ev, ok := lib.Evidence(id)
	if !ok {
		return i18n.L("a source missing from the evidence list")
	}
	if ev.Year == 0 {
		return jsonfile.Clip(ev.Citation, 40)
	}
	if name := leadAuthor(ev.Citation); name != "" {
		return fmt.Sprintf("%s %d", name, ev.Year)
	}
	if first, _, _ := strings.Cut(ev.Citation, " "); len(first) > 1 && isAcronym(first) {
		return fmt.Sprintf("%s %d", first, ev.Year)
	}
	return jsonfile.Clip(ev.Citation, 40)
}

// leadAuthor is the surname before the first author's initials ("Axler CT,
// ...", "van Dieen JH, ...", "Escamilla RF et al. ..."), or "" when the
// citation does not open that way.
func leadAuthor(citation string) string {
	head, _, _ := strings.Cut(citation, ",")
	head, _, _ = strings.Cut(head, ".")
	head = strings.TrimSuffix(strings.TrimSpace(head), " et al")
	words := strings.Fields(head)
	if len(words) < 2 || len(words) > 3 || !isAcronym(words[len(words)-1]) {
		return ""
	}
	return strings.Join(words[:len(words)-1], " ")
}

// isAcronym reports whether w is initials or an acronym: "CT", "NIOSH".
func isAcronym(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func fullCite(lib *exercise.Library, id string) string {
	if ev, ok := lib.Evidence(id); ok {
		return ev.Citation
	}
	return id + " " + i18n.L("(not in the evidence list)")
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
