#!/usr/bin/env bash
# test-slurm-worlds.sh — end-to-end check that a verdict over plausible worlds
# (`wijksim compare BASE VARIANT --worlds N`) run as a Slurm array by scripts/slurm-worlds.sh,
# merged by the job its first task submits, is byte-identical to one process.
#
# Usage: scripts/test-slurm-worlds.sh
#
# Steps:
#  1. `swift build -c release --product wijksim` (skipped when WIJKSIM is set), and
#     scripts/slurm-local.sh start unless a cluster runs (stopped on exit only if started here).
#  2. Writes two tiny scenarios into a scratch folder: ci-worlds (Scenarios/bench/small.json:
#     one neighbourhood of 5,000 residents) and ci-worlds-manager (the same with a transition
#     manager from week 1).
#  3. `wijksim compare ci-worlds ci-worlds-manager --worlds WORLDS --replicates 2 --weeks 8
#     --out TMP/single` in one process.
#  4. Removes Results/compare-ci-worlds-worlds/, then `sbatch --array=0-(TASKS−1)
#     --cpus-per-task=1 scripts/slurm-worlds.sh` with the same arguments; waits for the array
#     and its merge job and requires JobState=COMPLETED for all (scripts/slurm-test-lib.sh).
#  5. cmp of worlds.csv and worlds-summary.csv in the merged folder and TMP/single, byte for
#     byte; the manifests must describe the same worlds (hash, count) and be complete (times,
#     command lines and merged_from legitimately differ). Removes the merged folder on success.
# Exits non-zero with a message naming the first difference, failed job or timeout. About 10 s
# on two cores once built.
#
# Environment: WORLDS (default 12), TASKS (3), TIMEOUT (seconds to wait for the Slurm jobs,
# 300), WIJKSIM (default .build/release/wijksim).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
label=test-slurm-worlds
# shellcheck source=scripts/slurm-test-lib.sh
source scripts/slurm-test-lib.sh

worlds=${WORLDS:-12}
tasks=${TASKS:-3}
timeout=${TIMEOUT:-300}
[[ $worlds =~ ^[1-9][0-9]*$ ]] || die "WORLDS must be a positive whole number, got '$worlds'"
[[ $tasks =~ ^[1-9][0-9]*$ ]] || die "TASKS must be a positive whole number, got '$tasks'"
results=Results/compare-ci-worlds-worlds

slurm_test_setup

small=$PWD/Scenarios/bench/small.json
base=$work/ci-worlds.json
variant=$work/ci-worlds-manager.json
printf '{"extends": "%s", "name": "ci-worlds"}\n' "$small" >"$base"
printf '{"extends": "%s", "name": "ci-worlds-manager", "interventions": {"transitionManager": {"enabled": true, "startWeek": 1}}}\n' \
    "$small" >"$variant"
options=(--worlds "$worlds" --replicates 2 --weeks 8)

step "reference: one process"
"$wijksim" compare "$base" "$variant" "${options[@]}" --out "$work/single" --quiet >"$work/single.txt"

step "Slurm: $tasks-task array + merge"
rm -rf "$results"
run_array_and_merge "$timeout" --array="0-$((tasks - 1))" --cpus-per-task=1 scripts/slurm-worlds.sh \
    "$base" "$variant" "${options[@]}"
same_bytes slurm "$results" "$work/single" worlds.csv worlds-summary.csv
[[ -f $results/manifest.json && -f $work/single/manifest.json ]] || die "slurm: a manifest.json is missing"
for key in '"worlds_hash"' '"world_count"' '"complete"'; do
    single_line=$(grep -m1 "^  $key" "$work/single/manifest.json") || die "no $key in $work/single/manifest.json"
    [[ $(grep -m1 "^  $key" "$results/manifest.json") == "$single_line" ]] || die "slurm: manifest.json differs in $key"
done
rows=$(($(wc -l <"$results/worlds.csv") - 1))
((rows == worlds)) || die "slurm: worlds.csv has $rows rows, expected $worlds (one per world and variant)"
step "slurm: worlds.csv ($rows rows) and worlds-summary.csv identical to one process; manifests describe the same worlds"
rm -rf "$results"

step "PASS"
