#!/usr/bin/env bash
# Checks that stderr carries only what a command means to say: under the C
# locales Debian and containers default to (C.UTF-8, C.utf8, POSIX.UTF-8),
# and with no sound server at all, every command runs with nothing on
# stderr: no "Fyne error: Error parsing user locale", no "ALSA lib …" or
# JACK lines. Window commands run under the X server scripts/headless.sh
# provides (scripts/e2e.sh runs this inside it).
# Usage: scripts/quiet-test.sh [BIN]   (default bin/corecue)
set -euo pipefail

cd "$(dirname "$0")/.."
bin=$(realpath "${1:-bin/corecue}")
[ -x "$bin" ] || {
	echo "quiet-test: FAIL: $bin is missing" >&2
	exit 1
}
[ -n "${DISPLAY:-}" ] || {
	echo "quiet-test: FAIL: needs an X server (run inside scripts/headless.sh)" >&2
	exit 1
}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/corecue-quiet.XXXXXX")
app_pid=""
cleanup() {
	local status=$?
	set +e
	if [ -n "$app_pid" ]; then
		kill -KILL "$app_pid" 2>/dev/null
		wait "$app_pid" 2>/dev/null
	fi
	rm -rf "$scratch"
	exit "$status"
}
trap cleanup EXIT
export CORECUE_HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config"
mkdir -p "$CORECUE_HOME" "$XDG_CONFIG_HOME" "$scratch/nosound"
chmod 700 "$scratch/nosound"
cat >"$scratch/plan.json" <<'EOF'
{"version": 1, "name": "Quiet test", "items": [
  {"exercise": "vacuum", "sets": 1, "reps": 10, "rest_seconds": 30},
  {"exercise": "situps", "sets": 2, "reps": 12, "rest_seconds": 60}]}
EOF

failures=0
checked=0
runs=0
# expect_quiet NAME ERRFILE [GREP]: ERRFILE is empty, or with GREP has no
# line matching it.
expect_quiet() {
	local name=$1 err=$2 pattern=${3:-}
	checked=$((checked + 1))
	if [ -n "$pattern" ]; then
		if grep -Eq "$pattern" "$err"; then
			echo "quiet-test: FAIL: $name printed on stderr:" >&2
			grep -E "$pattern" "$err" | head -n 5 | sed 's/^/quiet-test:   /' >&2
			failures=$((failures + 1))
		fi
	elif [ -s "$err" ]; then
		echo "quiet-test: FAIL: $name printed $(wc -l <"$err") line(s) on stderr:" >&2
		head -n 5 "$err" | sed 's/^/quiet-test:   /' >&2
		failures=$((failures + 1))
	fi
}

# window NAME SECONDS ENV... -- ARGS...: runs a window command for a while,
# then ends it as a desktop would (SIGTERM).
window() {
	local name=$1 secs=$2
	shift 2
	local envs=()
	while [ "$1" != -- ]; do
		envs+=("$1")
		shift
	done
	shift
	# Fresh preferences each run (they live in CORECUE_HOME): ending an app
	# with SIGTERM while Fyne writes its preferences file can leave it empty
	# (Fyne writes it in place), and the next start says so in one line.
	runs=$((runs + 1))
	mkdir -p "$scratch/home.$runs"
	env "${envs[@]}" CORECUE_HOME="$scratch/home.$runs" "$bin" "$@" >"$scratch/out" 2>"$scratch/err" &
	app_pid=$!
	sleep "$secs"
	kill -0 "$app_pid" 2>/dev/null || {
		echo "quiet-test: FAIL: $name exited early: $(head -c 300 "$scratch/err")" >&2
		failures=$((failures + 1))
	}
	kill -TERM "$app_pid" 2>/dev/null || true
	wait "$app_pid" 2>/dev/null || true
	app_pid=""
	expect_quiet "$name" "$scratch/err" "$only"
}
only="" # window's expect_quiet pattern: empty means nothing at all may be printed

# No sound server: ALSA's default device finds nothing to talk to.
no_sound=(XDG_RUNTIME_DIR="$scratch/nosound" PULSE_SERVER="unix:$scratch/nosound/none")

for loc in C.UTF-8 C.utf8 POSIX.UTF-8; do
	lc=(-u LANGUAGE LANG="$loc" LC_ALL= LC_MESSAGES=)
	env "${lc[@]}" "$bin" exercises >/dev/null 2>"$scratch/err" || true
	expect_quiet "LANG=$loc corecue exercises" "$scratch/err"
	env "${lc[@]}" "$bin" check "$scratch/plan.json" >/dev/null 2>"$scratch/err" || true
	expect_quiet "LANG=$loc corecue check" "$scratch/err"
	env "${lc[@]}" "$bin" render --reps 1 -o "$scratch/x.wav" >/dev/null 2>"$scratch/err" || true
	expect_quiet "LANG=$loc corecue render" "$scratch/err"
	env "${lc[@]}" "$bin" handout "$scratch/plan.json" -o "$scratch/x.pdf" >/dev/null 2>"$scratch/err" || true
	expect_quiet "LANG=$loc corecue handout" "$scratch/err"
	env "${lc[@]}" "$bin" frame --at 5 -o "$scratch/x.png" >/dev/null 2>"$scratch/err" || true
	expect_quiet "LANG=$loc corecue frame" "$scratch/err" 'locale|ALSA|jack|JACK'
	window "LANG=$loc corecue practice, no sound server" 4 "${lc[@]}" "${no_sound[@]}" -- practice --reps 1
	window "LANG=$loc corecue, no sound server" 3 "${lc[@]}" "${no_sound[@]}" -- 
done
# The kiosk with no session bus, as in the documented Openbox set-up: Fyne's
# request not to blank the screen printed three lines of D-Bus error.
cp docs/kiosk.example.toml "$CORECUE_HOME/kiosk.toml"
printf '7391\n7391\n' | "$bin" kiosk set-pin >/dev/null
# Its own warning that no window manager holds it full screen is meant.
only='D-Bus|dbus|Fyne error|locale|ALSA|jack|JACK'
window "corecue kiosk, no session bus" 5 -u DBUS_SESSION_BUS_ADDRESS -u LANGUAGE LANG=C.UTF-8 LC_ALL= LC_MESSAGES= "${no_sound[@]}" -- kiosk --config "$CORECUE_HOME/kiosk.toml"
only=""
window "corecue practice with the null sink" 4 -u LANGUAGE LANG=C.UTF-8 LC_ALL= LC_MESSAGES= -- practice --reps 1

# Fyne's folder for the app's preferences (it makes it at start) lives in
# CORECUE_HOME, not in XDG_CONFIG_HOME.
prefs="fyne/org.corecue.CoreCue/preferences.json"
checked=$((checked + 1))
if [ ! -d "$scratch/home.$runs/$(dirname "$prefs")" ] || [ -e "$XDG_CONFIG_HOME/fyne" ]; then
	echo "quiet-test: FAIL: Fyne's preferences folder is not in CORECUE_HOME ($scratch/home.$runs)" >&2
	failures=$((failures + 1))
fi

# An empty preferences file (a run ended while Fyne saved it): one line
# saying so, not Fyne's "Preferences load error: EOF", and the app runs.
mkdir -p "$scratch/empty/fyne/org.corecue.CoreCue"
: >"$scratch/empty/$prefs"
env CORECUE_HOME="$scratch/empty" "$bin" >/dev/null 2>"$scratch/err" &
app_pid=$!
sleep 3
kill -0 "$app_pid" 2>/dev/null || {
	echo "quiet-test: FAIL: corecue with an empty preferences file exited early" >&2
	failures=$((failures + 1))
}
kill -TERM "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
app_pid=""
checked=$((checked + 1))
if [ "$(wc -l <"$scratch/err")" -ne 1 ] || ! grep -q "^corecue: the settings file .* was empty" "$scratch/err"; then
	echo "quiet-test: FAIL: an empty preferences file should give one line; stderr was:" >&2
	head -n 5 "$scratch/err" | sed 's/^/quiet-test:   /' >&2
	failures=$((failures + 1))
fi

if [ "$failures" -gt 0 ]; then
	echo "quiet-test: FAIL: $failures of $checked runs wrote to stderr" >&2
	exit 1
fi
echo "quiet-test: ok: $checked checks: runs under C.UTF-8, C.utf8 and POSIX.UTF-8, with and without a sound server, kept stderr clean; an empty preferences file gave one line; Fyne's preferences were in CORECUE_HOME"
