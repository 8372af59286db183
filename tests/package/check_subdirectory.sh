#!/usr/bin/env bash
# check_subdirectory.sh SOURCE WORK GENERATOR CXX [build]: configures a host project that
# adds hotpy's source tree with add_subdirectory (add_subdirectory/CMakeLists.txt), checks
# it gets the library without hotpy's tests, sample and command line, that no path
# points into the host's folder instead of hotpy's, and has the build tool plan the
# host's build (a dry run: every input of libhotpy must exist). With `build` it builds the
# host too and runs it once: compiling hotpy a second time takes minutes on two cores,
# too long for every `make test` when the configure step already checks the paths.
set -euo pipefail
src=$1 work=$2 generator=$3 cxx=$4 mode=${5:-plan}
rm -rf "$work"
mkdir -p "$work"
quiet() { "$@" >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }; }

quiet cmake -S "$src/tests/package/add_subdirectory" -B "$work/build" -G "$generator" \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE=Release -DHOTPY_SOURCE_DIR="$src"
for dir in tests samples src/cli src/repl; do
  if [ -e "$work/build/hotpy/$dir" ]; then
    echo "check_subdirectory: a host's build has hotpy's $dir"
    exit 1
  fi
done
# The host's folder holds nothing of hotpy's: a path into it means a CMAKE_SOURCE_DIR
# (the host's) where hotpy's own folder was meant.
host_dir=$src/tests/package/add_subdirectory
misplaced=$(grep -rhoE "$host_dir/[^ \"\\;]*" "$work/build" --include='*.ninja' --include='*.make' \
              --include='*.cmake' | grep -v '/CMakeLists.txt$' | sort -u || true)
if [ -n "$misplaced" ]; then
  printf 'check_subdirectory: hotpy looks in the host'"'"'s folder for:\n%s\n' "$misplaced"
  exit 1
fi
if [ "$mode" = build ]; then
  quiet cmake --build "$work/build" --target subdirectory_host
  "$work/build/subdirectory_host" "$src/tests/package/where_stdlib.py" --ticks 1 </dev/null
else
  quiet cmake --build "$work/build" --target subdirectory_host -- -n
fi
echo "check_subdirectory: ok"
