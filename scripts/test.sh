#!/usr/bin/env bash
# Zet alles op (chromium, firefox-esr, Java, nginx en de testwerktuigen in tests/node),
# controleer de code met ruff en draai alle tests, met de regeldekking van wijktool/
# (coverage.py) aan het eind.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/opzetten.sh --browser
echo "» ruff check"
.venv/bin/ruff check .
echo "» ruff format --check"
.venv/bin/ruff format --check .
exec .venv/bin/python -m pytest --cov --cov-report=term-missing:skip-covered "$@"
