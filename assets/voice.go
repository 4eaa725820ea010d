package assets

import "embed"

// Voice holds the spoken prompts, voice/<id>.wav, made by scripts/make-voice.sh
// from breath.VoiceLines, and voice/manifest.json recording the text and hash
// each clip was made from (internal/audio tests that it still matches).
//
//go:embed voice/*.wav voice/manifest.json
var Voice embed.FS
