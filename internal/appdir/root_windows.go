package appdir

// fyneRoot on Windows is AppData\Roaming under the profile folder
// (%USERPROFILE%, which os.UserHomeDir reads; Fyne does not read %APPDATA%).
func fyneRoot() (string, error) { return underHome("AppData", "Roaming") }
