#!/usr/bin/env bash
# Proves that the kiosk's systemd unit brings a kiosk started before its X
# server back once X is up. There is no systemd user manager in CI, so a
# small supervisor plays its part with the unit's own settings, read from
# deploy/corecue-kiosk.service: Restart=, RestartSec=,
# RestartPreventExitStatus=, StartLimitIntervalSec= and StartLimitBurst=
# (systemd's defaults where a setting is absent). It fails if the unit would
# not restart the kiosk, would give up on it, or if a start without X says
# more than its one line.
# Usage: scripts/restart-test.sh [BIN]   (default bin/corecue; needs Xvfb, xdotool)
set -euo pipefail

cd "$(dirname "$0")/.."
bin=$(realpath "${1:-bin/corecue}")
unit=deploy/corecue-kiosk.service
x_after=${RESTART_X_AFTER:-3} # failed starts without X before it appears

fail() {
	echo "restart-test: FAIL: $*" >&2
	exit 1
}
[ -x "$bin" ] || fail "$bin is missing (make build)"

setting() { sed -n "s/^[[:space:]]*$1=[[:space:]]*//p" "$unit" | tail -n 1; }
restart=$(setting Restart)
restart_sec=$(setting RestartSec)
prevent=" $(setting RestartPreventExitStatus) "
limit_interval=$(setting StartLimitIntervalSec)
limit_burst=$(setting StartLimitBurst)
restart=${restart:-no}
restart_sec=${restart_sec:-0.1}
restart_sec=${restart_sec%s}
limit_interval=${limit_interval:-10}
limit_interval=${limit_interval%s}
limit_burst=${limit_burst:-5}
case $restart in
always | on-failure | no) ;;
*) fail "Restart=$restart: this test knows always, on-failure and no" ;;
esac
echo "restart-test: $unit: Restart=$restart RestartSec=$restart_sec RestartPreventExitStatus=${prevent// /,} StartLimitIntervalSec=$limit_interval StartLimitBurst=$limit_burst"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/corecue-restart.XXXXXX")
sup_pid=""
xvfb_pid=""
cleanup() {
	local status=$?
	set +e
	if [ -n "$sup_pid" ]; then
		kill "$sup_pid" 2>/dev/null
		wait "$sup_pid" 2>/dev/null
	fi
	if [ -s "$scratch/child.pid" ]; then
		kill -KILL "$(cat "$scratch/child.pid")" 2>/dev/null
	fi
	if [ -n "$xvfb_pid" ]; then
		kill "$xvfb_pid" 2>/dev/null
		wait "$xvfb_pid" 2>/dev/null
	fi
	rm -rf "$scratch"
	exit "$status"
}
trap cleanup EXIT

# A kiosk as the docs set one up: its config and PIN in the storage folder.
export CORECUE_HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config"
mkdir -p "$CORECUE_HOME" "$XDG_CONFIG_HOME"
cp docs/kiosk.example.toml "$CORECUE_HOME/kiosk.toml"
printf '2580\n2580\n' | "$bin" kiosk set-pin >/dev/null 2>&1 || fail "kiosk set-pin failed"

# A display number no X server holds; Xvfb takes it only later.
display=""
for n in $(seq 400 499); do
	if [ ! -e "/tmp/.X11-unix/X$n" ] && [ ! -e "/tmp/.X$n-lock" ]; then
		display=":$n"
		break
	fi
done
[ -n "$display" ] || fail "no free display number"

# The supervisor: start, wait, and decide as systemd would.
supervise() {
	local run=0 status starts=()
	while :; do
		local now
		now=$(date +%s.%N)
		if [ "$limit_interval" != 0 ]; then
			local recent=()
			for s in "${starts[@]}"; do
				awk -v s="$s" -v n="$now" -v i="$limit_interval" 'BEGIN { exit !(n - s < i) }' && recent+=("$s")
			done
			starts=("${recent[@]}")
			if [ "${#starts[@]}" -ge "$limit_burst" ]; then
				echo "gave-up" >>"$scratch/events"
				return
			fi
		fi
		starts+=("$now")
		run=$((run + 1))
		DISPLAY=$display "$bin" kiosk >"$scratch/out.$run" 2>"$scratch/err.$run" &
		echo $! >"$scratch/child.pid"
		status=0
		wait $! || status=$?
		echo "exit $run $status" >>"$scratch/events"
		case $restart in
		no) return ;;
		on-failure) [ "$status" -ne 0 ] || return ;;
		esac
		case $prevent in *" $status "*) echo "prevented $status" >>"$scratch/events"; return ;; esac
		sleep "$restart_sec"
	done
}
: >"$scratch/events"
supervise &
sup_pid=$!

echo "restart-test: kiosk started on $display with no X server; X comes after ${x_after} failed starts"
exits=0
for _ in $(seq 600); do
	exits=$(grep -c '^exit ' "$scratch/events" || true)
	if grep -q '^gave-up\|^prevented' "$scratch/events"; then
		fail "the unit stopped restarting before X came: $(tr '\n' ' ' <"$scratch/events")"
	fi
	[ "$exits" -ge "$x_after" ] && break
	sleep 0.1
done
[ "$exits" -ge "$x_after" ] || fail "only $exits start(s) in 60 s without X; want $x_after (restarts)"
for f in "$scratch"/err.*; do
	run=${f##*.}
	status=$(awk -v r="$run" '$1 == "exit" && $2 == r { print $3 }' "$scratch/events")
	[ -n "$status" ] || continue # still running
	[ "$status" = 75 ] || fail "start $run without X exited $status, want 75: $(head -c 300 "$f")"
	lines=$(wc -l <"$f")
	[ "$lines" -eq 1 ] || fail "start $run without X wrote $lines lines on stderr, want 1: $(head -c 600 "$f")"
	grep -q "^corecue kiosk: no X server answers on DISPLAY=$display" "$f" || fail "start $run said: $(cat "$f")"
done
echo "restart-test: $exits starts without X, each exit 75 with one line: $(head -n 1 "$scratch/err.1")"

Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
xvfb_pid=$!
win=""
for _ in $(seq 120); do
	win=$(DISPLAY=$display xdotool search --onlyvisible --name '^CoreCue$' 2>/dev/null | head -n 1 || true)
	[ -n "$win" ] && break
	grep -q '^gave-up\|^prevented' "$scratch/events" && fail "the unit stopped restarting: $(tr '\n' ' ' <"$scratch/events")"
	sleep 0.5
done
[ -n "$win" ] || fail "no kiosk window within 60 s of X starting; events: $(tr '\n' ' ' <"$scratch/events"); last stderr: $(tail -c 400 "$(ls -t "$scratch"/err.* | head -n 1)")"
geometry=$(DISPLAY=$display xdotool getwindowgeometry "$win" | awk '/Geometry/ { print $2 }')
echo "restart-test: ok: the kiosk came back on its own once X was up (window $win, $geometry, after $(grep -c '^exit ' "$scratch/events") failed starts)"
