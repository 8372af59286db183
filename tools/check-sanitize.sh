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

# Leaks at exit are checked (tests/sanitize/lsan.supp lists the objects that live until
# exit by design). A report's exit status is left alone (exitcode=0): the logs decide,
# below. allocator_may_return_null: an impossible allocation must reach hotpy as
# std::bad_alloc (MemoryError), as with the normal allocator. The stacks hotpy switches
# to (generators) are declared to ASan as fibers, so stack checks stay on.
export ASAN_OPTIONS="log_path=$LOGS/asan:detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=0:check_initialization_order=1:halt_on_error=1:allocator_may_return_null=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitize/lsan.supp:print_suppressions=0:exitcode=0"
export UBSAN_OPTIONS="log_path=$LOGS/ubsan:print_stacktrace=1:halt_on_error=1:allocator_may_return_null=1"

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

# Every report fails the run, with one exception: a leak report whose blocks are all
# "indirect" is garbage in reference cycles only (each block pointed to by another
# leaked block, none by anything live), which plain reference counting cannot free
# until the cycle collector exists (DESIGN.md, "Cycles are collected"). Those are
# counted and listed, not fatal. A direct leak (an object nothing points to: a count
# that never reached zero, a buffer never freed) fails the run like any ASan or UBSan
# report.
fatal=() cycles=()
for f in $(find "$LOGS" -type f | sort); do
  if grep -qE 'ERROR: AddressSanitizer|runtime error|^Direct leak' "$f" || ! grep -q 'LeakSanitizer' "$f"; then
    fatal+=("$f")
  else
    cycles+=("$f")
  fi
done
if [ ${#cycles[@]} -ne 0 ]; then
  echo "check-sanitize: ${#cycles[@]} process(es) ended with only cyclic garbage (indirect leaks; not fatal until the cycle collector):"
  for f in "${cycles[@]}"; do grep -m1 -h -E '^SUMMARY' "$f" | sed "s|^|  $(basename "$f"): |"; done | head -n 20
fi
if [ ${#fatal[@]} -ne 0 ]; then
  echo "check-sanitize: ${#fatal[@]} sanitizer report(s); the first ones:"
  for f in "${fatal[@]:0:5}"; do echo "== $f"; head -n 40 "$f"; done
  status=1
else
  echo "check-sanitize: no sanitizer errors, no direct leaks"
fi
exit $status
