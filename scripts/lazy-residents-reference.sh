#!/usr/bin/env bash
# Writes Tests/WijkSimTests/Fixtures/lazy-residents/<name>/{summary,units-summary,timeseries}.csv:
# what the engine that drew every resident at the start (commit 9fd586c, before lazy residents,
# issue 13) says about the fixture scenarios. LazyResidentsEquivalenceTests compares the current
# engine with it. Run it with a wijksim built from that commit:
#   git worktree add /tmp/eager 9fd586c && (cd /tmp/eager && swift build -c release)
#   scripts/lazy-residents-reference.sh /tmp/eager/.build/release/wijksim
set -euo pipefail
cd "$(dirname "$0")/.."
wijksim=${1:?usage: scripts/lazy-residents-reference.sh PATH-TO-WIJKSIM-OF-9fd586c}
folder=Tests/WijkSimTests/Fixtures/lazy-residents
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { # name scenario-file replicates
    "$wijksim" run "$2" --replicates "$3" --jobs 2 --quiet --out "$work/$1"
    mkdir -p "$folder/$1"
    cp "$work/$1"/{summary,units-summary,timeseries}.csv "$folder/$1/"
}
# More replicates than the test runs, so that the reference adds little to the standard errors.
run dense "$folder/dense.json" 4000
run equivalence Tests/WijkSimTests/Fixtures/equivalence.json 2000
echo "reference rewritten in $folder"
