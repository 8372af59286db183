#!/usr/bin/env bash
# make-expected.sh: write a golden test's expected files by running CPython on it.
#
# usage: make-expected.sh FILE.py|DIR...
#   Each test runs exactly as run-golden.sh runs it (temporary copy, cwd there, .args, .flags, .env,
#   .stdin), twice: output that differs between the runs is reported as nondeterministic
#   and nothing is written for that test. Then it writes
#     <behaviour>.expected     stdout
#     <behaviour>.stderr_last  when the exit status is 1 and stderr is not empty
#     <behaviour>.exit         when the exit status is neither 0 nor that 1
#     <behaviour>.stderr       only when that file already exists (opted in): whole stderr
#   and removes a .stderr_last or .exit that no longer applies.
# The oracle: PY3 (default python3, CPython 3.11) for every area but py2print/, whose
# print statements need PY2 (default: CPython 2.7.18 through pyenv).
set -uo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=run-golden.sh
source "$HERE/run-golden.sh"

read -r -a PY3 <<< "${PY3:-python3}"
read -r -a PY2 <<< "${PY2:-env PYENV_VERSION=2.7.18 python2}"

make_one() {
  local file=$1 stem=${1%.py} a b
  local -a oracle=("${PY3[@]}")
  [[ "$(basename "$(dirname "$file")")" == py2print ]] && oracle=("${PY2[@]}")
  a=$(mktemp -d) b=$(mktemp -d)
  golden_run oracle "$file" "$a"
  golden_run oracle "$file" "$b"
  if ! diff -rq "$a" "$b" >/dev/null; then
    echo "NONDETERMINISTIC: $file (nothing written)"; rm -rf "$a" "$b"; return 1
  fi
  local status; status=$(cat "$a/status")
  cp "$a/stdout" "$stem.expected"
  rm -f "$stem.stderr_last" "$stem.exit"
  if [ "$status" = 1 ] && [ -n "$(last_line "$a/stderr")" ]; then
    last_line "$a/stderr" > "$stem.stderr_last"
  elif [ "$status" != 0 ]; then
    echo "$status" > "$stem.exit"
  fi
  [ -f "$stem.stderr" ] && cp "$a/stderr" "$stem.stderr"
  echo "wrote $stem.expected (exit $status${oracle:+, ${oracle[*]}})"
  rm -rf "$a" "$b"
}

[ $# -ge 1 ] || { sed -n '2,15p' "$0" >&2; exit 2; }
rc=0
for arg in "$@"; do
  if [ -d "$arg" ]; then
    while IFS= read -r f; do make_one "$f" || rc=1; done < <(find "$arg" -name '*.py' | sort)
  else
    make_one "$arg" || rc=1
  fi
done
exit $rc
