#!/usr/bin/env bash
# Zet alles op (chromium, firefox-esr, Java, nginx en de testwerktuigen in tests/node),
# controleer de code met ruff en draai alle tests, met de regeldekking van wijktool/
# (coverage.py) aan het eind. Twee werkers (pytest-xdist), per testmodule verdeeld: de
# fixtures per module (een gestarte scanpagina) blijven zo bij elkaar.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/opzetten.sh --browser
echo "» ruff check"
.venv/bin/ruff check .
echo "» ruff format --check"
.venv/bin/ruff format --check .
exec .venv/bin/python -m pytest -n 2 --dist loadscope --cov --cov-report=term-missing:skip-covered "$@"
