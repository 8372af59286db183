#!/usr/bin/env bash
# Writes samples/embed/expected.txt: CPython (the oracle) runs host_model.py, which
# does what embed_host does, on the same script and edits as the ctest
# (run_test.cmake); paths inside the scratch folder are written without it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
oracle=${PYTHON:-/usr/bin/python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/custom.py" "$work/"
"$oracle" -B "$here/host_model.py" "$work/custom.py" 8 1 --edit 3 "$here/custom_v2.py" \
  --edit 5 "$here/custom_broken.py" --edit 7 "$here/custom_v3.py" | sed "s|$work/||g" > "$here/expected.txt"
echo "wrote $here/expected.txt"
