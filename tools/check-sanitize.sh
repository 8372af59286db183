#!/usr/bin/env bash
# check-sanitize.sh BUILD_DIR: runs every test of a Sanitize build (AddressSanitizer,
# LeakSanitizer, UBSan) and, when ../shared/conformance is there, the whole corpus
# under it. Sanitizer reports go to files, not to the programs' stderr, so the tests
# compare the same output as in a normal build; the run fails iff a test fails or any
# report was written. Called by `make check-sanitize`.
set -uo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build-sanitize}
LOGS="$PWD/$BUILD/sanitizer-logs"
rm -rf "$LOGS" && mkdir -p "$LOGS"

# detect_leaks: leaks at exit are reported; tests/sanitize/lsan.supp lists the few
# objects that live until exit by design. The thread stacks hotpy switches to
# (generators) are declared to ASan, so stack-use checks stay on.
export ASAN_OPTIONS="log_path=$LOGS/asan:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=0:check_initialization_order=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitize/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="log_path=$LOGS/ubsan:print_stacktrace=1:halt_on_error=1"

status=0
echo "check-sanitize: unit and golden tests ($BUILD)"
ctest --test-dir "$BUILD" --output-on-failure -j "${JOBS:-2}" --timeout 300 || status=1

CONF=../shared/conformance
if [ -x "$CONF/run-conformance" ]; then
  echo "check-sanitize: the conformance corpus under the sanitizers"
  # Pass/fail of each program is the ratchet's business (the normal build, .ci/run);
  # here only sanitizer reports count.
  "$CONF/run-conformance" --bin "$PWD/$BUILD/hotpy" -j "${JOBS:-2}" --timeout 60 "$CONF/public" \
    >"$BUILD/conformance-sanitize.log" 2>&1
  grep -E '^[0-9]+ passed, [0-9]+ failed$' "$BUILD/conformance-sanitize.log" | tail -n 1 |
    sed 's/^/check-sanitize: corpus (not gated here): /'
else
  echo "check-sanitize: no corpus at $CONF; skipped"
fi

reports=$(find "$LOGS" -type f | wc -l)
if [ "$reports" -ne 0 ]; then
  echo "check-sanitize: $reports sanitizer report(s); the first ones:"
  for f in $(find "$LOGS" -type f | head -n 5); do echo "== $f"; head -n 40 "$f"; done
  status=1
else
  echo "check-sanitize: no sanitizer reports"
fi
exit $status
