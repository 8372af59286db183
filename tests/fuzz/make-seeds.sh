#!/usr/bin/env bash
# make-seeds.sh OUT_DIR: the seed corpus for both harnesses, one file per Python source
# from the golden tests (tests/scripts/**/*.py) and, when present, the shared
# conformance corpus (../shared/conformance/public/*.py). Named by content hash, so
# re-running only adds what is new.
set -euo pipefail
out=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
mkdir -p "$out"
{
  find "$root/tests/scripts" -name '*.py'
  [ -d "$root/../shared/conformance/public" ] && find "$root/../shared/conformance/public" -name '*.py'
} | while read -r file; do
  hash=$(sha1sum <"$file" | cut -c1-40)
  [ -e "$out/$hash" ] || cp "$file" "$out/$hash"
done
