#!/usr/bin/env bash
# Writes samples/embed/expected.txt: CPython (the oracle) runs host_model.py, which does
# what embed_host does, under the driver the ctest uses (drive.sh), on the same edits.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
oracle=${PYTHON:-/usr/bin/python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
bash "$here/drive.sh" "$work/run" "$oracle" -B "$here/host_model.py" > "$work/expected.txt"
cp "$work/expected.txt" "$here/expected.txt"
echo "wrote $here/expected.txt"
