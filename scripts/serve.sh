#!/usr/bin/env bash
# Zet alles op en serveer de site op http://127.0.0.1:8000/ (herlaadt bij wijzigingen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/opzetten.sh
export NO_MKDOCS_2_WARNING=1
exec .venv/bin/mkdocs serve --strict -a 127.0.0.1:8000 "$@"
