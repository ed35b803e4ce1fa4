#!/usr/bin/env bash
#SBATCH --job-name=wijksim-calibrate
#SBATCH --cpus-per-task=4
#SBATCH --output=Results/slurm-%A_%a.out
#SBATCH --open-mode=append
#
# slurm-calibrate.sh — one shard of a WijkSim calibration (every scenario's samples K of N) per
# Slurm array task, then one merge job that combines the shards and analyses them (posterior.csv,
# patterns.csv, …) once every task has succeeded. A copy of slurm-sweep.sh with the calibrate
# command; see docs/CALIBRATION.md §3.
#
# Usage (from the repository root, after `swift build -c release`):
#
#   sbatch --array=0-15 scripts/slurm-calibrate.sh Scenarios/calibration/NAME.json [OPTIONS...]
#
# Each task runs `wijksim calibrate NAME.json --jobs $SLURM_CPUS_PER_TASK --quiet [OPTIONS]`.
# wijksim reads its shard from SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT and
# SLURM_ARRAY_TASK_MIN (shard K = ID − MIN of N = COUNT) and writes Results/NAME/shard-K/.
# OPTIONS are passed on, e.g. `--resume` after a failed or cancelled task, or `--force`.
#
# The task whose ID is SLURM_ARRAY_TASK_MIN submits, before running its own shard, the merge
#
#   sbatch --dependency=afterok:$SLURM_ARRAY_JOB_ID --kill-on-invalid-dep=yes \
#          --wrap "wijksim calibrate NAME.json --merge Results/NAME/shard-0 … Results/NAME/shard-(N−1) --out Results/NAME --force"
#
# which starts when all tasks of the array have completed successfully and is cancelled if any
# fails. The shard folders are listed in shard order (a glob would put shard-10 before shard-2
# and would pick up stale shards of an earlier run with more tasks). Its id is written to
# Results/slurm-ARRAYJOBID.merge; a requeued first task does not submit a second merge.
#
# Logs: Results/slurm-ARRAYJOBID_TASKID.out per task, Results/slurm-MERGEJOBID-merge.out for
# the merge. Results/ must exist when you submit (it is part of the repository checkout).
#
# Requirements: a contiguous array (0-15 or 1-16, optionally with a %limit; not 0-15:2 nor a
# list such as 0,3,7), so that the tasks are exactly shards 0 … N−1. Override the header's
# defaults on the command line: `sbatch --cpus-per-task=8 --time=02:00:00 --array=0-7 …`.
#
# Environment: WIJKSIM, the binary (default .build/release/wijksim, relative to the submit
# directory).
set -euo pipefail

die() {
    echo "slurm-calibrate: $*" >&2
    exit 1
}

(($# >= 1)) || die "usage: sbatch --array=0-N scripts/slurm-calibrate.sh CALIBRATION.json [OPTIONS...]"
sweep=$1
shift

# sbatch runs a copy of this script from the spool folder; paths are relative to where it
# was submitted.
cd "${SLURM_SUBMIT_DIR:-.}"

[[ -f $sweep ]] || die "no calibration file $sweep (relative to $PWD)"
wijksim=${WIJKSIM:-.build/release/wijksim}
[[ $wijksim == /* ]] || wijksim=$PWD/$wijksim
[[ -x $wijksim ]] || die "no executable $wijksim; run \`swift build -c release\` first or set WIJKSIM"

for variable in SLURM_ARRAY_JOB_ID SLURM_ARRAY_TASK_ID SLURM_ARRAY_TASK_COUNT SLURM_ARRAY_TASK_MIN SLURM_ARRAY_TASK_MAX; do
    [[ -n ${!variable:-} ]] || die "$variable is not set: submit as an array, sbatch --array=0-N $0 $sweep"
done
count=$SLURM_ARRAY_TASK_COUNT
min=$SLURM_ARRAY_TASK_MIN
if [[ ${SLURM_ARRAY_TASK_STEP:-1} != 1 ]] || ((SLURM_ARRAY_TASK_MAX - min + 1 != count)); then
    die "array $min-$SLURM_ARRAY_TASK_MAX with $count tasks is not contiguous; use --array=$min-$((min + count - 1))"
fi

name=$(basename "$sweep" .json)
results=Results/$name

submit_merge() {
    local marker=Results/slurm-$SLURM_ARRAY_JOB_ID.merge shards=() k command merge_id
    mkdir -p Results
    # A requeued first task finds the marker; mkdir is atomic, so of two attempts running at
    # once (not expected) only one submits.
    [[ -e $marker ]] && return 0
    mkdir "$marker.lock" 2>/dev/null || return 0
    for ((k = 0; k < count; k++)); do shards+=("$results/shard-$k"); done
    command=$(printf '%q ' "$wijksim" calibrate "$sweep" --merge "${shards[@]}" --out "$results" --force --jobs 2)
    # The merge job is not an array task: drop the array variables it would otherwise inherit.
    if ! merge_id=$(env -u SLURM_ARRAY_JOB_ID -u SLURM_ARRAY_TASK_ID -u SLURM_ARRAY_TASK_COUNT \
        -u SLURM_ARRAY_TASK_MIN -u SLURM_ARRAY_TASK_MAX -u SLURM_ARRAY_TASK_STEP \
        sbatch --parsable --job-name=wijksim-calibrate-merge --cpus-per-task=2 --chdir="$PWD" \
        --output=Results/slurm-%j-merge.out \
        --dependency="afterok:$SLURM_ARRAY_JOB_ID" --kill-on-invalid-dep=yes \
        --wrap="$command"); then
        rmdir "$marker.lock"
        die "could not submit the merge job"
    fi
    echo "${merge_id%%;*}" >"$marker"
    rmdir "$marker.lock"
    echo "slurm-calibrate: merge job ${merge_id%%;*} runs after array $SLURM_ARRAY_JOB_ID: $command" >&2
}

if [[ $SLURM_ARRAY_TASK_ID == "$min" ]]; then submit_merge; fi

echo "slurm-calibrate: shard $((SLURM_ARRAY_TASK_ID - min)) of $count of $sweep on $(hostname)" >&2
exec "$wijksim" calibrate "$sweep" --jobs "${SLURM_CPUS_PER_TASK:-1}" --quiet "$@"
