package planner

import (
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/i18n"
	"github.com/corecue/corecue/internal/libtext"
	"github.com/corecue/corecue/internal/plan"
)

// Starter is a curated, back-friendly plan offered for copying. Items name
// exercises the way a person would; they resolve through the library when
// copied, so a clinic override that renames an id does not break them.
type Starter struct {
	Name  string
	About string
	Plan  plan.Plan
}

// StarterNote marks every starter plan.
const StarterNote = "General guidance, not a prescription: these plans avoid the exercises that load the lower back most. " +
	"If anything hurts, stop and ask your clinician."

// Starters are the curated plans. Holds stay at about ten seconds with
// several short repeats, the pattern the risk notes recommend over long holds.
func Starters() []Starter {
	hold := func(name string, sets, secs, rest int) plan.Item {
		return plan.Item{Exercise: name, Sets: sets, HoldSeconds: secs, RestSeconds: rest}
	}
	reps := func(name string, sets, n, rest int) plan.Item {
		return plan.Item{Exercise: name, Sets: sets, Reps: n, RestSeconds: rest}
	}
	return []Starter{
		{
			Name:  i18n.L("Gentle start"),
			About: i18n.L("Four low-load drills: learn to engage the deep core, then hold a neutral spine."),
			Plan: plan.Plan{Name: i18n.L("Gentle start"), Items: []plan.Item{
				hold("stomach vacuum", 3, 10, 20),
				hold("McGill curl-up", 3, 8, 20),
				hold("bird dog", 3, 8, 20),
				hold("side bridge on knees", 2, 10, 30),
			}},
		},
		{
			Name:  i18n.L("Back-friendly core"),
			About: i18n.L("The gentle start plus the dead bug and the front plank, for when those feel easy."),
			Plan: plan.Plan{Name: i18n.L("Back-friendly core"), Items: []plan.Item{
				hold("stomach vacuum", 3, 10, 20),
				hold("McGill curl-up", 3, 10, 20),
				hold("bird dog", 3, 10, 20),
				reps("dead bug", 2, 8, 30),
				hold("side bridge on knees", 3, 10, 30),
				hold("front plank", 3, 10, 30),
			}},
		},
	}
}

// resolvedStarter maps each item's name to a library id where it resolves
// exactly; anything else is kept as written and shows as not assessed.
func (p *Planner) resolvedStarter(s Starter) plan.Plan {
	out := plan.Plan{Name: s.Plan.Name, Items: make([]plan.Item, len(s.Plan.Items))}
	for i, it := range s.Plan.Items {
		if r := p.deps.Library.Resolve(it.Exercise); r.Exact() {
			it.Exercise = r.ID
		}
		out.Items[i] = it
	}
	return out
}

// CopyStarter stores starter i as a new plan of the person's own and opens it.
func (b *PlansBar) CopyStarter(i int) error {
	all := Starters()
	if i < 0 || i >= len(all) {
		return errors.New(i18n.F("no starter plan %d", i))
	}
	pl := b.p.resolvedStarter(all[i])
	return b.whenNameFree(pl.Name, 0, func(name string, replace int64) error {
		pl.Name = name
		id, err := b.put(pl, replace)
		if err != nil {
			b.fail(i18n.L("Not copied — ") + planErr(err))
			return err
		}
		b.reload(id)
		b.say(i18n.F("Copied the starter plan “%s” into your plans. It is general guidance; adjust it with your clinician.", pl.Name))
		return nil
	})
}

func (b *PlansBar) showStarters() {
	note := widget.NewLabel(i18n.L(StarterNote))
	note.Wrapping = fyne.TextWrapWord
	note.Importance = widget.WarningImportance
	box := container.NewVBox(note)
	var d dialog.Dialog
	for i, s := range Starters() {
		pl := b.p.resolvedStarter(s)
		var lines []string
		for _, it := range pl.Items {
			name := it.Exercise
			if ex, ok := b.p.deps.Library.Get(it.Exercise); ok {
				name = libtext.Name(i18n.Current(), ex.Name)
			}
			lines = append(lines, fmt.Sprintf("• %s  %s", name, it.Dose()))
		}
		title := widget.NewLabelWithStyle(s.Name, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		about := widget.NewLabel(s.About + "\n" + strings.Join(lines, "\n"))
		about.Wrapping = fyne.TextWrapWord
		copyBtn := widget.NewButtonWithIcon(i18n.L("Copy to my plans"), theme.ContentCopyIcon(), func() {
			if b.CopyStarter(i) == nil && d != nil {
				d.Hide()
			}
		})
		box.Add(widget.NewSeparator())
		box.Add(container.NewBorder(nil, nil, nil, copyBtn, title))
		box.Add(about)
	}
	d = dialog.NewCustom(i18n.L("Starter plans (general guidance)"), i18n.L("Close"), container.NewVScroll(box), b.p.deps.Window)
	d.Resize(fyne.NewSize(620, 560))
	d.Show()
}
