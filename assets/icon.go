package assets

import _ "embed"

// IconPNG is CoreCue's application icon (512×512 PNG), drawn by
// scripts/mkicon: regenerate it there, not by hand. `make package` reads the
// same file through FyneApp.toml. Raw bytes, not a fyne.Resource, so that the
// engines that embed data from this package stay free of Fyne.
//
//go:embed icon.png
var IconPNG []byte
