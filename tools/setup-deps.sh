#!/usr/bin/env bash
# setup-deps.sh: install what building and testing hotpy needs, and only what is missing.
# Debian packages via apt-get; `apt-get update` runs once, and only when something is missing.
# Silent when everything is already there, so `make` can call it on every run.
# `setup-deps.sh fuzz` (make fuzz) checks only what the libFuzzer harnesses add: clang
# and its runtime libraries (libFuzzer, ASan, UBSan); `make test` never needs them.
set -euo pipefail

# package:command pairs; a command found on PATH also counts (e.g. a cmake built by hand).
# Libraries have no command ("-"), so only dpkg can vouch for them.
DEPS=(
  re2c:re2c
  bison:bison
  cmake:cmake
  ninja-build:ninja
  g++:g++
  make:make
  libgtest-dev:-
  libgmp-dev:-
  libedit-dev:-
  libpcre2-dev:-
  libmimalloc-dev:-
)
if [ "${1:-}" = fuzz ]; then
  DEPS=(
    clang:clang++
    libclang-rt-14-dev:-
  )
fi

installed() {  # true iff dpkg reports the package fully installed
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

missing=()
for dep in "${DEPS[@]}"; do
  pkg=${dep%%:*} cmd=${dep#*:}
  if [ "$cmd" != "-" ] && command -v "$cmd" >/dev/null 2>&1; then continue; fi
  installed "$pkg" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "setup-deps: installing ${missing[*]}" >&2
SUDO=()
[ "$(id -u)" -eq 0 ] || SUDO=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
