#!/usr/bin/env bash
# The changer.py walkthrough again (demo.sh's edit), with what plain reload() cannot do:
# `from changer import printer` is taken before the edit, and after
# hotreload.reload(changer, patch=True) that old `printer` runs the new code too. Then a
# second session under `hotpy -X autoreload` picks the edit up before the next input,
# without any reload call. Replayed in hotpy's REPL on a pseudo-terminal (script(1)).
# usage: samples/demo_hot.sh [path/to/hotpy]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
hotpy="$(readlink -f "${1:-$here/../build/hotpy}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

type_line() { printf '%s\r' "$1"; sleep 0.4; }
# The file is edited from outside, as in another editor window.
edit_changer() {
  printf 'message = "After editing"\n\ndef printer(  ):\n    print '"'"'reloaded:'"'"', message\n' > changer.py
}
# One REPL session: the interpreter's arguments, then the keystrokes (a function).
session() {
  local keys=$1
  shift
  { sleep 0.6; "$keys"; printf '\004'; sleep 0.4; } | script -q -e -c "$hotpy -q $*" /dev/null | tr -d '\r'
}

patch_keys() {
  type_line 'from changer import printer'
  type_line 'import changer'
  type_line 'printer(  )'
  edit_changer
  type_line 'import hotreload'
  type_line 'hotreload.reload(changer, patch=True)'
  type_line 'printer(  )'
  type_line 'changer.printer(  )'
}

autoreload_keys() {
  type_line 'from changer import printer'
  type_line 'printer(  )'
  edit_changer
  type_line 'printer(  )'
}

cp "$here/changer/changer.py" .
echo "== changer.py =="
cat changer.py
echo "== hotpy's REPL: hotreload.reload(changer, patch=True) =="
session patch_keys
echo "== (changer.py was rewritten between the third and fourth prompt) =="
cat changer.py
cp "$here/changer/changer.py" .
echo "== hotpy -X autoreload: no reload call =="
session autoreload_keys -X autoreload
echo "== (changer.py was rewritten between the second and third prompt) =="
