#!/usr/bin/env bash
#SBATCH --job-name=wijksim-worlds
#SBATCH --cpus-per-task=4
#SBATCH --output=Results/slurm-%A_%a.out
#SBATCH --open-mode=append
#
# slurm-worlds.sh — one shard of a verdict over plausible worlds (`wijksim compare … --worlds N`)
# per Slurm array task, then one merge job once every task has succeeded.
#
# Usage (from the repository root, after `swift build -c release`):
#
#   sbatch --array=0-15 scripts/slurm-worlds.sh BASE.json VARIANT.json... --worlds 1000 [COMPARE-OPTIONS...]
#
# Task K (= SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN) runs
#   wijksim compare BASE VARIANT... --worlds N … --shard K/COUNT --out Results/compare-BASENAME-worlds/shard-K
# with BASENAME the base file's name without .json; the first task submits
#   wijksim merge …/shard-0 … …/shard-(COUNT−1) --out Results/compare-BASENAME-worlds --force
# with --dependency=afterok on the array (as scripts/slurm-sweep.sh does; see there for the
# details). Pass --resume to finish a failed or cancelled array. Do not pass --out or --shard.
#
# Environment: WIJKSIM, the binary (default .build/release/wijksim, relative to the submit
# directory).
set -euo pipefail

die() {
    echo "slurm-worlds: $*" >&2
    exit 1
}

(($# >= 2)) || die "usage: sbatch --array=0-N scripts/slurm-worlds.sh BASE.json VARIANT.json... --worlds N [OPTIONS...]"
for argument in "$@"; do
    case $argument in --out | --shard | --shard-count) die "$argument is set by the script" ;; esac
done
base=$1

cd "${SLURM_SUBMIT_DIR:-.}"
[[ -f $base ]] || die "no base scenario $base (relative to $PWD)"
wijksim=${WIJKSIM:-.build/release/wijksim}
[[ $wijksim == /* ]] || wijksim=$PWD/$wijksim
[[ -x $wijksim ]] || die "no executable $wijksim; run \`swift build -c release\` first or set WIJKSIM"

for variable in SLURM_ARRAY_JOB_ID SLURM_ARRAY_TASK_ID SLURM_ARRAY_TASK_COUNT SLURM_ARRAY_TASK_MIN SLURM_ARRAY_TASK_MAX; do
    [[ -n ${!variable:-} ]] || die "$variable is not set: submit as an array, sbatch --array=0-N $0 $*"
done
count=$SLURM_ARRAY_TASK_COUNT
min=$SLURM_ARRAY_TASK_MIN
if [[ ${SLURM_ARRAY_TASK_STEP:-1} != 1 ]] || ((SLURM_ARRAY_TASK_MAX - min + 1 != count)); then
    die "array $min-$SLURM_ARRAY_TASK_MAX with $count tasks is not contiguous; use --array=$min-$((min + count - 1))"
fi
shard=$((SLURM_ARRAY_TASK_ID - min))
results=Results/compare-$(basename "$base" .json)-worlds

submit_merge() {
    local marker=Results/slurm-$SLURM_ARRAY_JOB_ID.merge shards=() k command merge_id
    mkdir -p Results
    [[ -e $marker ]] && return 0
    mkdir "$marker.lock" 2>/dev/null || return 0
    for ((k = 0; k < count; k++)); do shards+=("$results/shard-$k"); done
    command=$(printf '%q ' "$wijksim" merge "${shards[@]}" --out "$results" --force)
    if ! merge_id=$(env -u SLURM_ARRAY_JOB_ID -u SLURM_ARRAY_TASK_ID -u SLURM_ARRAY_TASK_COUNT \
        -u SLURM_ARRAY_TASK_MIN -u SLURM_ARRAY_TASK_MAX -u SLURM_ARRAY_TASK_STEP \
        sbatch --parsable --job-name=wijksim-worlds-merge --cpus-per-task=1 --chdir="$PWD" \
        --output=Results/slurm-%j-merge.out \
        --dependency="afterok:$SLURM_ARRAY_JOB_ID" --kill-on-invalid-dep=yes \
        --wrap="$command"); then
        rmdir "$marker.lock"
        die "could not submit the merge job"
    fi
    echo "${merge_id%%;*}" >"$marker"
    rmdir "$marker.lock"
    echo "slurm-worlds: merge job ${merge_id%%;*} runs after array $SLURM_ARRAY_JOB_ID: $command" >&2
}

if [[ $SLURM_ARRAY_TASK_ID == "$min" ]]; then submit_merge; fi

echo "slurm-worlds: shard $shard of $count of the worlds of $base on $(hostname)" >&2
exec "$wijksim" compare "$@" --shard "$shard/$count" --out "$results/shard-$shard" \
    --jobs "${SLURM_CPUS_PER_TASK:-1}" --quiet
