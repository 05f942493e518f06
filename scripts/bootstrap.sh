#!/usr/bin/env bash
# Installs what Chronicle needs to build, test and render, and does nothing when
# everything is already present. Safe to run repeatedly.
#
#   libgraphviz-dev  Graphviz C API (libgvc, libcgraph) used in-process
#   fonts-noto-cjk   a CJK font so that Chinese labels render as glyphs
#   poppler-utils    pdffonts / pdftoppm, used by the tests to check PDFs
#   libfontconfig-dev  finds an installed CJK font in-process
#   libsqlite3-dev   SQLite for the graph store (through GRDB)
#   zlib1g-dev       inflating .docx contents with bounds Chronicle controls
#   pkg-config       lets SwiftPM find libgvc and fontconfig
#   wrk              drives the web workspace in chronicle-bench serve and news
#   rdflib, icalendar, networkx (pip)  read exports back in the tests
#   python-pptx (pip)  reads the briefing deck back in the tests
#   libreoffice-impress  converts the deck to PDF in one test (and for the README's
#                    slide previews); set CHRONICLE_NO_OFFICE=1 to skip it — that test
#                    is then skipped with a message
#   chromium, chromium-driver, selenium (pip)  drive the web workspace in the browser
#                    test (and make the README's screenshots); CHRONICLE_NO_BROWSER=1
#                    skips them — that test is then skipped with a message
#   chromium-l10n    Chromium's Chinese locale, so that the Chinese screenshots show
#                    date fields as 2020/01/20, not the US 01/20/2020
#   openjdk-17-jre-headless, pyspark (pip)  run scripts/spark-extract.py (extraction on
#                    Apache Spark, local mode) and its test; CHRONICLE_NO_SPARK=1 skips
#                    them — that test is then skipped with a message
set -euo pipefail

PACKAGES=(libgraphviz-dev libfontconfig-dev libsqlite3-dev zlib1g-dev fonts-noto-cjk poppler-utils pkg-config fontconfig wrk)
if [ -z "${CHRONICLE_NO_OFFICE:-}" ]; then PACKAGES+=(libreoffice-impress); fi
if [ -z "${CHRONICLE_NO_BROWSER:-}" ]; then PACKAGES+=(chromium chromium-driver chromium-l10n); fi
# Spark needs a Java runtime (17 or later); one already on the path will do.
if [ -z "${CHRONICLE_NO_SPARK:-}" ] && ! command -v java >/dev/null; then PACKAGES+=(openjdk-17-jre-headless); fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "bootstrap: installing ${missing[*]}" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Graphviz finds its renderers (png, pdf, svg via cairo) through the plugin list
# config6a, which libgvc6's install script writes. Without it: 'Format "png" not
# recognized'. Regenerate it when it is missing.
gvdir=$(dirname "$(find /usr/lib -name 'libgvplugin_core.so*' 2>/dev/null | head -n1)" 2>/dev/null || true)
if [ -n "$gvdir" ] && [ ! -s "$gvdir/config6a" ]; then
  echo "bootstrap: registering Graphviz plugins in $gvdir" >&2
  if command -v libgvc6-config-update >/dev/null; then
    libgvc6-config-update -c
  fi
fi

# Python clients that the export tests read Chronicle's files back with.
if ! python3 -c "import rdflib, icalendar, networkx, pptx, selenium" 2>/dev/null; then
  echo "bootstrap: installing rdflib icalendar networkx python-pptx selenium (pip)" >&2
  python3 -m pip install -q rdflib icalendar networkx python-pptx selenium >/dev/null 2>&1 \
    || python3 -m pip install -q --break-system-packages rdflib icalendar networkx python-pptx selenium >/dev/null
fi

# Apache Spark's Python API with its bundled Spark, for scripts/spark-extract.py.
if [ -z "${CHRONICLE_NO_SPARK:-}" ] && ! python3 -c "import pyspark" 2>/dev/null; then
  echo "bootstrap: installing pyspark (pip)" >&2
  python3 -m pip install -q pyspark >/dev/null 2>&1 \
    || python3 -m pip install -q --break-system-packages pyspark >/dev/null
fi

if ! fc-list :lang=zh family | grep -q .; then
  echo "bootstrap: no CJK font visible to fontconfig; install fonts-noto-cjk" >&2
  exit 1
fi
