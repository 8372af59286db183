#!/usr/bin/env bash
# run-fuzz.sh BUILD_DIR SECONDS HARNESS...: runs each built harness for SECONDS, one
# after the other (one worker: the machine is shared), from the seeds plus the corpus
# earlier runs grew. libFuzzer's fork mode keeps going after a crash, timeout or OOM,
# so one run collects them all under BUILD_DIR/crashes/HARNESS/; the log is
# BUILD_DIR/HARNESS.log.
set -euo pipefail
build=$(cd "$1" && pwd)
seconds=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
bash "$here/make-seeds.sh" "$build/seeds"
# Fuzz inputs run with the working directory empty (they cannot open files anyway).
mkdir -p "$build/work" "$build/tmp"
# The harnesses run Python on the main thread: give it the stack the hotpy executable
# gives its interpreter thread (kMainStackSize, 512 MB), so RecursionError and deep
# structures behave as in hotpy (the runtime checks the limit it finds at start-up).
ulimit -s 524288
for harness in "$@"; do
  corpus=$build/corpus/$harness crashes=$build/crashes/$harness
  mkdir -p "$corpus" "$crashes"
  before=$(ls "$crashes" | wc -l)
  echo "fuzz: $harness for ${seconds}s (log: $build/$harness.log)"
  # Leaks are not checked: the runtime keeps interned strings and caches for good.
  # Fork mode's job folders live in TMPDIR: keep them in the build folder, away from
  # anything that cleans /tmp.
  (cd "$build/work" && TMPDIR=$build/tmp ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
    nice -n 10 "$build/$harness" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 \
      -max_len=8192 -dict="$here/python.dict" -artifact_prefix="$crashes/" \
      "$corpus" "$build/seeds" >"$build/$harness.log" 2>&1) || true
  grep -E '^#[0-9]+' "$build/$harness.log" | tail -1 || true
  # Earlier runs' findings stay in the folder (to replay after a fix): count this run's.
  total=$(ls "$crashes" | wc -l)
  echo "fuzz: $((total - before)) new findings in $crashes ($total there in all)"
done
