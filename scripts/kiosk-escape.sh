#!/usr/bin/env bash
# The kiosk's walls, tried as an intruder would: Openbox with the kiosk
# user's set-up from deploy/openbox (docs/kiosk.md), the real binary started
# exactly as the README says, then every key, mouse and wmctrl action that
# has broken out of a kiosk before. After each one the kiosk's window must be
# mapped, full screen (1920x1080 at 0,0, _NET_WM_STATE_FULLSCREEN), on top,
# active, and alone on screen (no menu, no other window). Zero escapes.
# Usage: scripts/kiosk-escape.sh [BIN]   (default bin/corecue; runs itself
# inside scripts/headless.sh when not there already). Log: out/kiosk-escape.log.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
if [ -z "${CORECUE_HEADLESS:-}" ]; then
	exec scripts/headless.sh "$0" "$@"
fi
bin=${1:-$root/bin/corecue}
for tool in openbox wmctrl xdotool xprop xwininfo; do
	command -v "$tool" >/dev/null 2>&1 || {
		echo "kiosk-escape: FAIL: $tool not found: run scripts/install-deps.sh test" >&2
		exit 1
	}
done
[ -x "$bin" ] || {
	echo "kiosk-escape: FAIL: $bin is missing (make build)" >&2
	exit 1
}
mkdir -p out
log=$root/out/kiosk-escape.log
: >"$log"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/corecue-escape.XXXXXX")
ob_pid=""
kiosk_pid=""
app="" # the kiosk process itself, the README line's shell's child
cleanup() {
	# The README's line runs the kiosk under sh: stop the kiosk itself first.
	[ -n "$kiosk_pid" ] && pkill -TERM -P "$kiosk_pid" 2>/dev/null || true
	for pid in $kiosk_pid $ob_pid; do
		kill -TERM "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	done
	# Not waited for by the shell: until it is gone it may still write in
	# its folder, and removing the folder would fail under it.
	if [ -n "$app" ]; then
		for _ in $(seq 50); do
			kill -0 "$app" 2>/dev/null || break
			sleep 0.1
		done
	fi
	rm -rf "$scratch"
}
trap cleanup EXIT

fail() {
	echo "kiosk-escape: FAIL: $*" >&2
	tail -n 15 "$log" | sed 's/^/kiosk-escape:   /' >&2
	exit 1
}

# The kiosk user's home, set up as docs/kiosk.md says.
export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/home/.config CORECUE_HOME=$scratch/home/corecue
mkdir -p "$XDG_CONFIG_HOME/openbox"
cp deploy/openbox/rc.xml deploy/openbox/menu.xml deploy/openbox/autostart "$XDG_CONFIG_HOME/openbox/"
# ESCAPE_RC=/etc/xdg/openbox/rc.xml tries Openbox's stock set-up instead,
# to see the test catch what the kiosk's set-up closes.
if [ -n "${ESCAPE_RC:-}" ]; then
	cp "$ESCAPE_RC" "$XDG_CONFIG_HOME/openbox/rc.xml"
	cp /etc/xdg/openbox/menu.xml "$XDG_CONFIG_HOME/openbox/menu.xml"
fi
openbox >>"$log" 2>&1 &
ob_pid=$!
for _ in $(seq 50); do
	xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' && break
	sleep 0.1
done
xprop -root _NET_SUPPORTING_WM_CHECK | grep -q 'window id' || fail "Openbox did not start"

# The README's line, word for word, with the PIN on stdin as a script gives it.
readme=$(grep -o '^bin/corecue kiosk set-pin && bin/corecue kiosk' README.md || true)
[ -n "$readme" ] || fail "README.md no longer has the line 'bin/corecue kiosk set-pin && bin/corecue kiosk'"
line=${readme//bin\/corecue/$bin}
app_locale=()
case "${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}" in
"" | C | C.* | POSIX) app_locale=(LANG=en_US.UTF-8 LC_ALL= LC_MESSAGES=) ;;
esac
printf '2580\n2580\n' | env "${app_locale[@]}" sh -c "$line" >>"$log" 2>&1 &
kiosk_pid=$!

win=""
for _ in $(seq 100); do
	win=$(xdotool search --onlyvisible --name '^CoreCue$' 2>/dev/null | head -n 1 || true)
	[ -n "$win" ] && break
	kill -0 "$kiosk_pid" 2>/dev/null || fail "the README's kiosk lines exited (see $log)"
	sleep 0.1
done
[ -n "$win" ] || fail "no kiosk window within 10 s"
echo "kiosk-escape: the README's lines started the kiosk (window $win) under Openbox"

# x runs an X query, giving up after 2 s: a server held grabbed by someone
# is a failed check, not a test that hangs.
x() { timeout 2 "$@"; }

# problem prints what is wrong with the kiosk's window now, or nothing.
problem() {
	local wrong=() info state top active extra
	kill -0 "$kiosk_pid" 2>/dev/null || {
		echo "the kiosk exited"
		return
	}
	info=$(x xwininfo -id "$win" 2>/dev/null) || {
		echo "the window is gone, or the X server does not answer"
		return
	}
	grep -q 'Map State: IsViewable' <<<"$info" || wrong+=("not mapped")
	grep -q 'Absolute upper-left X:  0$' <<<"$info" && grep -q 'Absolute upper-left Y:  0$' <<<"$info" &&
		grep -q 'Width: 1920$' <<<"$info" && grep -q 'Height: 1080$' <<<"$info" || wrong+=("not covering the screen")
	state=$(x xprop -id "$win" _NET_WM_STATE 2>/dev/null || true)
	grep -q _NET_WM_STATE_FULLSCREEN <<<"$state" || wrong+=("not full screen")
	if grep -q _NET_WM_STATE_HIDDEN <<<"$state"; then wrong+=("minimised"); fi
	top=$(x xprop -root _NET_CLIENT_LIST_STACKING | awk -F', ' '{print $NF}' | grep -o '0x[0-9a-f]*$' || true)
	[ $((top)) -eq $((win)) ] || wrong+=("not on top ($top)")
	active=$(x xprop -root _NET_ACTIVE_WINDOW | grep -o '0x[0-9a-f]*$' || true)
	[ $((active)) -eq $((win)) ] || wrong+=("not active ($active)")
	# Nothing above it: no viewable top-level window (a menu, another
	# program) comes after the kiosk's frame in the root's stacking order,
	# which X lists bottom first. Openbox's 1x1 check window does not count.
	extra=0
	local seen="" frame
	frame=$(x xwininfo -tree -id "$win" 2>/dev/null | awk '/Parent window id/ {print $4}')
	while read -r w; do
		local wi
		if [ -z "$seen" ]; then
			[ $((w)) -eq $((${frame:-0})) ] || [ $((w)) -eq $((win)) ] && seen=1
			continue
		fi
		wi=$(x xwininfo -id "$w" 2>/dev/null) || continue
		grep -q 'Map State: IsViewable' <<<"$wi" || continue
		grep -q 'Width: 1$' <<<"$wi" && continue
		extra=$((extra + 1))
	done < <(x xwininfo -root -children | awk '/^ +0x/ {print $1}')
	[ -n "$seen" ] || wrong+=("its frame is not a top-level window")
	[ "$extra" -eq 0 ] || wrong+=("$extra window(s) above it")
	local IFS=,
	echo "${wrong[*]}"
}

# settled waits up to 3 s for the kiosk to be back in place; the kiosk
# puts itself back when something moves it.
settled() {
	local p=""
	if [ "$SECONDS" -gt 240 ]; then
		echo "out of time (over 240 s)"
		return 1
	fi
	for _ in $(seq 30); do
		p=$(problem)
		[ -z "$p" ] && return 0
		sleep 0.1
	done
	echo "$p"
	return 1
}

p=$(settled) || fail "before any action the kiosk is not in place: $p"

# The check itself, tried once, so that "0 escapes" means something: with
# the kiosk stopped, so that it cannot put itself back, a window taken out
# of full screen must be seen as out of place; let go, it must come back.
app=$(pgrep -P "$kiosk_pid" | head -n 1 || true)
[ -n "$app" ] || app=$kiosk_pid
kill -STOP "$app"
x wmctrl -i -r "$win" -b remove,fullscreen >>"$log" 2>&1 || true
sleep 0.5
p=$(problem)
kill -CONT "$app"
[ -n "$p" ] || fail "the check did not see the window taken out of full screen while the kiosk was stopped"
echo "kiosk-escape: the check sees a stopped kiosk taken out of full screen ($p)"
p=$(settled) || fail "let go, the kiosk did not put itself back: $p"

escapes=0
tried=0
try() {
	local name=$1
	shift
	tried=$((tried + 1))
	timeout 10 "$@" >>"$log" 2>&1 || true
	sleep 0.3
	local p
	if p=$(settled); then
		echo "kiosk-escape: ok     $name"
	else
		echo "kiosk-escape: ESCAPE $name: $p"
		escapes=$((escapes + 1))
	fi
}

try "Alt+F4" xdotool key --clearmodifiers alt+F4
try "Ctrl+Q" xdotool key --clearmodifiers ctrl+q
try "Ctrl+W" xdotool key --clearmodifiers ctrl+w
try "Escape" xdotool key --clearmodifiers Escape
try "F11" xdotool key --clearmodifiers F11
try "Super+D (show desktop)" xdotool key --clearmodifiers super+d
try "Super+F2" xdotool key --clearmodifiers super+F2
try "Ctrl+Alt+Right (next desktop)" xdotool key --clearmodifiers ctrl+alt+Right
try "Ctrl+Alt+Left (previous desktop)" xdotool key --clearmodifiers ctrl+alt+Left
try "Alt+Tab" xdotool key --clearmodifiers alt+Tab
try "Alt+Space (window menu)" xdotool key --clearmodifiers alt+space
try "Alt+mouse wheel down" sh -c 'xdotool mousemove 960 540 keydown alt click 5 click 5 keyup alt'
try "Alt+mouse wheel up" sh -c 'xdotool mousemove 960 540 keydown alt click 4 click 4 keyup alt'
try "mouse wheel on the desktop" sh -c 'xdotool mousemove 2 2 click 5 click 4'
try "right-click on the desktop" sh -c 'xdotool mousemove 3 3 click 3'
try "middle-click on the desktop" sh -c 'xdotool mousemove 3 1077 click 2'
try "Alt+drag (move)" sh -c 'xdotool mousemove 900 500 keydown alt mousedown 1 mousemove 400 300 mouseup 1 keyup alt'
try "Alt+right-drag (resize)" sh -c 'xdotool mousemove 900 500 keydown alt mousedown 3 mousemove 400 300 mouseup 3 keyup alt'
try "minimise, then right-click the bare desktop" sh -c "xdotool windowminimize $win; xdotool mousemove 500 500 click 3"
try "wmctrl: un-fullscreen" wmctrl -i -r "$win" -b remove,fullscreen
try "wmctrl: toggle fullscreen" wmctrl -i -r "$win" -b toggle,fullscreen
try "wmctrl: un-fullscreen and move" sh -c "wmctrl -i -r $win -b remove,fullscreen,above && wmctrl -i -r $win -e 0,100,100,640,480"
try "wmctrl: add a desktop and switch to it" sh -c 'wmctrl -n 2 && wmctrl -s 1'
try "wmctrl: send the kiosk to another desktop" sh -c "wmctrl -n 2 && wmctrl -i -r $win -t 1"
try "wmctrl: close (Alt+F4's request)" wmctrl -i -c "$win"
try "wmctrl: shade and below" wmctrl -i -r "$win" -b add,shaded,below

echo "kiosk-escape: $tried actions, $escapes escapes (log: out/kiosk-escape.log)"
[ "$escapes" -eq 0 ] || exit 1
