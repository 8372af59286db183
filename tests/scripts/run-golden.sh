#!/usr/bin/env bash
# run-golden.sh: run one golden script test and compare it with what CPython did.
#
# usage: run-golden.sh HOTPY FILE.py
#   HOTPY  the interpreter: a path (made absolute) or a command on PATH (e.g. python3,
#          to check a test against CPython itself).
#
# A test is tests/scripts/<area>/<behaviour>.py with, beside it:
#   <behaviour>.expected     exact stdout (required)
#   <behaviour>.stderr_last  exact last non-empty stderr line; the exit status must then be 1
#   <behaviour>.stderr       exact whole stderr (a traceback's format, say)       (optional)
#   <behaviour>.exit         expected exit status (wins over the 1 of .stderr_last)
#   <behaviour>.args         command-line arguments, split on whitespace          (optional)
#   <behaviour>.flags        interpreter options before the script (-O, -m pkg), split
#                            on whitespace                                         (optional)
#   <behaviour>.env          NAME=value lines added to the environment            (optional)
#   <behaviour>.stdin        fed to standard input; otherwise stdin is /dev/null  (optional)
# The test runs as `HOTPY FLAGS <behaviour>.py ARGS` in a fresh temporary copy of its folder,
# with the copy as the current directory; in stderr, the copy's absolute path reads <TESTDIR>
# (CPython prints the main script's absolute path in tracebacks, sys.argv[0] stays relative).
# Prints a unified diff of whatever differs; exits 0 when all matches, 1 otherwise.
# GOLDEN_TIMEOUT (seconds, default 30) bounds one run.
# make-expected.sh sources this file for golden_run, so both run tests the same way.

# golden_run CMD_ARRAY_NAME FILE.py OUTDIR: runs the test, leaving OUTDIR/{stdout,stderr,status}.
golden_run() {
  local -n _cmd=$1
  local file=$2 out=$3 dir base work status
  # A folder that cannot be entered must stop here: an empty $dir would copy "/."
  dir=$(cd "$(dirname "$file")" && pwd) || return 1
  [ -f "$dir/$(basename "$file")" ] || { echo "golden_run: no such test: $file" >&2; return 1; }
  base=$(basename "$file" .py)
  work=$(cd "$(mktemp -d "${TMPDIR:-/tmp}/golden.XXXXXX")" && pwd -P)
  cp -R "$dir/." "$work/"
  local args=()
  [ -f "$dir/$base.args" ] && read -r -a args < "$dir/$base.args"
  local flags=()
  [ -f "$dir/$base.flags" ] && read -r -a flags < "$dir/$base.flags"
  local envs=()
  [ -f "$dir/$base.env" ] && mapfile -t envs < "$dir/$base.env"
  local input=/dev/null
  [ -f "$dir/$base.stdin" ] && input="$dir/$base.stdin"
  (cd "$work" && exec env "${envs[@]}" timeout -k 5 "${GOLDEN_TIMEOUT:-30}" "${_cmd[@]}" "${flags[@]}" "$base.py" \
      "${args[@]}" <"$input" >"$out/stdout" 2>"$out/stderr")
  status=$?
  echo "$status" >"$out/status"
  # CPython shows the main script by its absolute path in tracebacks; name the copy's folder
  # <TESTDIR> so expected stderr does not depend on where the copy was made.
  local pattern
  pattern=$(printf '%s' "$work" | sed 's/[]\/$*.^[]/\\&/g')
  sed -i "s/$pattern/<TESTDIR>/g" "$out/stderr"
  rm -rf "$work"
}

# The last non-empty line of a file, trailing blanks removed (as run-conformance reads it).
last_line() { sed -e 's/^[[:space:]]*//; s/[[:space:]]*$//' "$1" | grep -v '^$' | tail -n 1; }

main() {
  if [ $# -ne 2 ]; then sed -n '2,20p' "$0" >&2; exit 2; fi
  local cmd=("$1") file=$2
  [[ "$1" == */* ]] && cmd=("$(cd "$(dirname "$1")" && pwd)/$(basename "$1")")
  local stem=${file%.py}
  if [ ! -f "$file" ] || [ ! -f "$stem.expected" ]; then
    echo "run-golden: need $file and $stem.expected" >&2; exit 2
  fi
  local out
  out=$(mktemp -d "${TMPDIR:-/tmp}/golden-out.XXXXXX")
  trap "rm -rf '$out'" EXIT
  golden_run cmd "$file" "$out"

  local want_status=0 got_status fail=0
  [ -f "$stem.stderr_last" ] && want_status=1
  [ -f "$stem.exit" ] && want_status=$(tr -d '[:space:]' < "$stem.exit")
  got_status=$(cat "$out/status")

  if ! cmp -s "$stem.expected" "$out/stdout"; then
    echo "stdout differs:"
    diff -u --label expected --label actual "$stem.expected" "$out/stdout" | head -n 200
    fail=1
  fi
  if [ -f "$stem.stderr" ] && ! cmp -s "$stem.stderr" "$out/stderr"; then
    echo "stderr differs:"
    diff -u --label expected --label actual "$stem.stderr" "$out/stderr" | head -n 200
    fail=1
  fi
  if [ -f "$stem.stderr_last" ]; then
    local want_last got_last
    want_last=$(sed -e 's/^[[:space:]]*//; s/[[:space:]]*$//' "$stem.stderr_last" | grep -v '^$' | tail -n 1)
    got_last=$(last_line "$out/stderr")
    if [ "$want_last" != "$got_last" ]; then
      echo "last stderr line differs:"
      echo "  expected: $want_last"
      echo "  actual:   $got_last"
      fail=1
    fi
  fi
  if [ "$got_status" != "$want_status" ]; then
    if [ "$got_status" = 124 ] || [ "$got_status" = 137 ]; then
      echo "timed out after ${GOLDEN_TIMEOUT:-30}s (exit status $got_status)"
    else
      echo "exit status $got_status, expected $want_status"
    fi
    fail=1
  fi
  if [ $fail -ne 0 ] && [ -s "$out/stderr" ] && [ ! -f "$stem.stderr" ]; then
    echo "stderr (last 20 lines):"
    tail -n 20 "$out/stderr" | sed 's/^/  /'
  fi
  [ $fail -eq 0 ] && echo "ok: $file"
  return $fail
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -uo pipefail
  main "$@"
fi
