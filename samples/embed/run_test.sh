#!/usr/bin/env bash
# run_test.sh HOST WORK: drives HOST (embed_host) with drive.sh and compares its
# transcript with expected.txt, which CPython wrote by running host_model.py, the same
# host in Python, under the same driver (make-expected.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$2"
mkdir -p "$2"
bash "$here/drive.sh" "$2/run" "$1" > "$2/transcript.txt"
if ! diff -u "$here/expected.txt" "$2/transcript.txt"; then
  echo "embed_host's transcript (+) differs from CPython's (-)"
  exit 1
fi
