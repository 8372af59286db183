#!/usr/bin/env bash
# report.sh HOTPY: runs every tests/cpython_lib/use_<module>.py against its expected output
# and prints which of CPython's modules hotpy ran correctly. Fails when fewer than 90% pass
# (issue 12's bar); each module is also its own ctest (cpython_lib/<module>), which is where
# a failure's diff shows.
here=$(cd "$(dirname "$0")" && pwd)
passed=() failed=()
for use in "$here"/use_*.py; do
  module=$(basename "$use" .py); module=${module#use_}
  if bash "$here/../scripts/run-golden.sh" "$1" "$use" >/dev/null 2>&1; then passed+=("$module"); else failed+=("$module"); fi
done
total=$(( ${#passed[@]} + ${#failed[@]} ))
echo "CPython's modules run by hotpy: ${#passed[@]} of $total"
echo "  passed: ${passed[*]}"
echo "  failed: ${failed[*]:-none}"
[ $(( ${#passed[@]} * 10 )) -ge $(( total * 9 )) ]
