#!/usr/bin/env bash
# Builds dist/corecue.tar.xz, the Linux package, with `fyne package`.
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

echo "package: fyne package --os linux (from $fyne_tools)"
(cd "$work/app" && go run "$fyne_tools" package --os linux --src . --exe "$work/app/corecue")

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
