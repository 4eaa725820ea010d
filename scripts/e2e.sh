#!/usr/bin/env bash
# End-to-end check of the real binary: builds bin/corecue, runs
# scripts/quiet-test.sh and scripts/restart-test.sh on it, starts a vacuum
# drill under Xvfb with a PulseAudio null sink, screenshots it mid-drill and
# fails if the process died early, no window appeared, or the window is blank.
# It also records what the null sink played and fails when the sink heard
# nothing: the cues are the product.
# Outputs go to out/: e2e-practice.png (whole screen), e2e-window.png,
# e2e-practice.log (the app's output), e2e-heard.wav.
# E2E_SKIP_BUILD=1 uses an existing bin/corecue; E2E_SECONDS sets the run time.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD

if [ -z "${CORECUE_HEADLESS:-}" ]; then
	exec scripts/headless.sh "$0" "$@"
fi

seconds=${E2E_SECONDS:-6}
bin=$root/bin/corecue
out=$root/out
mkdir -p "$out"
rm -f "$out"/e2e-practice.png "$out"/e2e-window.png "$out"/e2e-heard.wav "$out"/e2e-practice.log

fail() {
	echo "e2e: FAIL: $*" >&2
	if [ -s "$out/e2e-practice.log" ]; then
		echo "e2e: last lines of out/e2e-practice.log:" >&2
		tail -n 20 "$out/e2e-practice.log" >&2
	fi
	exit 1
}

if [ -z "${E2E_SKIP_BUILD:-}" ]; then
	echo "e2e: building bin/corecue"
	go build -tags migrated_fynedo,no_emoji -o "$bin" ./app
fi
[ -x "$bin" ] || fail "$bin is missing"

# stderr stays quiet under the C locales and with no sound server; a kiosk
# started before X comes back under its unit's restart policy.
[ -n "${E2E_ONLY_DRILL:-}" ] || scripts/quiet-test.sh "$bin"
[ -n "${E2E_ONLY_DRILL:-}" ] || scripts/restart-test.sh "$bin"

# A fresh storage folder and preferences each run: the result must not
# depend on drills or settings a developer saved, nor change them.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/corecue-e2e.XXXXXX")
# No one is at the keyboard to answer the red-flag questions: none applies.
export CORECUE_HOME="$scratch/corecue" XDG_CONFIG_HOME="$scratch/config" CORECUE_RED_FLAGS=none
mkdir -p "$CORECUE_HOME" "$XDG_CONFIG_HOME"

app_pid=""
rec_pid=""
cleanup() {
	for pid in $app_pid $rec_pid; do
		kill -KILL "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	done
	rm -rf "$scratch"
}
trap cleanup EXIT

parecord --device=nullsink.monitor --file-format=wav "$out/e2e-heard.wav" &
rec_pid=$!

echo "e2e: running corecue practice --preset vacuum --reps 1 for ${seconds}s"
"$bin" practice --preset vacuum --reps 1 >"$out/e2e-practice.log" 2>&1 &
app_pid=$!

# Poll so an early death is reported at once and with its exit status. The
# run time counts from the window's appearance: on a loaded two-core machine
# start-up alone took 10-18 s.
alive() {
	if ! kill -0 "$app_pid" 2>/dev/null; then
		status=0
		wait "$app_pid" || status=$?
		app_pid=""
		fail "corecue exited early with status $status"
	fi
}
for _ in $(seq 240); do
	alive
	xdotool search --onlyvisible --pid "$app_pid" >/dev/null 2>&1 && break
	sleep 0.25
done
ticks=$((seconds * 4))
for _ in $(seq "$ticks"); do
	alive
	sleep 0.25
done
kill -0 "$app_pid" 2>/dev/null || fail "corecue died before the screenshot"

import -window root "$out/e2e-practice.png"
win=$(xdotool search --onlyvisible --pid "$app_pid" 2>/dev/null | head -n 1 || true)
[ -n "$win" ] || fail "corecue is running but shows no visible window"
import -window "$win" "$out/e2e-window.png"

# A blank window is one flat colour; a drawn one has text edges and shapes,
# hence many colours and a clear spread of brightness.
colours=$(identify -format '%k' "$out/e2e-window.png")
spread=$(identify -format '%[fx:standard_deviation]' "$out/e2e-window.png")
geometry=$(identify -format '%wx%h' "$out/e2e-window.png")
echo "e2e: window $geometry, $colours colours, standard deviation $spread"
if [ "$colours" -lt 16 ] || awk -v s="$spread" 'BEGIN { exit !(s < 0.01) }'; then
	fail "the window looks blank (out/e2e-window.png)"
fi

# Escape stops the drill; the app must survive it. Then ask it to quit.
xdotool key --window "$win" Escape || true
sleep 1
if ! kill -0 "$app_pid" 2>/dev/null; then
	status=0
	wait "$app_pid" || status=$?
	app_pid=""
	[ "$status" -eq 0 ] || fail "corecue exited with status $status after Escape"
	echo "e2e: corecue closed on Escape"
else
	kill -TERM "$app_pid"
	for _ in $(seq 20); do
		kill -0 "$app_pid" 2>/dev/null || break
		sleep 0.25
	done
	kill -0 "$app_pid" 2>/dev/null && fail "corecue did not exit within 5 s of SIGTERM"
	wait "$app_pid" 2>/dev/null || true
	app_pid=""
	echo "e2e: corecue exited on SIGTERM"
fi

kill -INT "$rec_pid" 2>/dev/null || true
wait "$rec_pid" 2>/dev/null || true
rec_pid=""
if [ -s "$out/e2e-heard.wav" ]; then
	rms=$(sox "$out/e2e-heard.wav" -n stat 2>&1 | awk '/RMS +amplitude/ { print $3 }')
	length=$(sox "$out/e2e-heard.wav" -n stat 2>&1 | awk '/Length \(seconds\)/ { print $3 }')
	if awk -v r="${rms:-0}" 'BEGIN { exit !(r > 0.0005) }'; then
		echo "e2e: audio: the null sink heard sound (RMS ${rms} over ${length}s, out/e2e-heard.wav)"
	else
		# The cues are the product: a drill the null sink never heard is a failure.
		echo "e2e: FAIL: silence on the null sink (RMS ${rms:-?} over ${length:-?}s); the app log says:"
		tail -n 5 "$out/e2e-practice.log" | sed 's/^/e2e:   /'
		exit 1
	fi
else
	echo "e2e: FAIL: nothing recorded from nullsink.monitor"
	exit 1
fi

echo "e2e: ok: corecue practice ran ${seconds}s, drew a window and exited when asked"

# The kiosk's walls under Openbox, with the same binary (about 40 s).
scripts/kiosk-escape.sh "$bin"
