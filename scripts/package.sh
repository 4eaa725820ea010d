#!/usr/bin/env bash
# Builds dist/corecue.tar.xz, the Linux package, and dist/CoreCue.exe, the
# Windows executable with its icon, version and manifest, with `fyne package`.
#
# FyneApp.toml stays at the repository root as the single source of the
# app's metadata, but fyne reads it only from the --src folder (the main
# package, app/). So the package is built from a throwaway copy of the tree
# with the toml placed beside app/main.go. That also keeps fyne's automatic
# Build bump out of the real toml: bump Build there by hand for a release.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
fyne_tools=${FYNE_TOOLS:-fyne.io/tools/cmd/fyne@v1.7.4}

[ -f app/main.go ] || { echo "package: app/main.go is missing" >&2; exit 1; }
grep -q '^Icon = "assets/icon.png"' FyneApp.toml ||
	{ echo "package: FyneApp.toml must set Icon = \"assets/icon.png\" (the copy rewrites that path)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/corecue-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

tar --exclude=./.git --exclude=./bin --exclude=./out --exclude=./dist -cf - . | tar -xf - -C "$work"
# The toml's paths are relative to the toml, which now sits one level down.
sed 's|^Icon = "assets/icon.png"|Icon = "../assets/icon.png"|' FyneApp.toml >"$work/app/FyneApp.toml"

# The fyne tool is built for this machine once; `go run` would build it for
# the target system when GOOS is set.
echo "package: building the fyne tool ($fyne_tools)"
GOBIN="$work/tools" go install "$fyne_tools"
fyne=$work/tools/fyne

echo "package: fyne package --os linux"
(cd "$work/app" && "$fyne" package --os linux --tags no_emoji --src . --exe "$work/app/corecue")

tarball=$(find "$work/app" -maxdepth 1 -name '*.tar.xz' | head -n 1)
[ -n "$tarball" ] || { echo "package: fyne package produced no .tar.xz" >&2; exit 1; }
mkdir -p "$root/dist"
mv "$tarball" "$root/dist/corecue.tar.xz.tmp"
mv "$root/dist/corecue.tar.xz.tmp" "$root/dist/corecue.tar.xz"

# Prove the package holds what a desktop needs, not just a binary.
listing=$(tar -tJf "$root/dist/corecue.tar.xz")
for want in bin/corecue share/applications/org.corecue.CoreCue.desktop share/pixmaps/org.corecue.CoreCue.png; do
	grep -q "$want\$" <<<"$listing" || { echo "package: dist/corecue.tar.xz lacks $want" >&2; exit 1; }
done
echo "package: dist/corecue.tar.xz ($(du -h "$root/dist/corecue.tar.xz" | cut -f1)):"
sed 's/^/  /' <<<"$listing"

# Windows: fyne turns the icon into an .ico, writes the version and manifest
# from the toml into a resource object beside main.go and builds with it
# (cgo through MinGW-w64, a GUI program with no console window). An existing
# executable at --exe stops fyne building once without the resources before
# building again with them, which would double a long cross-link.
windows_cc=${WINDOWS_CC:-x86_64-w64-mingw32-gcc}
command -v "$windows_cc" >/dev/null ||
	{ echo "package: $windows_cc is missing (scripts/install-deps.sh package installs it)" >&2; exit 1; }
echo "package: fyne package --os windows (CC=$windows_cc)"
: >"$work/app/corecue.exe"
(cd "$work/app" && env GOARCH=amd64 CC="$windows_cc" "$fyne" package --os windows --tags no_emoji --src . --exe corecue.exe)
exe=$work/app/CoreCue.exe
[ -s "$exe" ] || { echo "package: fyne package produced no CoreCue.exe" >&2; exit 1; }

# Prove the executable carries what Windows shows: a GUI program with an
# icon, and the name and version from FyneApp.toml in its version resource.
# fyne bumps Build on each package it makes, so only the version from the
# toml is checked, not the build number.
version=$(sed -n 's/^Version = "\(.*\)"/\1/p' FyneApp.toml)
headers=$(x86_64-w64-mingw32-objdump -p "$exe")
grep -q 'Subsystem.*(Windows GUI)' <<<"$headers" || { echo "package: CoreCue.exe is not a GUI program" >&2; exit 1; }
# objdump lists the resource types by number, one level in: RT_ICON 3,
# RT_GROUP_ICON 14, RT_VERSION 16, RT_MANIFEST 24.
for want in 3:icon e:icon-group 10:version 18:manifest; do
	grep -Eq "^[0-9a-f]+   Entry: ID: 0x0*${want%%:*}," <<<"$headers" ||
		{ echo "package: CoreCue.exe has no ${want#*:} resource" >&2; exit 1; }
done
# Resource strings are UTF-16: a NUL after every ASCII character.
for want in CoreCue "$version."; do
	grep -qaP "$(sed 's/[.]/\\./g; s/[^\\]/&\\x00/g' <<<"$want")" "$exe" ||
		{ echo "package: CoreCue.exe's version resource lacks $want" >&2; exit 1; }
done
mv "$exe" "$root/dist/CoreCue.exe.tmp"
mv "$root/dist/CoreCue.exe.tmp" "$root/dist/CoreCue.exe"
echo "package: dist/CoreCue.exe ($(du -h "$root/dist/CoreCue.exe" | cut -f1)): GUI program, icon, version $version"
