package kiosk

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
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

// languageBar is home's way to another language: one button naming a few
// languages in their own scripts, the one in use first, so a visitor who
// reads any of them sees it is the way to their own; it opens the choice
// of all of them (a row of every language does not fit a 1024 px screen).
func (k *Kiosk) languageBar() fyne.CanvasObject {
	langs := i18n.Default().Languages()
	names := []string{}
	if l, ok := i18n.Lookup(i18n.Current()); ok {
		names = append(names, l.Name)
	}
	for _, l := range langs {
		if len(names) == 4 {
			names = append(names, "…")
			break
		}
		if l.Code != i18n.Current() {
			names = append(names, l.Name)
		}
	}
	b := newButton(k.ptr, strings.Join(names, " · "), theme.MenuDropDownIcon(), k.chooseLanguage)
	b.height = MinTarget + 8
	return b
}

// chooseLanguage shows every language, each in its own script, as large
// buttons over the screen; a tap switches the screens to it.
func (k *Kiosk) chooseLanguage() {
	grid := container.NewGridWithColumns(3)
	for _, l := range i18n.Default().Languages() {
		code := l.Code
		b := newButton(k.ptr, l.Name, nil, func() { k.act(func() { k.m.SetLang(code) }) })
		if code == i18n.Current() {
			b.Importance = widget.HighImportance
		}
		grid.Add(b)
	}
	pop := widget.NewModalPopUp(grid, k.window.Canvas())
	pop.Resize(fyne.NewSize(720, 0))
	k.pop = pop
	k.m.Touch()
	pop.Show()
}
