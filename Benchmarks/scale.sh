#!/usr/bin/env bash
# Extracts a 200 MB compilation (the sample repeated) and prints wall time and peak
# memory. Usage: Benchmarks/scale.sh [MEGABYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-200}
swift build -c release --product chronicle >/dev/null
input=$(mktemp --suffix=.txt)
output=$(mktemp --suffix=.json)
trap 'rm -f "$input" "$output"' EXIT
python3 - "$mb" "$input" <<'PY'
import sys
mb, path = int(sys.argv[1]), sys.argv[2]
t = open('Samples/study-notice-2020-02-09.txt', 'rb').read() + b'\n'
open(path, 'wb').write(t * (mb * 1000 * 1000 // len(t) + 1))
PY
echo "input: $(du -m "$input" | cut -f1) MB"
/usr/bin/time -f "wall %e s, peak memory %M KB" .build/release/chronicle extract -q "$input" -o "$output"
echo "output: $(du -m "$output" | cut -f1) MB of JSON"
