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
# Environment: SWEEP (default Scenarios/sweeps/test-small.json), TASKS (4), TIMEOUT (seconds
# to wait for the Slurm jobs, 600), WIJKSIM (default .build/release/wijksim).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

sweep=${SWEEP:-Scenarios/sweeps/test-small.json}
tasks=${TASKS:-4}
timeout=${TIMEOUT:-600}

die() {
    echo "test-slurm-sweep: FAIL: $*" >&2
    exit 1
}

step() {
    echo "test-slurm-sweep: $*" >&2
}

[[ -f $sweep ]] || die "no sweep file $sweep (set SWEEP=FILE to use another)"
[[ $tasks =~ ^[1-9][0-9]*$ ]] || die "TASKS must be a positive whole number, got '$tasks'"
name=$(basename "$sweep" .json)
results=Results/$name

if [[ -z ${WIJKSIM:-} ]]; then
    step "building release"
    swift build -c release --product wijksim
    export WIJKSIM=.build/release/wijksim
fi
wijksim=$WIJKSIM
[[ -x $wijksim ]] || die "no executable $wijksim"

work=$(mktemp -d "${TMPDIR:-/tmp}/wijksim-sweep-test.XXXXXX")
started_cluster=false
cleanup() {
    local status=$?
    if [[ $started_cluster == true ]]; then scripts/slurm-local.sh stop || true; fi
    if ((status == 0)); then rm -rf "$work"; else echo "test-slurm-sweep: kept $work for inspection" >&2; fi
}
trap cleanup EXIT

cluster_status=$(scripts/slurm-local.sh status)
[[ $cluster_status == *"slurmctld: running"* ]] || started_cluster=true
scripts/slurm-local.sh start
eval "$(scripts/slurm-local.sh env)"

# A job's JobState values, one per line (one per task for an array).
job_states() {
    scontrol show job -o "$1" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | cut -d= -f2
}

# Waits until none of the given jobs is pending or running; cancels them after the timeout.
wait_for_jobs() {
    local deadline=$1
    shift
    while [[ -n $(squeue -h -j "$(IFS=,; echo "$*")" 2>/dev/null) ]]; do
        if ((SECONDS >= deadline)); then
            scancel "$@" || true
            die "Slurm jobs $* not finished after ${timeout} s; cancelled"
        fi
        sleep 2
    done
}

# cmp of the result files of folders $2 (sharded) and $3 (single process).
compare() {
    local label=$1 sharded=$2 single=$3 file
    for file in runs.csv points.csv sensitivity.csv units.csv units-summary.csv manifest.json; do
        [[ -f $sharded/$file ]] || die "$label: $sharded/$file is missing"
        [[ -f $single/$file ]] || die "$label: $single/$file is missing"
    done
    for file in runs.csv points.csv sensitivity.csv units.csv units-summary.csv; do
        if ! cmp "$sharded/$file" "$single/$file"; then
            diff "$sharded/$file" "$single/$file" | head -n 20 >&2 || true
            die "$label: $file differs between $sharded and $single"
        fi
    done
    # manifest.json records when, how and from what each was made (times, command line,
    # jobs, merged_from), so it is not byte-identical; the sweep it describes must be.
    local key
    for key in '"sweep_hash"' '"complete"' '"points"' '"replicates"' '"seed"' '"units"'; do
        if [[ $(grep -m1 "^  $key" "$sharded/manifest.json") != $(grep -m1 "^  $key" "$single/manifest.json") ]]; then
            die "$label: manifest.json differs in $key"
        fi
    done
    step "$label: runs.csv, points.csv, sensitivity.csv, units.csv, units-summary.csv identical to the single run; manifests describe the same sweep"
}

step "reference: one process"
"$wijksim" sweep "$sweep" --out "$work/single" --quiet

step "Slurm: $tasks-task array + merge"
rm -rf "$results"
mkdir -p Results
array=$(sbatch --parsable --array="0-$((tasks - 1))" --cpus-per-task=1 scripts/slurm-sweep.sh "$sweep")
array=${array%%;*}
deadline=$((SECONDS + timeout))
marker=Results/slurm-$array.merge
until [[ -s $marker ]]; do
    if [[ -z $(squeue -h -j "$array" 2>/dev/null) ]]; then
        sleep 1
        [[ -s $marker ]] && break
        die "array $array ended but its first task submitted no merge job; see Results/slurm-${array}_*.out"
    fi
    if ((SECONDS >= deadline)); then
        scancel "$array" || true
        die "no merge job submitted after ${timeout} s; cancelled array $array"
    fi
    sleep 1
done
merge=$(<"$marker")
step "array $array, merge job $merge"
wait_for_jobs "$deadline" "$array" "$merge"
if job_states "$array" | grep -qvx COMPLETED; then
    ended=$(job_states "$array" | sort | uniq -c | awk '{ printf "%s%d %s", sep, $1, $2; sep = ", " }')
    die "array $array: tasks ended $ended, not all COMPLETED (merge job $merge: $(job_states "$merge")); see Results/slurm-${array}_*.out"
fi
[[ $(job_states "$merge") == COMPLETED ]] ||
    die "merge job $merge ended $(job_states "$merge" || echo unknown); see Results/slurm-$merge-merge.out"
compare slurm "$results" "$work/single"

step "local-shards.sh: $tasks processes + merge"
rm -rf "$results"
scripts/local-shards.sh "$sweep" "$tasks"
compare local-shards "$results" "$work/single"

step "PASS"
