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
# Under the sanitizers: the code that reads what an attacker or a damaged file controls (the vault,
# its migrations and change record, the forms engine, the wire protocol and what a device applies
# from it). CI's 30 minutes on 2 cores do not hold a second build of every test; the whole unit
# suite under ASan is `cmake --build --preset asan && ctest --preset asan -L unit`.
asan_targets="test_vault test_database test_migrations test_audit_log test_change_record test_forms
  test_sync_protocol test_sync_incoming test_sync_outbox test_sync_purge"
# shellcheck disable=SC2086 # the target list is split on purpose
setsid bash -c 'nice -n 19 cmake --build --preset asan -j "$1" --target $2 &&
  nice -n 19 cmake --build --preset fuzz -j "$1" --target fuzzers' _ "$JOBS" "$asan_targets" \
  >"$background_log" 2>&1 &
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

step "the parsing and vault unit tests under AddressSanitizer + UBSan"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --preset asan -j "$JOBS" -L unit -E _NOT_BUILT --timeout 600

step "fuzzers (bounded)"
ctest --test-dir build/fuzz -L fuzz -j "$JOBS" --output-on-failure --timeout 600
