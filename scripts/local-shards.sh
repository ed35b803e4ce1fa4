#!/usr/bin/env bash
# local-shards.sh — run a WijkSim sweep as N shard processes on this machine, then merge.
#
# Usage: scripts/local-shards.sh SWEEP.json N [SWEEP-OPTIONS...]
#
# Starts `wijksim sweep SWEEP.json --shard K/N --jobs J --quiet [SWEEP-OPTIONS]` for K = 0 … N−1
# in parallel, with J = max(1, nproc / N) worker threads each, so they share the cores. Each
# writes Results/NAME/shard-K/ (NAME = the sweep file name without .json) and logs its stderr
# to Results/logs/NAME-shard-K.log. When all have finished it fails, naming each failed shard
# and showing the end of its log, if any failed; otherwise it runs
#
#   wijksim merge Results/NAME/shard-0 … Results/NAME/shard-(N−1) --out Results/NAME --force
#
# SWEEP-OPTIONS are passed to every shard (e.g. --resume, --force). Ctrl-C stops all shards.
#
# This is the same split as `sbatch --array=0-(N−1) scripts/slurm-sweep.sh`, so the merged
# folder is byte-identical to that of a Slurm run and of a single `wijksim sweep`.
#
# Environment: WIJKSIM, the binary (default .build/release/wijksim).
set -euo pipefail

die() {
    echo "local-shards: $*" >&2
    exit 1
}

(($# >= 2)) || die "usage: $0 SWEEP.json N [SWEEP-OPTIONS...]"
sweep=$1
shards=$2
shift 2
[[ -f $sweep ]] || die "no sweep file $sweep"
[[ $shards =~ ^[1-9][0-9]*$ ]] || die "N must be a positive whole number, got '$shards'"
wijksim=${WIJKSIM:-.build/release/wijksim}
[[ -x $wijksim ]] || die "no executable $wijksim; run \`swift build -c release\` first or set WIJKSIM"

name=$(basename "$sweep" .json)
results=Results/$name
logs=Results/logs
mkdir -p "$logs"
cores=$(nproc)
jobs=$((cores / shards))
((jobs >= 1)) || jobs=1

# Inside a Slurm job the array variables must not compete with --shard.
unset SLURM_ARRAY_JOB_ID SLURM_ARRAY_TASK_ID SLURM_ARRAY_TASK_COUNT SLURM_ARRAY_TASK_MIN \
    SLURM_ARRAY_TASK_MAX SLURM_ARRAY_TASK_STEP

pids=()
stop_shards() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap 'stop_shards; exit 130' INT
trap 'stop_shards; exit 143' TERM

echo "local-shards: $shards shards of $sweep, $jobs job(s) each" >&2
for ((k = 0; k < shards; k++)); do
    "$wijksim" sweep "$sweep" --shard "$k/$shards" --jobs "$jobs" --quiet "$@" \
        >"$logs/$name-shard-$k.log" 2>&1 &
    pids+=($!)
done

failed=0
for ((k = 0; k < shards; k++)); do
    status=0
    wait "${pids[k]}" || status=$?
    if ((status != 0)); then
        failed=$((failed + 1))
        echo "local-shards: shard $k/$shards failed (exit $status); log $logs/$name-shard-$k.log:" >&2
        tail -n 20 "$logs/$name-shard-$k.log" | sed 's/^/    /' >&2
    fi
done
trap - INT TERM
((failed == 0)) || die "$failed of $shards shards failed; not merging"

merge=()
for ((k = 0; k < shards; k++)); do merge+=("$results/shard-$k"); done
"$wijksim" merge "${merge[@]}" --out "$results" --force
echo "local-shards: merged $shards shards into $results" >&2
