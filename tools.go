//go:build tools

// Package tools pins modules that packages under construction will import, so
// that `go mod tidy` keeps them. Removed once every one is imported for real.
package tools

import (
	_ "fyne.io/fyne/v2/app"
	_ "fyne.io/fyne/v2/driver/software"
	_ "fyne.io/fyne/v2/test"
	_ "github.com/BurntSushi/toml"
	_ "github.com/go-pdf/fpdf"
	_ "github.com/gopxl/beep/v2/speaker"
	_ "github.com/gopxl/beep/v2/wav"
	_ "golang.org/x/crypto/argon2"
	_ "modernc.org/sqlite"
)
