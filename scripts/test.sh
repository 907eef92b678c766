#!/usr/bin/env bash
# Runs every test on this machine, installing what is missing first (Debian packages, npm packages):
#   1. the native build with warnings as errors, and every GoogleTest test through ctest
#      (unit, JSON Logic conformance, schema, validator corpus, personas, CLI);
#   2. `ekw validate` on the Haarlem content, with its sources checked against ../shared/seeds;
#   3. the WebAssembly build of the site and the browser tests in headless Chromium (personas, axe-core, privacy).
# Usage: scripts/test.sh [--native-only]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
jobs="${JOBS:-$(nproc)}"

native_only=0
[ "${1:-}" = "--native-only" ] && native_only=1

if [ "$native_only" = 1 ]; then
  scripts/install-deps.sh native
else
  scripts/install-deps.sh all
fi

echo "== native build (warnings are errors) =="
cmake --preset native -DEKW_WARNINGS_AS_ERRORS=ON -Wno-dev >/dev/null
cmake --build --preset native -j "$jobs" 2>&1 | grep -vE '^\[ *[0-9]+%\]|^-- ' || true
test -x build/native/tools/ekw/ekw || { echo "test: the native build failed" >&2; exit 1; }

echo "== Haarlem content =="
build/native/tools/ekw/ekw validate content/haarlem --seeds "$root/../shared/seeds" | tail -n 1

echo "== unit, conformance, corpus and persona tests =="
if ! ctest --preset native -j "$jobs" --timeout 120 >build/ctest.log 2>&1; then
  grep -E "\*\*\*Failed|Failure|Expected|Which is|actual|error" build/ctest.log | head -n 60 >&2 || true
  tail -n 30 build/ctest.log >&2
  exit 1
fi
tail -n 4 build/ctest.log

if [ "$native_only" = 1 ]; then
  exit 0
fi

echo "== site and browser tests =="
# Reuse the ekw just built rather than building it a second time for the site.
EKW_WARNINGS_AS_ERRORS=ON EKW_TOOL="$root/build/native/tools/ekw/ekw" scripts/browser-tests.sh
