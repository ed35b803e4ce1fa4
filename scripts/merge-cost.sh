#!/usr/bin/env bash
# merge-cost.sh — how long `wijksim merge` takes as a function of the shard count (docs/PERFORMANCE.md).
#
# Usage: scripts/merge-cost.sh [REPLICATES]   (default 50; runs.csv has 64 × REPLICATES rows)
#
# Writes a 64-point grid sweep of Scenarios/bench/small.json (8 weeks) into a temporary
# folder, runs it as 1, 2, 8 and 32 shards (one shard after the other, --jobs 1), times
# `wijksim merge` of each set (best of 3) and checks that the merged CSVs are identical.
# Environment: WIJKSIM, the binary (default .build/release/wijksim).
set -euo pipefail
cd "$(dirname "$0")/.."
wijksim=$(realpath "${WIJKSIM:-.build/release/wijksim}")
replicates=${1:-50}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/sweep.json" <<JSON
{
  "description": "Merge-cost bench: 64 points of the small bench scenario over 8 weeks.",
  "base": "$(realpath Scenarios/bench/small.json)",
  "replicates": $replicates, "seed": 1, "weeks": 8,
  "vary": {
    "barriers.siloPenalty": [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5],
    "connectors[*].hoursPerWeek": [8, 12, 16, 20, 24, 28, 32, 40]
  },
  "design": {"type": "grid"}
}
JSON
cd "$work"
for n in 1 2 8 32; do
    dirs=()
    for ((k = 0; k < n; k++)); do
        "$wijksim" sweep sweep.json --shard "$k/$n" --jobs 1 --quiet --out "out-$n/shard-$k" > /dev/null
        dirs+=("out-$n/shard-$k")
    done
    best=
    for _ in 1 2 3; do
        rm -rf "out-$n/merged"
        start=$(date +%s.%N)
        "$wijksim" merge "${dirs[@]}" --out "out-$n/merged" > /dev/null
        end=$(date +%s.%N)
        best=$(python3 -c "t = $end - $start; b = '$best'; print(min(t, float(b)) if b else t)")
    done
    echo "shards=$n rows=$(($(wc -l < "out-$n/merged/runs.csv") - 1)) merge_best_s=$best"
done
for f in runs.csv points.csv sensitivity.csv; do
    cmp -s "out-1/merged/$f" "out-32/merged/$f" || { echo "merge-cost: $f differs between 1 and 32 shards" >&2; exit 1; }
done
echo "merged CSVs identical for 1 and 32 shards"
