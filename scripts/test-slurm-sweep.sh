#!/usr/bin/env bash
# test-slurm-sweep.sh — end-to-end check that a sharded sweep, merged, is byte-identical to a
# single-process sweep: once through Slurm (a local one-node cluster) and once through
# scripts/local-shards.sh.
#
# Usage: scripts/test-slurm-sweep.sh
#
# Steps:
#  1. `swift build -c release --product wijksim` (a no-op when up to date; skipped when WIJKSIM
#     is set).
#  2. scripts/slurm-local.sh start; the cluster is stopped on exit if this script started it.
#  3. Removes Results/NAME/, then `sbatch --array=0-(TASKS−1) --cpus-per-task=1
#     scripts/slurm-sweep.sh SWEEP`; waits (squeue) for the array and the merge job its first
#     task submits, then requires JobState=COMPLETED for every task and the merge
#     (`scontrol show job`; the local cluster has no accounting database for sacct).
#  4. `wijksim sweep SWEEP --out TMP/single` in one process.
#  5. cmp of runs.csv, points.csv, sensitivity.csv, units.csv and units-summary.csv in
#     Results/NAME/ and TMP/single/, byte
#     for byte; the manifests must name the same sweep (hash, points, replicates, seed) and be
#     complete (their times, command lines, jobs and merged_from legitimately differ).
#  6. Removes Results/NAME/ again, runs scripts/local-shards.sh SWEEP TASKS and compares the
#     same way.
# Exits non-zero with a message naming the first difference, failed job or timeout.
#
# The cluster, the waiting and the byte comparison are shared with scripts/test-slurm-worlds.sh
# (scripts/slurm-test-lib.sh).
#
# Environment: SWEEP (default Scenarios/sweeps/test-small.json), TASKS (4), TIMEOUT (seconds
# to wait for the Slurm jobs, 600), WIJKSIM (default .build/release/wijksim).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
label=test-slurm-sweep
# shellcheck source=scripts/slurm-test-lib.sh
source scripts/slurm-test-lib.sh

sweep=${SWEEP:-Scenarios/sweeps/test-small.json}
tasks=${TASKS:-4}
timeout=${TIMEOUT:-600}

[[ -f $sweep ]] || die "no sweep file $sweep (set SWEEP=FILE to use another)"
[[ $tasks =~ ^[1-9][0-9]*$ ]] || die "TASKS must be a positive whole number, got '$tasks'"
name=$(basename "$sweep" .json)
results=Results/$name

slurm_test_setup

# cmp of the result files of folders $2 (sharded) and $3 (single process).
compare() {
    local label_=$1 sharded=$2 single=$3
    same_bytes "$label_" "$sharded" "$single" runs.csv points.csv sensitivity.csv units.csv units-summary.csv
    [[ -f $sharded/manifest.json && -f $single/manifest.json ]] || die "$label_: a manifest.json is missing"
    # manifest.json records when, how and from what each was made (times, command line,
    # jobs, merged_from), so it is not byte-identical; the sweep it describes must be.
    local key
    for key in '"sweep_hash"' '"complete"' '"points"' '"replicates"' '"seed"' '"units"'; do
        if [[ $(grep -m1 "^  $key" "$sharded/manifest.json") != $(grep -m1 "^  $key" "$single/manifest.json") ]]; then
            die "$label_: manifest.json differs in $key"
        fi
    done
    step "$label_: runs.csv, points.csv, sensitivity.csv, units.csv, units-summary.csv identical to the single run; manifests describe the same sweep"
}

step "reference: one process"
"$wijksim" sweep "$sweep" --out "$work/single" --quiet

step "Slurm: $tasks-task array + merge"
rm -rf "$results"
run_array_and_merge "$timeout" --array="0-$((tasks - 1))" --cpus-per-task=1 scripts/slurm-sweep.sh "$sweep"
compare slurm "$results" "$work/single"

step "local-shards.sh: $tasks processes + merge"
rm -rf "$results"
scripts/local-shards.sh "$sweep" "$tasks"
compare local-shards "$results" "$work/single"

step "PASS"
