#!/usr/bin/env bash
# Fuzzes every target of tests/fuzz/targets.txt with libFuzzer (a build of the asan preset), each for a bounded time,
# starting from its corpus and seed folders. New inputs go to BUILD/fuzz-work/TARGET (not into the source tree); a
# crash, leak, sanitizer report or failed check stops the run with the input saved as BUILD/fuzz-findings/TARGET-*
# and a non-zero exit. Prints the executions done per target.
#
# Usage: tests/fuzz/run.sh [--build build/asan] [--seconds 15] [--target NAME]...
#   scripts/test.sh runs it with a short time; run it for longer (e.g. --seconds 3600) to search harder, and add
#   an input worth keeping to tests/fuzz/corpus/TARGET.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
build=build/asan
seconds=15
only=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --target) only+=("$2"); shift 2 ;;
    *) echo "usage: tests/fuzz/run.sh [--build DIR] [--seconds N] [--target NAME]..." >&2; exit 2 ;;
  esac
done
build=$(cd "$build" && pwd)
export ASAN_OPTIONS="${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}"

"$build/tests/fuzz/fuzz_seeds" "$build/fuzz-seeds"
mkdir -p "$build/fuzz-findings"
total=0
while read -r target folders; do
  case "$target" in ''|\#*) continue ;; esac
  if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " == *" $target "* ]]; then continue; fi
  work="$build/fuzz-work/$target"
  mkdir -p "$work"
  seeds=("$root/tests/fuzz/corpus/$target")
  for f in $folders; do
    case "$f" in build:*) seeds+=("$build/${f#build:}") ;; *) seeds+=("$root/$f") ;; esac
  done
  log="$build/fuzz-work/$target.log"
  status=0
  "$build/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
    -dict="$root/tests/fuzz/json.dict" -print_final_stats=1 -artifact_prefix="$build/fuzz-findings/$target-" \
    "$work" "${seeds[@]}" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  if [ "$status" -ne 0 ]; then
    echo "fuzz: $target FAILED after ${runs:-?} executions (exit $status); the input is in $build/fuzz-findings/" >&2
    grep -E 'ERROR|runtime error|fuzz check failed|SUMMARY|#[0-9]+ 0x' "$log" | head -n 40 >&2 || true
    exit 1
  fi
  total=$((total + ${runs:-0}))
  echo "fuzz: $target ${runs:-0} executions in ${seconds} s, nothing found"
done < tests/fuzz/targets.txt
echo "fuzz: all targets, $total executions, nothing found"
