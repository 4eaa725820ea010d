package exercise

import "github.com/corecue/corecue/internal/appdir"

// AppID is the Fyne application id; the storage folder is named after it.
const AppID = appdir.AppID

// StorageDir is the folder that holds exercises.json (see appdir.Dir).
func StorageDir() (string, error) { return appdir.Dir() }
