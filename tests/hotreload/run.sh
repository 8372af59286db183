#!/usr/bin/env bash
# run.sh HOTPY TEST.py: a hotreload test passes when it exits 0 and its last line of
# output is "ok" (an assert that fails exits 1 with its traceback).
set -uo pipefail
hotpy=$(readlink -f "$1")
out=$(cd "$(dirname "$2")" && timeout 60 "$hotpy" "$(basename "$2")" 2>&1)
status=$?
printf '%s\n' "$out"
[ $status -eq 0 ] && [ "$(printf '%s\n' "$out" | tail -n 1)" = ok ]
