package home

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

var tabKeys = []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8, fyne.Key9}

// bindTabKeys makes Ctrl+1…Ctrl+9 (Cmd on macOS) open the tabs in order:
// Fyne's tab bar takes no keyboard focus, so without these a keyboard-only
// user could not leave the first screen.
func (h *Home) bindTabKeys() {
	for i, k := range tabKeys {
		i := i
		h.window.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault},
			func(fyne.Shortcut) { h.SelectTab(i) })
	}
}

// SelectTab opens the i-th tab (from 0) if there is one.
func (h *Home) SelectTab(i int) {
	if i >= 0 && i < len(h.Tabs.Items) {
		h.Tabs.SelectIndex(i)
	}
}
