// Package wording holds no code: its test reads every source of text a person
// sees (the embedded library and evidence, the drill's spoken and shown lines,
// the risk engine's reasons, and the string literals of the screens, the command
// line and the handout) and fails on reference keys, file paths, config key names,
// bare article ids and Go duration formats, which mean nothing to a reader.
package wording
