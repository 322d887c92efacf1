#!/usr/bin/env bash
# Fetch GnuCOBOL's own autotest suite (tests/testsuite.src/*.at) for the installed cobc from
# Debian's source package, into a cache folder outside the repository (nothing of it is committed).
# Idempotent: when the .at files are already unpacked for the installed version, it does nothing.
#   usage: tests/conformance/fetch_testsuite.sh [CACHE_DIR]
#   default CACHE_DIR: $IDRS_GNUCOBOL_TESTSUITE or ~/.cache/idrs-gnucobol-testsuite
# Prints the folder holding the .at files on its last line.
set -euo pipefail
CACHE="${1:-${IDRS_GNUCOBOL_TESTSUITE:-$HOME/.cache/idrs-gnucobol-testsuite}}"
VERSION="$(dpkg-query -W -f='${source:Upstream-Version}' gnucobol3 2>/dev/null || true)"
[ -n "$VERSION" ] || { echo "fetch_testsuite: package gnucobol3 is not installed" >&2; exit 1; }
DEST="$CACHE/$VERSION/testsuite.src"
if [ -f "$DEST/run_fundamental.at" ] && [ -f "$DEST/run_file.at" ]; then
    echo "$DEST"
    exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
# deb-src entries: the same URIs and suites as the machine's deb822 Debian sources, in a file of
# their own so the machine's own entries stay untouched.
SRC_LIST=/etc/apt/sources.list.d/idrs-deb-src.sources
if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
    [ -f /etc/apt/sources.list.d/debian.sources ] || { echo "fetch_testsuite: no /etc/apt/sources.list.d/debian.sources to mirror" >&2; exit 1; }
    sed -e 's/^Types:.*/Types: deb-src/' /etc/apt/sources.list.d/debian.sources | $SUDO tee "$SRC_LIST" >/dev/null
    $SUDO apt-get update -qq
fi
mkdir -p "$CACHE/$VERSION/download"
cd "$CACHE/$VERSION/download"
if ! ls gnucobol3_*.orig.tar.* >/dev/null 2>&1; then
    apt-get source --download-only -qq "gnucobol3=$(dpkg-query -W -f='${source:Version}' gnucobol3)" \
        || apt-get source --download-only -qq gnucobol3
fi
ORIG="$(ls gnucobol3_*.orig.tar.* | head -n 1)"
TMP="$(mktemp -d "$CACHE/$VERSION/unpack.XXXXXX")"
tar -xf "$ORIG" -C "$TMP" --wildcards '*/tests/testsuite.src/*' '*/tests/atlocal.in'
mkdir -p "$DEST"
cp "$TMP"/*/tests/testsuite.src/* "$DEST"/
cp "$TMP"/*/tests/atlocal.in "$DEST"/../atlocal.in
rm -rf "$TMP"
echo "$DEST"
