#!/usr/bin/env bash
# Builds Snowball's libstemmer (the Dutch and English stemmers) for the WebAssembly engine, from Debian's source
# package `snowball`: the very version Debian's libstemmer-dev has natively, so native and browser stems agree.
# Nothing of Snowball is kept in the repository: `apt-get source` fetches it into build/snowball/ (install-deps.sh
# adds the deb-src entry that needs), its own makefile builds the `snowball` compiler natively, and emcc compiles the
# generated C stemmers and the runtime into build/snowball/wasm/libstemmer.a (+ include/libstemmer.h).
# Usage: scripts/build-snowball-wasm.sh   (quiet and quick when the library is already built)
set -euo pipefail
cd "$(dirname "$0")/.."
work="$PWD/build/snowball"
out="$work/wasm"
[ -f "$out/libstemmer.a" ] && [ -f "$out/include/libstemmer.h" ] && exit 0

mkdir -p "$work"
src=$(find "$work" -maxdepth 1 -type d -name 'snowball-*' | head -n 1)
if [ -z "$src" ]; then
  echo "build-snowball-wasm: fetching Debian's source package snowball"
  (cd "$work" && apt-get source -qq snowball >"$work/fetch.log" 2>&1) || {
    echo "build-snowball-wasm: apt-get source snowball failed (is there a deb-src entry? run scripts/install-deps.sh wasm)" >&2
    tail -n 20 "$work/fetch.log" >&2
    exit 1
  }
  src=$(find "$work" -maxdepth 1 -type d -name 'snowball-*' | head -n 1)
fi

# Only the stemmers the engine uses (a smaller engine): keep the dutch and english lines of Snowball's module list.
modules="$src/libstemmer/modules.txt"
[ -f "$modules.all" ] || cp "$modules" "$modules.all"
grep -E '^(dutch|english)[[:space:]]' "$modules.all" >"$modules"

export NODE_PATH="${NODE_PATH:+$NODE_PATH:}/usr/share/nodejs"
jobs="${JOBS:-$(nproc)}"
log="$work/build.log"
{
  make -C "$src" -j "$jobs" snowball                      # the Snowball compiler, a host tool
  make -C "$src" -j "$jobs" CC=emcc AR=emar CFLAGS="-Oz -flto" libstemmer.a
} >"$log" 2>&1 || { echo "build-snowball-wasm: build failed" >&2; tail -n 30 "$log" >&2; exit 1; }
mkdir -p "$out/include"
cp "$src/libstemmer.a" "$out/"
cp "$src/include/libstemmer.h" "$out/include/"
echo "build-snowball-wasm: built $out/libstemmer.a"
