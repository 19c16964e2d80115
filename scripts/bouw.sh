#!/usr/bin/env bash
# Zet alles op en bouw de statische site in site/, klaar om te publiceren.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/opzetten.sh
export NO_MKDOCS_2_WARNING=1
exec .venv/bin/mkdocs build --strict --clean "$@"
