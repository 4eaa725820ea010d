#!/usr/bin/env bash
# Runs a command with its own X server (Xvfb, 1920x1080x24 unless
# HEADLESS_SIZE says) and its own
# PulseAudio server whose default sink is a null sink named "nullsink", then
# stops both whatever happens and exits with the command's status.
# Usage: scripts/headless.sh CMD [ARGS...]
#
# It always starts its own servers, even inside a desktop session, so a run
# behaves the same on a laptop as in CI.
# HEADLESS_KEEP_LOGS=1 keeps the servers' logs in the private runtime dir.
# HEADLESS_SIZE=WxH sets the screen (default 1920x1080), to look at a
# window at 1024x600 or 1280x800 as those screens show it.
set -euo pipefail

if [ $# -eq 0 ]; then
	echo "usage: scripts/headless.sh CMD [ARGS...]" >&2
	exit 2
fi
for tool in Xvfb pulseaudio pactl; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		echo "headless: $tool not found: run scripts/install-deps.sh test" >&2
		exit 127
	fi
done

size=${HEADLESS_SIZE:-1920x1080}
if ! [[ $size =~ ^[0-9]{3,4}x[0-9]{3,4}$ ]]; then
	echo "headless: HEADLESS_SIZE must be WIDTHxHEIGHT, like 1024x600 (got \"$size\")" >&2
	exit 2
fi
runtime=$(mktemp -d "${TMPDIR:-/tmp}/corecue-headless.XXXXXX")
chmod 700 "$runtime"
xvfb_pid=""
pulse_pid=""

stop() {
	local pid
	for pid in $pulse_pid $xvfb_pid; do
		if kill -0 "$pid" 2>/dev/null; then
			kill -TERM "$pid" 2>/dev/null || true
		fi
	done
	for pid in $pulse_pid $xvfb_pid; do
		# Give each server a moment to exit cleanly, then insist.
		for _ in $(seq 50); do
			kill -0 "$pid" 2>/dev/null || break
			sleep 0.1
		done
		kill -KILL "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	done
	if [ -z "${HEADLESS_KEEP_LOGS:-}" ]; then
		rm -rf "$runtime"
	else
		echo "headless: logs kept in $runtime" >&2
	fi
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Xvfb picks a free display itself and writes its number to the pipe: no
# guessing, no race with another X server starting at the same time.
exec {dfd}<> <(:)
Xvfb -displayfd "$dfd" -screen 0 "${size}x24" -nolisten tcp -noreset \
	>"$runtime/xvfb.log" 2>&1 &
xvfb_pid=$!
display=""
if ! read -r -t 15 display <&"$dfd" || [ -z "$display" ]; then
	echo "headless: Xvfb did not start; its log:" >&2
	cat "$runtime/xvfb.log" >&2
	exit 1
fi
exec {dfd}<&-
export DISPLAY=":$display"

# A private runtime dir keeps this server apart from any desktop one, and an
# anonymous socket avoids depending on a cookie in the user's home.
export XDG_RUNTIME_DIR="$runtime"
mkdir -p "$runtime/pulse"
export PULSE_SERVER="unix:$runtime/pulse/native"
unset PULSE_SINK PULSE_SOURCE
pulseaudio --daemonize=no --exit-idle-time=-1 -n --use-pid-file=no \
	--disallow-exit --log-target=stderr \
	--load="module-null-sink sink_name=nullsink" \
	--load="module-native-protocol-unix auth-anonymous=1 socket=$runtime/pulse/native" \
	>"$runtime/pulse.log" 2>&1 &
pulse_pid=$!
ready=""
for _ in $(seq 100); do
	if pactl info >/dev/null 2>&1; then
		ready=1
		break
	fi
	kill -0 "$pulse_pid" 2>/dev/null || break
	sleep 0.1
done
if [ -z "$ready" ]; then
	echo "headless: PulseAudio did not start; its log:" >&2
	cat "$runtime/pulse.log" >&2
	exit 1
fi
pactl set-default-sink nullsink
# Lets scripts that need these servers see they are already inside them.
export CORECUE_HEADLESS=1

set +e
"$@"
status=$?
set -e
exit "$status"
