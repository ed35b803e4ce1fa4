#!/bin/sh
# Runs the scenario fuzz test (Tests/WijkSimTests/ScenarioFuzzTests.swift) for a
# long time, in a release build.
#
#   scripts/fuzz.sh [CASES [SEED]]
#
# CASES   number of mutated scenario files (default 1000000, a night or less);
# SEED    master seed (default 20261202); case i has its own seed, printed on failure.
#
# Other variables the test reads:
#   WIJKSIM_FUZZ_CASE=<case seed>   rerun only that case (as printed on failure);
#   WIJKSIM_FUZZ_RUN_WORK=<units>   largest estimated work of an accepted case that is
#                                   run (default 20000000 in release); larger ones are
#                                   counted as "accepted, not run".
#
# The test runs the cases in 4 parallel chunks and prints one line of counts per
# chunk: cases, rejected with a message, accepted, run, accepted not run, failures.
# A crash (a trap in the loader or the engine) cannot be caught in-process: the case
# each chunk is running is in $TMPDIR/wijksim-fuzz-last-case-<chunk>.txt (default
# /tmp), which this script prints when the test does not pass.
# Exit status: that of `swift test`.
set -u
cd "$(dirname "$0")/.."
cases=${1:-1000000}
seed=${2:-20261202}
WIJKSIM_FUZZ_CASES=$cases WIJKSIM_FUZZ_SEED=$seed \
    swift test -c release -Xswiftc -enable-testing --filter ScenarioFuzz
status=$?
if [ "$status" -ne 0 ]; then
    for last in "${TMPDIR:-/tmp}"/wijksim-fuzz-last-case-*.txt; do
        [ -f "$last" ] || continue
        echo "fuzz: the last case started in $last was:" >&2
        cat "$last" >&2
    done
fi
exit "$status"
