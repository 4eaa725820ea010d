#!/usr/bin/env bash
# Installs the system packages CoreCue needs that are not installed yet, so
# `make run` and `make test` work on a fresh Debian/Ubuntu machine.
# Usage: scripts/install-deps.sh [build|test|bench|package|all]   (default: build)
set -euo pipefail

want=${1:-build}
case "$want" in
build | test | bench | package | all) ;;
*)
	echo "install-deps: unknown set '$want' (use build, test, bench, package or all)" >&2
	exit 2
	;;
esac

build_pkgs=(gcc pkg-config libgl1-mesa-dev libegl1-mesa-dev libgles2-mesa-dev
	libx11-dev xorg-dev libxkbcommon-dev libwayland-dev libasound2-dev
	xz-utils fonts-noto-core fonts-dejavu-core)
# xz-utils: make package lists the .tar.xz it builds. The fonts: the PDF
# handout embeds a Unicode font found on the system at run time (Noto Sans,
# with Noto Sans Bengali and others for scripts it lacks; DejaVu Sans when
# Noto is missing). build_pkgs are installed for the tests too.
test_pkgs=(xvfb xauth pulseaudio pulseaudio-utils libasound2-plugins sox espeak-ng
	imagemagick xdotool poppler-utils x11-utils
	dbus openbox wmctrl) # dbus: the tray test runs a private session bus; openbox, wmctrl: scripts/kiosk-escape.sh
# make bench's outside A/V measure records the screen and the sound with ffmpeg.
bench_pkgs=(ffmpeg)
# The C cross-compiler for the Windows executable (make test and make package).
cross_pkgs=(gcc-mingw-w64-x86-64)

pkgs=("${build_pkgs[@]}")
case "$want" in
test) pkgs+=("${test_pkgs[@]}" "${cross_pkgs[@]}") ;;
bench) pkgs+=("${test_pkgs[@]}" "${bench_pkgs[@]}") ;;
all) pkgs+=("${test_pkgs[@]}" "${cross_pkgs[@]}" "${bench_pkgs[@]}") ;;
package) pkgs+=("${cross_pkgs[@]}") ;;
esac

# Go is not taken from apt: Debian's packaged Go is older than go.mod needs.
check_go() {
	local gobin
	gobin=$(command -v go || true)
	if [ -z "$gobin" ] && [ -x /usr/local/go/bin/go ]; then
		gobin=/usr/local/go/bin/go
	fi
	if [ -z "$gobin" ]; then
		echo "install-deps: Go >= 1.26 not found: install it from https://go.dev/dl/ into /usr/local/go (or put it on PATH)" >&2
		return
	fi
	local v
	v=$("$gobin" env GOVERSION 2>/dev/null || true)
	v=${v#go}
	local major=${v%%.*} rest=${v#*.}
	local minor=${rest%%[!0-9]*}
	if [ -z "$major" ] || [ -z "$minor" ] || [ "$major" -lt 1 ] || { [ "$major" -eq 1 ] && [ "$minor" -lt 26 ]; }; then
		echo "install-deps: $gobin is go$v but CoreCue needs Go >= 1.26: install it from https://go.dev/dl/" >&2
	fi
}

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
	echo "install-deps: not a Debian/Ubuntu system; install the equivalents of: ${pkgs[*]}" >&2
	check_go
	exit 0
fi

missing=()
for p in "${pkgs[@]}"; do
	# A removed package keeps a "deinstall" record, so check the status, not just presence.
	status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
	if [ "$status" != installed ]; then
		missing+=("$p")
	fi
done

if [ ${#missing[@]} -gt 0 ]; then
	sudo=()
	if [ "$(id -u)" -ne 0 ]; then
		if ! command -v sudo >/dev/null 2>&1; then
			echo "install-deps: missing packages and no sudo; as root run: apt-get install ${missing[*]}" >&2
			exit 1
		fi
		sudo=(sudo)
	fi
	echo "install-deps: installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
	"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

check_go
