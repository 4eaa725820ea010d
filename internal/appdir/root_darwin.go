package appdir

// fyneRoot on macOS is ~/Library/Preferences (not os.UserConfigDir's
// Application Support): Fyne keeps every app's storage there.
func fyneRoot() (string, error) { return underHome("Library", "Preferences") }
