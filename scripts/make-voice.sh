#!/usr/bin/env bash
# Makes the spoken prompts in assets/voice from the app's own cue text
# (breath.VoiceLines, printed by scripts/voicelines) with espeak-ng, trims the
# silence espeak leaves around each line, normalises the level and fades the
# ends so a clip never starts or stops with a click. Then it writes
# assets/voice/manifest.json, which a test compares with the code.
# With LANGS (default: every shipped language) it then makes each language's clips in
# assets/voice/<code>/ from the translation files, with espeak-ng's voice of
# that language, so the spoken words are the captions' words.
# Needs: go, espeak-ng, sox.  Usage: scripts/make-voice.sh
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in espeak-ng sox go; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "make-voice: $tool not found (apt-get install espeak-ng sox)" >&2
		exit 127
	fi
done

# A British English voice at an unhurried pace: the prompts are heard with
# eyes closed, mid-breath, so clarity matters more than speed.
voice=${VOICE:-en-gb}
speed=${SPEED:-140}
out=assets/voice
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# make DIR VOICE LANG: every line of LANG spoken by VOICE into DIR.
make_clips() {
	local dir=$1 v=$2 code=$3
	mkdir -p "$dir"
	go run ./scripts/voicelines -lang "$code" >"$work/lines.tsv"
	rm -f "$dir"/*.wav
	while IFS=$'\t' read -r id text room; do
		espeak-ng -v "$v" -s "$speed" -w "$work/raw.wav" -- "$text"
		# Trim leading and trailing silence, then normalise to -3 dBFS.
		sox "$work/raw.wav" "$work/trim.wav" \
			silence 1 0.01 0.5% reverse silence 1 0.01 0.5% reverse norm -3
		# A line longer than the room the drills give it would talk over
		# the next prompt (a translation is often longer than the English):
		# speed it up, pitch kept, to 90% of the room.
		len=$(soxi -D "$work/trim.wav")
		factor=$(awk -v l="$len" -v r="$room" 'BEGIN { if (r > 0 && l > 0.9 * r) printf "%.3f", l / (0.9 * r); else print "" }')
		if [ -n "$factor" ]; then
			sox "$work/trim.wav" "$work/fast.wav" tempo -s "$factor"
			mv "$work/fast.wav" "$work/trim.wav"
			echo "make-voice: $code $id: ${len}s sped up ${factor}x to fit ${room}s"
		fi
		# A separate pass: fade needs to know the length, which silence hides.
		sox "$work/trim.wav" -b 16 "$dir/$id.wav" fade h 0.01 -0 0.04
		echo "make-voice: $code $id: $text"
	done <"$work/lines.tsv"
	go run ./scripts/voicelines -lang "$code" -manifest "$dir"
}

# LANGS_ONLY=1 leaves the English clips as they are.
if [ -z "${LANGS_ONLY:-}" ]; then
	make_clips "$out" "$voice" en
fi
# Each language adds about 1.8 MB to the program (docs/languages.md).
for code in ${LANGS:-pl ro es pt it tr bn pa gu}; do
	make_clips "$out/$code" "$code" "$code"
done
