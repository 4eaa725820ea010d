// Package bridge is the one place where work from our own goroutines (the audio
// device watchdog, database loads) hops onto Fyne's UI goroutine. Keeping every
// hop here makes the threading rule easy to audit: nothing else calls fyne.Do.
package bridge

import "fyne.io/fyne/v2"

// Do runs fn on the UI goroutine without waiting. Safe from any goroutine,
// including audio callbacks that must never block.
func Do(fn func()) { fyne.Do(fn) }
