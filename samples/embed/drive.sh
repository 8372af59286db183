#!/usr/bin/env bash
# drive.sh WORK HOST_COMMAND...: runs a host (embed_host, or CPython running
# host_model.py) on WORK/custom.py, a copy of custom.py, in step mode (--interval 0),
# and edits the script between its ticks as a user would: a new version, one failing
# at its last line, one with a typo, a fixed one, and one of the same size.
# Prints the host's transcript with WORK/ left out of paths.
#
# No clock is involved: the driver sends a command (`t` tick, `r` reload, `q` quit),
# reads the host's output up to the line that command ends with, and only then edits
# the file, so the host has checked the file before the edit and checks it again at
# the next tick. The last edit (custom_v4.py) has the size of the one before it and
# comes within the same second, which a host comparing timestamps and sizes would
# miss: the host compares contents (hashes).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$1
shift
mkdir -p "$work"
cp "$here/custom.py" "$work/custom.py"

coproc HOST { exec "$@" "$work/custom.py" --interval 0 2>&1; }
host_pid=$HOST_PID
exec {to_host}>&"${HOST[1]}" {from_host}<&"${HOST[0]}"  # bash drops HOST when it exits
transcript=()

# Sends a command, then reads output until a line starting with $2 (30 s at most).
send() {
  echo "$1" >&"$to_host"
  local line
  while IFS= read -r -t 30 line <&"$from_host"; do
    transcript+=("$line")
    [[ $line == "$2"* ]] && return 0
  done
  printf '%s\n' "${transcript[@]}"
  echo "drive.sh: the host stopped or went quiet before a line starting '$2'" >&2
  exit 1
}
tick() { send t "tick $1"; }
edit() { cp "$here/$1" "$work/custom.py"; }

tick 1
tick 2
send r '<reload'  # a reload on request: the module's state starts again
tick 3
edit custom_v2.py
tick 4
tick 5
edit custom_broken.py
tick 6
edit custom_typo.py
tick 7
edit custom_v3.py
tick 8
tick 9
tick 10
edit custom_v4.py
tick 11
tick 12
echo q >&"$to_host"
while IFS= read -r -t 30 line <&"$from_host"; do transcript+=("$line"); done
wait "$host_pid"
printf '%s\n' "${transcript[@]}" | sed "s|$work/||g"
