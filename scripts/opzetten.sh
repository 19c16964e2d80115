#!/usr/bin/env bash
# Zet alles op wat de site en de tests nodig hebben, op een nieuwe machine.
# Mag vaak draaien: wat er al is en niet veranderd is, wordt overgeslagen.
#   bash scripts/opzetten.sh            venv, Python-pakketten, Pyodide (npm)
#   bash scripts/opzetten.sh --browser  ook wat de tests nodig hebben: Debian's chromium,
#                                       firefox-esr, Java (voor de Nu HTML-checker), nginx met de
#                                       brotli-module, en de testwerktuigen uit npm in tests/node
#                                       (vnu-jar, puppeteer-core)
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "» virtuele omgeving maken (.venv)"
  "$PYTHON" -m venv .venv
fi

# Alleen opnieuw installeren als requirements.txt of pyproject.toml veranderd is.
vingerafdruk=$(cat requirements.txt pyproject.toml | sha256sum | cut -c1-16)
pip_nodig=0
[ -f ".venv/.geinstalleerd-$vingerafdruk" ] || pip_nodig=1
pip_stil() { .venv/bin/python -m pip install --quiet --disable-pip-version-check "$@"; }

# Brotli eerst (vastgepind in requirements.txt): dan kan Pyodide al gecomprimeerd
# worden terwijl pip de rest installeert (hooks/runtimebouw/vooraf.py). Op een nieuwe
# machine scheelt dat de eerste bouw een halve minuut.
if [ "$pip_nodig" = 1 ]; then
  echo "» Python-pakketten installeren"
  pip_stil "$(grep -E '^brotli==' requirements.txt)"
fi

# Op de achtergrond, los van dit script (de bouw wacht er zo nodig op); de uitvoer
# staat in build/runtime-cache/vooraf.log.
vooraf_comprimeren() {
  mkdir -p build/runtime-cache
  PYTHONPATH=hooks nohup .venv/bin/python -m runtimebouw.vooraf . </dev/null >build/runtime-cache/vooraf.log 2>&1 &
}

# npm (Pyodide) loopt tegelijk met pip: beide wachten vooral op het register.
npm_runtime() {
  if [ -f package.json ]; then
    vingerafdruk=$(cat package.json package-lock.json 2>/dev/null | sha256sum | cut -c1-16)
    if [ ! -f "node_modules/.geinstalleerd-$vingerafdruk" ]; then
      command -v npm >/dev/null || { echo "npm ontbreekt: installeer Node.js (Debian: apt-get install nodejs npm)" >&2; exit 1; }
      echo "» Pyodide installeren uit het npm-register (npm ci)"
      npm ci --no-audit --no-fund --loglevel=error
      touch "node_modules/.geinstalleerd-$vingerafdruk"
    fi
    vooraf_comprimeren
  fi
}
# Testwerktuigen uit npm, apart vastgepind in tests/node: ze horen niet bij de
# runtime van de site (de hoofd-package.json) en komen zo nooit in site/.
npm_tests() {
  vingerafdruk=$(cat tests/node/package.json tests/node/package-lock.json | sha256sum | cut -c1-16)
  if [ ! -f "tests/node/node_modules/.geinstalleerd-$vingerafdruk" ]; then
    echo "» testwerktuigen installeren uit het npm-register (tests/node: vnu-jar, puppeteer-core)"
    (cd tests/node && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
    touch "tests/node/node_modules/.geinstalleerd-$vingerafdruk"
  fi
}
npm_runtime &
npm_pids=($!)
if [ "${1:-}" = "--browser" ]; then
  npm_tests &
  npm_pids+=($!)
fi

if [ "$pip_nodig" = 1 ]; then
  pip_stil -r requirements.txt
  pip_stil --no-build-isolation --no-deps -e .
  rm -f .venv/.geinstalleerd-*
  touch ".venv/.geinstalleerd-$vingerafdruk"
fi

if [ "${1:-}" = "--browser" ]; then
  # Debian-pakketten: chromium (Playwright), firefox-esr (puppeteer-core over
  # WebDriver BiDi), Java voor de Nu HTML-checker en nginx met de brotli-module
  # (tests/test_nginx.py en benchmarks/zelfscan.py draaien deploy/nginx.conf echt).
  # Nooit een browser downloaden.
  ontbreekt=()
  [ -x /usr/bin/chromium ] || ontbreekt+=(chromium)
  [ -x /usr/bin/firefox-esr ] || ontbreekt+=(firefox-esr)
  command -v java >/dev/null || ontbreekt+=(default-jre-headless)
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || ontbreekt+=(nginx)
  [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || ontbreekt+=(libnginx-mod-http-brotli-static)
  if [ ${#ontbreekt[@]} -gt 0 ]; then
    echo "» Debian-pakketten installeren voor de tests: ${ontbreekt[*]}"
    sudo_=""
    [ "$(id -u)" -eq 0 ] || sudo_="sudo"
    $sudo_ apt-get update -qq
    # nginx hoeft hier niet als dienst te starten; de tests starten hem zelf.
    DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq "${ontbreekt[@]}" >/dev/null
  fi

fi

# Een fout in npm (op de achtergrond) stopt het script hier, met zijn eigen melding.
for pid in "${npm_pids[@]}"; do
  wait "$pid"
done
