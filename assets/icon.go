package assets

import (
	_ "embed"

	"fyne.io/fyne/v2"
)

// iconPNG is drawn by scripts/mkicon; regenerate it there, not by hand.
//
//go:embed icon.png
var iconPNG []byte

// Icon is CoreCue's application icon (512×512 PNG), for the window and the
// about box; `make package` reads the same file through FyneApp.toml.
var Icon fyne.Resource = fyne.NewStaticResource("icon.png", iconPNG)
