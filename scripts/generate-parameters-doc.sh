#!/bin/sh
# Regenerates docs/PARAMETERS.md: every scenario parameter with its default,
# unit, range, meaning and evidence, from ParameterCatalog and Scenario().
# The test "docs/PARAMETERS.md is up to date" fails when it is stale.
#
# Usage: scripts/generate-parameters-doc.sh   (from anywhere in the repository)
set -eu
cd "$(dirname "$0")/.."
temporary="docs/.PARAMETERS.md.$$"
trap 'rm -f "$temporary"' EXIT
swift run -c release wijksim params --markdown > "$temporary"
mv "$temporary" docs/PARAMETERS.md
echo "wrote docs/PARAMETERS.md"
