#!/usr/bin/env bash
# Runs every test on this machine, installing what is missing first (Debian packages, npm packages). Each step below
# runs under `set -euo pipefail`, logs to build/logs/STEP.log, prints one line when it passes and the end of its log
# when it fails; the first failing step stops the run with a non-zero exit.
#
#   1. native build with g++ (warnings are errors), `ekw validate` on the Haarlem content against ../shared/seeds,
#      and every GoogleTest test through ctest (unit, conformance, corpus, personas, CLI, fuzz-corpus replay);
#   2. the clang build with AddressSanitizer and UndefinedBehaviorSanitizer (preset `asan`, warnings are errors, no
#      recovery): the same tests under the sanitizers, then each libFuzzer target replays its corpus and fuzzes for a
#      bounded time (EKW_FUZZ_SECONDS per target, default 15);
#   3. the WebAssembly build of the site and the browser tests in headless Chromium (personas, axe-core, privacy);
#   4. the test command itself: broken copies of the tree must make it fail (scripts/test-selftest.sh).
#
# Usage: scripts/test.sh [--native-only]    (--native-only: step 1 only; what the self-test runs on broken copies)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
jobs="${JOBS:-$(nproc)}"
fuzz_seconds="${EKW_FUZZ_SECONDS:-15}"

native_only=0
case "${1:-}" in
  "") ;;
  --native-only) native_only=1 ;;
  *) echo "usage: scripts/test.sh [--native-only]" >&2; exit 2 ;;
esac

mkdir -p build/logs
started=$SECONDS

# step NAME COMMAND...: runs COMMAND with its output in build/logs/NAME.log. On failure prints the lines that name an
# error and the end of the log, and exits with the command's status.
step() {
  local name="$1"; shift
  local logfile="$root/build/logs/$name.log" t0=$SECONDS status=0
  printf '== %s ... ' "$name"
  "$@" >"$logfile" 2>&1 || status=$?
  if [ "$status" -ne 0 ]; then
    echo "FAILED (exit $status, $((SECONDS - t0)) s)"
    {
      echo "---- $name failed: $*"
      grep -nE 'error|Error|FAILED|Failed|failure|Failure|not ok|ERROR|Sanitizer|runtime error' "$logfile" | head -n 40 || true
      echo "---- last lines of $logfile"
      tail -n 60 "$logfile"
    } >&2
    exit "$status"
  fi
  echo "ok ($((SECONDS - t0)) s) $(summary "$name" "$logfile")"
}

# One line that says what a passing step did, from its log.
summary() {
  case "$1" in
    *validate*) tail -n 1 "$2" ;;
    *ctest*) grep -E 'tests passed|tests failed' "$2" | tail -n 1 ;;
    browser*) grep -E '^# (pass|fail) ' "$2" | tr '\n' ' ' ;;
    fuzz*) grep -E '^fuzz: ' "$2" | tail -n 1 ;;
    *) ;;
  esac
}

if [ "$native_only" = 1 ]; then
  step install-deps scripts/install-deps.sh native
else
  step install-deps scripts/install-deps.sh all
fi

# --- 1. g++ -------------------------------------------------------------------------------------------------------
step configure-native cmake --preset native -DEKW_WARNINGS_AS_ERRORS=ON
step build-native cmake --build --preset native -j "$jobs"
step validate-haarlem build/native/tools/ekw/ekw validate content/haarlem --seeds "$root/../shared/seeds"
step ctest-native ctest --preset native -j "$jobs" --timeout 300

if [ "$native_only" = 1 ]; then
  echo "== all native steps passed in $((SECONDS - started)) s"
  exit 0
fi

# --- 2. clang with the sanitizers, and fuzzing ----------------------------------------------------------------------
step configure-asan cmake --preset asan -DEKW_WARNINGS_AS_ERRORS=ON
step build-asan cmake --build --preset asan -j "$jobs"
step ctest-asan ctest --preset asan -j "$jobs" --timeout 600
step fuzz tests/fuzz/run.sh --build build/asan --seconds "$fuzz_seconds"

# --- 3. the site -----------------------------------------------------------------------------------------------------
# Reuses the ekw just built; the wasm build is held to warnings-as-errors too.
step browser env EKW_WARNINGS_AS_ERRORS=ON EKW_TOOL="$root/build/native/tools/ekw/ekw" scripts/browser-tests.sh

# --- 4. the test command fails on a broken tree ---------------------------------------------------------------------
step selftest scripts/test-selftest.sh

echo "== all steps passed in $((SECONDS - started)) s"
