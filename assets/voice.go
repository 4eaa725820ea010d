package assets

import "embed"

// Voice holds the spoken prompts, voice/<id>.wav in English and
// voice/<code>/<id>.wav in each other language that has clips, made by
// scripts/make-voice.sh from breath.VoiceLines and the translation files, and
// each folder's manifest.json recording the text and hash each clip was made
// from (internal/audio tests that it still matches).
//
//go:embed voice/*.wav voice/manifest.json voice/*/*.wav voice/*/manifest.json
var Voice embed.FS
