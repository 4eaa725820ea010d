// Package drills is the custom-drill editor: every phase length in 0.5 s
// steps, 1–100 reps, saved by name. Bad values are refused with a message
// that names the field; nothing is saved until the whole drill is valid.
package drills

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/breath"
	"github.com/corecue/corecue/internal/store"
	"github.com/corecue/corecue/internal/ui/column"
	"github.com/corecue/corecue/internal/ui/inview"
	"github.com/corecue/corecue/internal/ui/sessionkey"
)

// Store keeps custom drills by name.
type Store interface {
	ListDrills() ([]breath.Drill, error)
	SaveDrill(breath.Drill) error
	DeleteDrill(name string) error
}

// Editor lists saved drills and edits one at a time.
type Editor struct {
	store  Store
	window fyne.Window
	saved  []breath.Drill

	List                               *widget.List
	Name, LeadIn, Exhale, Inhale, Hold *inview.Entry
	Release, Reps                      *inview.Entry
	Method, Position                   *inview.Select // how it is taught; the body position it is done in
	Save, Delete, New                  *inview.Button
	Message, Empty                     *widget.Label
	OnSaved                            func() // the practice picker reloads
	content                            fyne.CanvasObject
	selected                           int
	asking                             *dialog.ConfirmDialog
	form                               *container.Scroll // the fields and buttons right of the list
}

// NewEditor builds the editor; w is used for the delete confirmation.
func NewEditor(s Store, w fyne.Window) *Editor {
	e := &Editor{store: s, window: w, selected: -1}
	entry := func(hint string) *inview.Entry {
		en := inview.NewEntry()
		en.SetPlaceHolder(hint)
		return en
	}
	e.Name = entry("e.g. Evening vacuum")
	e.LeadIn, e.Exhale, e.Inhale = entry("seconds"), entry("seconds"), entry("seconds")
	e.Hold, e.Release, e.Reps = entry("seconds"), entry("seconds"), entry("1–100")
	e.Method = inview.NewSelect([]string{breath.Clinic.Title(), breath.DrawingIn.Title()}, nil)
	var places []string
	for _, p := range breath.Positions {
		places = append(places, p.Title())
	}
	e.Position = inview.NewSelect(places, nil)
	e.Message = widget.NewLabel("")
	e.Message.Wrapping = fyne.TextWrapWord
	e.Save = inview.NewButton("Save drill", theme.DocumentSaveIcon(), e.save)
	e.Save.Importance = widget.HighImportance
	e.Delete = inview.NewButton("Delete", theme.DeleteIcon(), e.confirmDelete)
	e.New = inview.NewButton("New drill", theme.ContentAddIcon(), func() {
		e.List.UnselectAll()
		e.selected = -1
		e.fill(breath.Vacuum(10), "")
		e.syncDelete()
	})
	e.List = widget.NewList(
		func() int { return len(e.saved) },
		func() fyne.CanvasObject { return widget.NewLabel("template drill name") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			d := e.saved[i]
			o.(*widget.Label).SetText(fmt.Sprintf("%s · %d reps · %s", d.Name, d.Reps, d.Position))
		})
	e.List.OnSelected = func(i widget.ListItemID) {
		e.selected = i
		e.fill(e.saved[i], e.saved[i].Name)
		e.syncDelete()
	}
	form := widget.NewForm(
		widget.NewFormItem("Name", e.Name),
		widget.NewFormItem("Method", e.Method),
		widget.NewFormItem("Position", e.Position),
		widget.NewFormItem("Lead-in (s)", e.LeadIn),
		widget.NewFormItem("Breathe out (s)", e.Exhale),
		widget.NewFormItem("Breathe in, draw in (s)", e.Inhale),
		widget.NewFormItem("Hold (s)", e.Hold),
		widget.NewFormItem("Release (s)", e.Release),
		widget.NewFormItem("Reps", e.Reps),
	)
	help := widget.NewLabel("Phase lengths go in 0.5 s steps. Reps 1–100.")
	right := container.NewVBox(form, help, container.NewHBox(e.Save, e.Delete), e.Message)
	e.Empty = widget.NewLabel("No saved drills yet. Adjust the fields on the right, give the drill a name and save it; it then appears in the practice screen's drill list.")
	e.Empty.Wrapping = fyne.TextWrapWord
	left := container.NewBorder(widget.NewLabelWithStyle("Saved drills", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		e.New, nil, nil, container.NewStack(e.List, container.NewVBox(e.Empty)))
	// Each field and button scrolls the form to itself when Tab reaches it.
	e.form = container.NewVScroll(container.NewPadded(column.New(560, right)))
	for _, en := range []*inview.Entry{e.Name, e.LeadIn, e.Exhale, e.Inhale, e.Hold, e.Release, e.Reps} {
		en.Scroll = e.form
	}
	e.Method.Scroll, e.Position.Scroll, e.Save.Scroll, e.Delete.Scroll = e.form, e.form, e.form, e.form
	split := container.NewHSplit(left, e.form)
	split.Offset = 0.3
	e.content = split
	e.fill(breath.Vacuum(10), "")
	e.Reload()
	e.syncDelete()
	return e
}

// SetKeys gives Space and Escape to k, a drill or workout, while it runs,
// whichever field or button of the form has the keyboard: the Space meant
// to pause a drill pressed a focused Save drill. The fields still type
// their spaces.
func (e *Editor) SetKeys(k sessionkey.Session) {
	for _, en := range []*inview.Entry{e.Name, e.LeadIn, e.Exhale, e.Inhale, e.Hold, e.Release, e.Reps} {
		en.Keys = k
	}
	e.Method.Keys, e.Position.Keys, e.Save.Keys, e.Delete.Keys, e.New.Keys = k, k, k, k, k
}

// Content is the editor's root object.
func (e *Editor) Content() fyne.CanvasObject { return e.content }

// Reload reads the saved drills again.
func (e *Editor) Reload() {
	ds, err := e.store.ListDrills()
	if err != nil {
		e.Message.SetText("Could not read saved drills: " + err.Error())
	}
	e.saved = ds
	e.List.Refresh()
	// An empty list is hidden, not only covered: Tab would stop on it and
	// show nothing focused.
	if len(ds) == 0 {
		e.Empty.Show()
		e.List.Hide()
	} else {
		e.Empty.Hide()
		e.List.Show()
	}
}

func (e *Editor) fill(d breath.Drill, name string) {
	e.Name.SetText(name)
	secs := func(en *inview.Entry, v float64) { en.SetText(strconv.FormatFloat(v, 'f', -1, 64)) }
	secs(e.LeadIn, d.LeadIn.Seconds())
	secs(e.Exhale, d.Exhale.Seconds())
	secs(e.Inhale, d.Inhale.Seconds())
	secs(e.Hold, d.Hold.Seconds())
	secs(e.Release, d.Release.Seconds())
	e.Reps.SetText(strconv.Itoa(d.Reps))
	e.Method.SetSelectedIndex(int(d.Method))
	e.Position.SetSelectedIndex(int(d.Position))
	e.Message.SetText("")
}

// Drill reads the form, naming the first field that is wrong.
func (e *Editor) Drill() (breath.Drill, error) {
	d := breath.Drill{Name: strings.Join(strings.Fields(e.Name.Text), " "),
		Method: breath.Method(max(e.Method.SelectedIndex(), 0)), Position: breath.Positions[max(e.Position.SelectedIndex(), 0)]}
	for _, f := range []struct {
		name string
		en   *inview.Entry
		dst  *time.Duration
	}{
		{"lead-in", e.LeadIn, &d.LeadIn}, {"exhale", e.Exhale, &d.Exhale},
		{"inhale", e.Inhale, &d.Inhale}, {"hold", e.Hold, &d.Hold},
		{"release", e.Release, &d.Release},
	} {
		v, err := strconv.ParseFloat(strings.TrimSpace(f.en.Text), 64)
		if err != nil {
			return d, &breath.FieldError{Field: f.name, Msg: fmt.Sprintf("%q is not a number of seconds", f.en.Text)}
		}
		dur, err := breath.Seconds(f.name, v)
		if err != nil {
			return d, err
		}
		*f.dst = dur
	}
	n, err := strconv.Atoi(strings.TrimSpace(e.Reps.Text))
	if err != nil {
		return d, &breath.FieldError{Field: "reps", Msg: fmt.Sprintf("%q is not a whole number", e.Reps.Text)}
	}
	d.Reps = n
	return d, d.Validate()
}

func (e *Editor) save() {
	d, err := e.Drill()
	if err != nil {
		e.Message.SetText("Not saved — " + err.Error())
		return
	}
	for _, p := range breath.Presets() {
		if store.NameKey(p.Name) == store.NameKey(d.Name) {
			e.Message.SetText("Not saved — name: " + p.Name + " is a built-in drill; choose another name")
			return
		}
	}
	// Saving under the name of another saved drill replaces it: ask first.
	// Saving the drill being edited under its own name is just a save.
	editing := ""
	if e.selected >= 0 && e.selected < len(e.saved) {
		editing = store.NameKey(e.saved[e.selected].Name)
	}
	for _, old := range e.saved {
		if k := store.NameKey(old.Name); k == store.NameKey(d.Name) && k != editing {
			e.asking = dialog.NewConfirm("Replace drill?",
				fmt.Sprintf("A drill called “%s” is already saved (%d reps). Replace it with this one?", old.Name, old.Reps),
				func(ok bool) {
					e.asking = nil
					if ok {
						e.store1(d)
					} else {
						e.Message.SetText("Not saved — “" + old.Name + "” is kept; choose another name to keep both.")
					}
				}, e.window)
			e.asking.SetConfirmText("Replace")
			e.asking.SetDismissText("Cancel")
			e.asking.Show()
			return
		}
	}
	e.store1(d)
}

// store1 saves d (replacing a drill whose name looks the same) and lists
// it as the selected drill.
func (e *Editor) store1(d breath.Drill) {
	if err := e.store.SaveDrill(d); err != nil {
		e.Message.SetText("Not saved — " + err.Error())
		return
	}
	e.Reload()
	e.selected = -1
	for i, s := range e.saved {
		if s.Name == d.Name {
			e.selected = i
		}
	}
	e.syncDelete()
	e.Message.SetText("Saved “" + d.Name + "”.")
	if e.OnSaved != nil {
		e.OnSaved()
	}
}

// Asking is the open "Replace drill?" question, nil when none is open.
func (e *Editor) Asking() *dialog.ConfirmDialog { return e.asking }

// syncDelete offers Delete only for a saved drill chosen in the list: it
// was enabled with nothing saved, and deleted whatever name was typed.
func (e *Editor) syncDelete() {
	if e.selected >= 0 && e.selected < len(e.saved) {
		e.Delete.Enable()
	} else {
		e.Delete.Disable()
	}
}

// confirmDelete asks before deleting the drill chosen in the list.
func (e *Editor) confirmDelete() {
	if e.selected < 0 || e.selected >= len(e.saved) {
		return
	}
	name := e.saved[e.selected].Name
	dialog.ShowConfirm("Delete drill", "Delete the drill “"+name+"”? This cannot be undone.", func(ok bool) {
		if ok {
			e.DeleteNamed(name)
		}
	}, e.window)
}

// DeleteNamed deletes a saved drill without asking (the dialog has asked).
func (e *Editor) DeleteNamed(name string) {
	if err := e.store.DeleteDrill(name); err != nil {
		e.Message.SetText("Not deleted — " + err.Error())
		return
	}
	e.Message.SetText("Deleted “" + name + "”.")
	e.List.UnselectAll()
	e.selected = -1
	e.fill(breath.Vacuum(10), "")
	e.Reload()
	e.syncDelete()
	if e.OnSaved != nil {
		e.OnSaved()
	}
}
