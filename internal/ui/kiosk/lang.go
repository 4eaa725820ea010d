package kiosk

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/corecue/corecue/internal/i18n"
)

// visitorLang is the language the screens are in: the visitor's choice, or
// the clinic's default until they make one and again after the reset.
func (k *Kiosk) visitorLang() string {
	if l := k.m.Visitor().Lang; l != "" {
		return l
	}
	if k.cfg.Language != "" {
		return k.cfg.Language
	}
	return i18n.Source
}

// applyLang switches the catalogue to the visitor's language and reports
// whether it changed, in which case every screen must be built again: a
// screen's words are set when it is built.
func (k *Kiosk) applyLang() bool {
	want := k.visitorLang()
	if i18n.Current() == want {
		return false
	}
	if err := i18n.Use(want); err != nil {
		return false // the config and the chooser offer only known codes
	}
	// The prompt is built once; build it again in the new words.
	fresh := k.buildPrompt()
	if !k.prompt.Visible() {
		fresh.Hide()
	}
	for i, o := range k.layers.Objects {
		if o == k.prompt {
			k.layers.Objects[i] = fresh
		}
	}
	k.prompt = fresh
	k.layers.Refresh()
	return true
}

// languageBar is home's language choice: each language named in its own
// script, the one in use highlighted.
func (k *Kiosk) languageBar() fyne.CanvasObject {
	row := container.NewHBox()
	for _, l := range i18n.Default().Languages() {
		code := l.Code
		b := newButton(k.ptr, l.Name, nil, func() { k.act(func() { k.m.SetLang(code) }) })
		b.width, b.height = MinTarget, MinTarget+8
		if code == i18n.Current() {
			b.Importance = widget.HighImportance
		}
		row.Add(b)
	}
	return row
}
