#!/usr/bin/env bash
# Builds the package and its tests (`swift build --build-tests`) and fails when the
# compiler warns about the project's own code (Sources/, Tests/, Benchmarks/,
# Examples/): dependencies may warn, Chronicle may not. Only files compiled in this
# run are seen — in CI, a fresh clone, that is every file.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$SWIFT" build --build-tests 2>&1 | tee "$log"
root=$(pwd)
own=$(grep -E "^($root/)?(Sources|Tests|Benchmarks|Examples)/[^:]+:[0-9]+:[0-9]+: warning:" "$log" | sort -u || true)
if [ -n "$own" ]; then
    echo "chronicle: the build warns about the project's own code (fix these; CI allows none):" >&2
    echo "$own" >&2
    exit 1
fi
