#!/usr/bin/env bash
# Zet alles op wat de site en de tests nodig hebben, op een nieuwe machine.
# Mag vaak draaien: wat er al is en niet veranderd is, wordt overgeslagen.
#   bash scripts/opzetten.sh            venv, Python-pakketten, Pyodide (npm)
#   bash scripts/opzetten.sh --browser  ook Debian's chromium en nginx voor de tests
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "» virtuele omgeving maken (.venv)"
  "$PYTHON" -m venv .venv
fi

# Alleen opnieuw installeren als requirements.txt of pyproject.toml veranderd is.
vingerafdruk=$(cat requirements.txt pyproject.toml | sha256sum | cut -c1-16)
if [ ! -f ".venv/.geinstalleerd-$vingerafdruk" ]; then
  echo "» Python-pakketten installeren"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-build-isolation --no-deps -e .
  rm -f .venv/.geinstalleerd-*
  touch ".venv/.geinstalleerd-$vingerafdruk"
fi

if [ -f package.json ]; then
  vingerafdruk=$(cat package.json package-lock.json 2>/dev/null | sha256sum | cut -c1-16)
  if [ ! -f "node_modules/.geinstalleerd-$vingerafdruk" ]; then
    command -v npm >/dev/null || { echo "npm ontbreekt: installeer Node.js (Debian: apt-get install nodejs npm)" >&2; exit 1; }
    echo "» Pyodide installeren uit het npm-register (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
    touch "node_modules/.geinstalleerd-$vingerafdruk"
  fi
fi

# Voor de tests: Debian's chromium (browsertests) en nginx met de brotli-module
# (tests/test_nginx.py en benchmarks/zelfscan.py draaien deploy/nginx.conf echt).
if [ "${1:-}" = "--browser" ]; then
  ontbreekt=""
  [ -x /usr/bin/chromium ] || ontbreekt="$ontbreekt chromium"
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || ontbreekt="$ontbreekt nginx"
  [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || ontbreekt="$ontbreekt libnginx-mod-http-brotli-static"
  if [ -n "$ontbreekt" ]; then
    echo "» Debian-pakketten installeren voor de tests:$ontbreekt"
    sudo_=""
    [ "$(id -u)" -eq 0 ] || sudo_="sudo"
    $sudo_ apt-get update -qq
    # policy-rc.d of niet: nginx hoeft hier niet als dienst te starten; de tests starten hem zelf.
    DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq $ontbreekt >/dev/null
  fi
fi
