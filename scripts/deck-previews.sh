#!/usr/bin/env bash
# Renders pages of a deck as LibreOffice shows them, for the README:
#   deck-previews.sh DECK.pptx [PAGE...]   → DECK-slide-PAGE.png beside the deck
# (every slide when no page is given)
# Skipped with a message when LibreOffice or pdftoppm is not installed.
set -euo pipefail
deck=$1; shift
soffice=$(command -v soffice || command -v libreoffice || true)
if [ -z "$soffice" ] || ! command -v pdftoppm >/dev/null; then
  echo "deck-previews: LibreOffice or pdftoppm not installed; skipping slide previews" >&2
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$soffice" -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$deck" >/dev/null 2>&1
pdf="$work/$(basename "${deck%.*}").pdf"
[ -s "$pdf" ] || { echo "deck-previews: LibreOffice did not convert $deck" >&2; exit 1; }
if [ $# -eq 0 ]; then
  set -- $(seq 1 "$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')")
fi
for page in "$@"; do
  pdftoppm -r 80 -f "$page" -l "$page" -png -singlefile "$pdf" "${deck%.*}-slide-$page"
done
echo "deck-previews: wrote $# slide previews beside $deck (as LibreOffice renders them)"
