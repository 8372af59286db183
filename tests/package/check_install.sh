#!/usr/bin/env bash
# check_install.sh BUILD SOURCE WORK GENERATOR CXX: what a user of the installed
# package does. Installs BUILD into the prefix WORK/prefix; checks the installed hotpy
# finds the installed stdlib/; configures and builds samples/embed/ there as a project
# of its own, which finds hotpy with find_package; runs the sample's test (edits,
# errors, reloads) on the host built from the package; installs that host into the
# prefix and checks it finds the installed stdlib/ as well.
set -euo pipefail
build=$1 src=$2 work=$3 generator=$4 cxx=$5
prefix=$work/prefix
rm -rf "$work"
mkdir -p "$work"
step() { echo "check_install: $*"; }
quiet() { "$@" >"$work/log" 2>&1 || { cat "$work/log"; exit 1; }; }

step "cmake --install $build --prefix $prefix"
quiet cmake --install "$build" --prefix "$prefix"
for f in lib/libhotpy.a include/hotpy/hotpy.h bin/hotpy share/hotpy/stdlib/pydoc.py \
         lib/cmake/hotpy/hotpyConfig.cmake lib/cmake/hotpy/hotpyConfigVersion.cmake; do
  [ -e "$prefix/$f" ] || { echo "check_install: $f was not installed"; exit 1; }
done

expect() {  # expect WHAT WANTED GOT
  [ "$2" = "$3" ] || { printf 'check_install: %s\n  wanted: %s\n  got:    %s\n' "$1" "$2" "$3"; exit 1; }
}
stdlib=$prefix/share/hotpy/stdlib
expect "the installed hotpy's stdlib" "$stdlib/pydoc.py" \
  "$("$prefix/bin/hotpy" -c 'import pydoc; print(pydoc.__file__)')"

step "samples/embed built against the package"
quiet cmake -S "$src/samples/embed" -B "$work/sample" -G "$generator" -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_INSTALL_PREFIX="$prefix" \
  -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
expect "the package the sample found" "$prefix/lib/cmake/hotpy" \
  "$(sed -n 's/^hotpy_DIR:PATH=//p' "$work/sample/CMakeCache.txt")"
quiet cmake --build "$work/sample"
ctest --test-dir "$work/sample" --output-on-failure
quiet cmake --install "$work/sample"
expect "the installed host's stdlib" "tick 1: $stdlib/pydoc.py" \
  "$("$prefix/bin/embed_host" "$src/tests/package/where_stdlib.py" --ticks 1 </dev/null | head -n 1)"
step "ok"
