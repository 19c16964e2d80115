#!/usr/bin/env bash
# Zet alles op (ook chromium, firefox-esr, Java en de testwerktuigen in tests/node) en draai alle tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/opzetten.sh --browser
exec .venv/bin/python -m pytest "$@"
