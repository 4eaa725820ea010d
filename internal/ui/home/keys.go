package home

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/corecue/corecue/internal/ui/sessionkey"
)

var tabKeys = []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8, fyne.Key9}

// bindTabKeys makes Ctrl+1, Ctrl+2… (Cmd on macOS) open the tabs in order,
// one key per tab: Fyne's tab bar takes no keyboard focus, so without these
// a keyboard-only user could not leave the first screen.
//
// While a question or other pop-up is open over the window the keys do
// nothing, as the mouse cannot reach the tab bar behind it either: Ctrl+5
// with "Stop the workout?" open went to History and left the question
// floating over it, the workout paused behind.
func (h *Home) bindTabKeys() {
	for i := range h.tabs[:min(len(h.tabs), len(tabKeys))] {
		h.window.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: tabKeys[i], Modifier: fyne.KeyModifierShortcutDefault},
			func(fyne.Shortcut) {
				if h.window.Canvas().Overlays().Top() == nil {
					h.SelectTab(i)
				}
			})
	}
}

// SelectTab opens the i-th tab (from 0) if there is one. Before the red-flag
// questions are cleared no tab is shown, so none is selected either.
func (h *Home) SelectTab(i int) {
	if h.Gate.Cleared() && i >= 0 && i < len(h.tabs) {
		h.Tabs.Select(h.tabs[i].item)
	}
}

// typedKey gets the keys no focused widget took: the tab on show first, then
// Space and Escape go to a drill or workout running on another tab (the
// person opened My drills mid-drill, and Space did not pause it).
func (h *Home) typedKey(ev *fyne.KeyEvent) {
	if !h.Gate.Cleared() {
		return
	}
	if t, ok := h.current(); ok && t.keys != nil && t.keys(ev) {
		return
	}
	for _, s := range []sessionkey.Session{h.Practice, h.Workout} {
		if sessionkey.Take(s, ev) {
			return
		}
	}
}
