#!/usr/bin/env bash
# Writes tests/repl/<name>.expected for each <name>.keys given: the screen CPython
# shows for those keystrokes (the oracle, never hotpy). Needs a build (make build).
#   tests/repl/make-expected.sh tests/repl/nested_blocks_typed.keys
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
oracle=${PYTHON:-/usr/bin/python3}
tool=$root/build/tests/pty_transcript
[ -x "$tool" ] || { echo "no $tool: run make build first" >&2; exit 2; }
[ $# -ge 1 ] || { sed -n '2,4p' "$0" >&2; exit 2; }
for keys in "$@"; do
  # hot/: hotreload at the prompt, which CPython lacks; written by hand from issue 13.
  case "$(readlink -f "$keys")" in
    "$root"/tests/repl/hot/*) echo "skipped $keys: not CPython's to record" >&2; continue ;;
  esac
  "$tool" --record "$oracle" "$keys" "${keys%.keys}.expected"
  # Twice, to refuse a session whose screen depends on timing.
  tmp=$(mktemp)
  "$tool" --record "$oracle" "$keys" "$tmp" > /dev/null
  if ! cmp -s "$tmp" "${keys%.keys}.expected"; then
    echo "CPython's screen differs between two runs of $keys: not deterministic" >&2
    diff "$tmp" "${keys%.keys}.expected" >&2 || true
    rm -f "$tmp" "${keys%.keys}.expected"
    exit 1
  fi
  rm -f "$tmp"
done
