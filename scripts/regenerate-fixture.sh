#!/usr/bin/env bash
# Rewrites Tests/WijkSimTests/Fixtures/refactor/<name>/{runs,summary,timeseries,units,units-summary}.csv from the
# current build. Run it only in a commit that changes the model on purpose, and say so in the
# message: OutputFixtureTests exists to show that a refactor changes no byte.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c debug >/dev/null
folder=Tests/WijkSimTests/Fixtures/refactor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for name in baseline all-interventions no-connectors; do
    .build/debug/wijksim run "$folder/$name.json" --replicates 3 --weeks 60 --jobs 2 --quiet --out "$work/$name"
    mkdir -p "$folder/$name"
    cp "$work/$name"/{runs,summary,timeseries,units,units-summary}.csv "$folder/$name/"
done
echo "fixture rewritten in $folder"
