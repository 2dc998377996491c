#!/usr/bin/env bash
# The whole test suite, as CI runs it: installs what is missing, checks formatting, builds with
# warnings as errors, runs qmllint and every test (Catch2, Qt Quick Test, end-to-end), then the
# Qt-free unit tests again under AddressSanitizer + UBSan, then bounded fuzzer runs.
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=${JOBS:-$(nproc)}

step() { printf '\n== %s\n' "$*"; }

step "dependencies"
tools/deps.sh

step "clang-format"
tools/format.sh --check

step "test names"
# ctest's Catch2 discovery splits a test name at ';': such a test would silently run nothing.
if grep -rnE 'TEST_CASE\("[^"]*;' tests/; then
  echo "test names must not contain ';'" >&2
  exit 1
fi

step "build (warnings as errors)"
cmake --preset dev >/dev/null
cmake --build --preset dev -j "$JOBS"

step "qmllint"
cmake --build --preset dev --target all_qmllint

step "tests (the sanitizer and fuzzer builds compile meanwhile, at the lowest CPU priority)"
# The tests mostly wait on child processes, servers and timers; the idle CPU builds the next two
# configurations instead of sitting unused (nice 19: the tests always come first).
cmake --preset asan >/dev/null
cmake --preset fuzz >/dev/null
background_log=build/background-builds.log
# In its own process group (setsid), so a failing test stops the whole background build.
setsid bash -c 'nice -n 19 cmake --build --preset asan -j "$1" &&
  nice -n 19 cmake --build --preset fuzz -j "$1" --target fuzzers' _ "$JOBS" >"$background_log" 2>&1 &
background=$!
trap 'kill -- -"$background" 2>/dev/null || true' EXIT
# Qt Quick Controls render correctly under Xvfb, not on the offscreen platform.
# Twice as many tests as cores: most end-to-end tests spend their time waiting on child processes,
# servers and timers (a visit's grace, a kill loop), not on the CPU.
xvfb-run -a -s "-screen 0 1280x800x24" ctest --preset dev -j "$((JOBS * 2))" --timeout 600

step "sanitizer and fuzzer builds"
if ! wait "$background"; then
  cat "$background_log"
  exit 1
fi
trap - EXIT
tail -n 3 "$background_log"

step "unit tests under AddressSanitizer + UBSan"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --preset asan -j "$JOBS" -L unit --timeout 600

step "fuzzers (bounded)"
ctest --test-dir build/fuzz -L fuzz -j "$JOBS" --output-on-failure --timeout 600
