#!/usr/bin/env bash
# The changer.py walkthrough, replayed in hotpy's REPL on a pseudo-terminal
# (script(1)) exactly as a person types it; the transcript is the demo.
# usage: samples/demo.sh [path/to/hotpy]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
hotpy="$(readlink -f "${1:-$here/../build/hotpy}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/changer/changer.py" "$work/"
cd "$work"

echo "== changer.py =="
cat changer.py
echo "== hotpy's REPL =="
type_line() { printf '%s\r' "$1"; sleep 0.4; }
{
  sleep 0.6
  type_line 'import changer'
  type_line 'changer.printer(  )'
  # The file is edited from outside, as in another editor window.
  printf 'message = "After editing"\n\ndef printer(  ):\n    print '"'"'reloaded:'"'"', message\n' > changer.py
  type_line 'import changer'
  type_line 'changer.printer(  )'
  type_line 'reload(changer)'
  type_line 'changer.printer(  )'
  printf '\004'
  sleep 0.4
} | script -q -e -c "$hotpy" /dev/null | tr -d '\r'
echo "== (changer.py was rewritten between the second and third prompt) =="
