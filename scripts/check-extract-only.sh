#!/usr/bin/env bash
# Builds Examples/extract-only (a package that depends on ChronicleCore alone), runs it
# on the bundled sample, and proves the layering: its build compiled none of the
# Graphviz, fontconfig or GRDB modules, and its binary links no libgvc, libcgraph,
# libfontconfig or libsqlite3. Called by `make test`.
set -euo pipefail
cd "$(dirname "$0")/../Examples/extract-only"
SWIFT=${SWIFT:-swift}

log=$(mktemp)
if ! $SWIFT build >"$log" 2>&1; then
  # An incremental build of this package can miss a source file added to ChronicleCore
  # since it last ran (seen after a `git pull`: "cannot find … in scope"); build it again
  # from clean once before reporting.
  echo "check-extract-only: incremental build failed; building again from clean" >&2
  rm -rf .build
  if ! $SWIFT build >"$log" 2>&1; then cat "$log" >&2; rm -f "$log"; exit 1; fi
fi
rm -f "$log"
bindir=$($SWIFT build --show-bin-path)
bin=$bindir/extract-only
[ -x "$bin" ] || { echo "check-extract-only: $bin was not built" >&2; exit 1; }

out=$("$bin" ../../Samples/study-notice-2020-02-09.txt 2020-02-09)
events=$(grep -c '^20' <<<"$out" || true)
if [ "$events" -lt 20 ]; then
  echo "check-extract-only: expected at least 20 dated events from the sample, got $events" >&2
  exit 1
fi

fail=0
# SwiftPM makes an empty folder for every target of the package graph; a compiled
# module leaves a .swiftmodule in Modules/ and object files in its folder.
for module in GRDB ChronicleRender ChronicleStore ChronicleExport ChronicleKit; do
  if [ -e "$bindir/Modules/$module.swiftmodule" ] || find "$bindir/$module.build" -name '*.o' 2>/dev/null | grep -q .; then
    echo "check-extract-only: the build compiled $module, which ChronicleCore must not need" >&2
    fail=1
  fi
done
if ldd "$bin" | grep -E 'libgvc|libcgraph|libfontconfig|libsqlite3'; then
  echo "check-extract-only: the binary links a library ChronicleCore must not need (above)" >&2
  fail=1
fi
[ "$fail" -eq 0 ] || exit 1
echo "check-extract-only: ok — $events dated events; links $(ldd "$bin" | grep -oE 'lib(z|swiftCore|Foundation)[^ ]*' | sort -u | tr '\n' ' ')and no Graphviz, fontconfig or SQLite"
