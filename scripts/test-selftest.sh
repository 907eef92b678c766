#!/usr/bin/env bash
# The test command must fail when anything fails. This copies the tree (tracked and new files, with ../shared beside
# the copy), breaks the copy in one way at a time, runs the test command on it and expects it to fail, naming what
# broke in its output:
#   1. a configure error (a CMakeLists.txt that adds a folder that does not exist);
#   2. a compile error in a test file;
#   3. a failing GoogleTest test;
#   4. a validation error in the Haarlem content (a question pointing to a node that does not exist);
#   5. a failing browser test (scripts/browser-tests.sh on the copy, with the site already built here).
# Steps 1-4 run `scripts/test.sh --native-only` in one build folder of the copy, so only the first build is full.
# Usage: scripts/test-selftest.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
shared=$(cd ../shared && pwd)

work=$(mktemp -d "${TMPDIR:-/tmp}/ekw-selftest.XXXXXX")
trap 'rm -rf "$work"' EXIT
copy="$work/project"
mkdir -p "$copy"
ln -s "$shared" "$work/shared"
# tar keeps modification times, so the copy's package-lock.json is not newer than the linked node_modules.
git ls-files -z --cached --others --exclude-standard | tar -c --null -T - -f - | tar -x -C "$copy" -f -

failures=0
# expect_failure WHAT MARKER COMMAND...: COMMAND (run in the copy) must exit non-zero and print MARKER.
expect_failure() {
  local what="$1" marker="$2"; shift 2
  local out="$work/out.txt" status=0
  (cd "$copy" && "$@") >"$out" 2>&1 || status=$?
  if [ "$status" -eq 0 ]; then
    echo "selftest: FAIL: with $what the test command passed" >&2
    tail -n 20 "$out" >&2
    failures=$((failures + 1))
  elif ! grep -qF -- "$marker" "$out"; then
    echo "selftest: FAIL: with $what the test command failed (exit $status) but did not show \"$marker\"" >&2
    tail -n 30 "$out" >&2
    failures=$((failures + 1))
  else
    echo "selftest: ok: with $what the test command fails (exit $status) and shows it"
  fi
}

# 1. configure error
cp "$copy/CMakeLists.txt" "$work/CMakeLists.txt.orig"
echo 'add_subdirectory(selftest-folder-that-does-not-exist)' >>"$copy/CMakeLists.txt"
expect_failure "a configure error" "selftest-folder-that-does-not-exist" scripts/test.sh --native-only
cp "$work/CMakeLists.txt.orig" "$copy/CMakeLists.txt"

# 2. compile error in a test file
unit="$copy/tests/unit/values_test.cpp"
cp "$unit" "$work/unit.orig"
echo 'int selftest_broken_on_purpose = ;' >>"$unit"
expect_failure "a compile error in a test file" "selftest_broken_on_purpose" scripts/test.sh --native-only
cp "$work/unit.orig" "$unit"

# 3. a failing test
cat >"$copy/tests/unit/selftest_failing_test.cpp" <<'CPP'
#include <gtest/gtest.h>
TEST(SelfTest, FailsOnPurpose) { EXPECT_EQ(1 + 1, 3) << "selftest: a test that fails on purpose"; }
CPP
expect_failure "a failing test" "SelfTest.FailsOnPurpose" scripts/test.sh --native-only
rm "$copy/tests/unit/selftest_failing_test.cpp"

# 4. a validation error in the content
tree=$(grep -l '"next": "' "$copy"/content/haarlem/trees/*.json | head -n 1)
cp "$tree" "$work/tree.orig"
sed -i '0,/"next": "[^"]*"/s//"next": "selftest-missing-node"/' "$tree"
expect_failure "a validation error in the content" "selftest-missing-node" scripts/test.sh --native-only
cp "$work/tree.orig" "$tree"

# 5. a failing browser test, against the site built by this run
if [ -d "$root/build/site" ] && [ -d "$root/node_modules" ]; then
  mkdir -p "$copy/build"
  cp -r "$root/build/site" "$copy/build/site"
  ln -s "$root/node_modules" "$copy/node_modules"
  cat >"$copy/tests/browser/selftest-failing.test.mjs" <<'JS'
import { test } from 'node:test';
import assert from 'node:assert/strict';
test('selftest: a browser test that fails on purpose', async () => {
  const res = await fetch(process.env.EKW_BASE_URL);
  assert.equal(res.status, 200);
  assert.equal(await res.text(), 'selftest: not the page');
});
JS
  expect_failure "a failing browser test" "selftest: a browser test that fails on purpose" \
    env EKW_TOOL="$root/build/native/tools/ekw/ekw" scripts/browser-tests.sh --no-build tests/browser/selftest-failing.test.mjs
else
  echo "selftest: FAIL: no built site to run a browser test against (run the browser step first)" >&2
  failures=$((failures + 1))
fi

[ "$failures" -eq 0 ] || { echo "selftest: $failures way(s) of breaking the tree went unnoticed" >&2; exit 1; }
echo "selftest: every broken copy made the test command fail"
