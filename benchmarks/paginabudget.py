"""Paginabudget (geen test): per pagina het aantal verzoeken en de overgedragen bytes.

    .venv/bin/python -m benchmarks.paginabudget [--site site]

Laadt elke pagina van de gebouwde site in Debian's chromium, wacht bij scanpagina's
tot Python klaar is, en telt alle verzoeken (ook die van workers) en de bytes van elk
antwoord, ook als het uit de cache van het browserprofiel komt: zo is het wat een
lezer bij een eerste bezoek aan die pagina ophaalt. Dezelfde ronde als de sitebrede
tests (tests/hulp/kruiper.py), zonder axe. Schrijft benchmarks/resultaten/paginabudget.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tests.hulp.browser import Server
from tests.hulp.kruiper import Paginaverslag, kruip
from tests.hulp.paden import REPO
from tests.hulp.site import SCANS, alle_paginas

PYODIDE = ("assets/pyodide/", "python_stdlib", ".whl", "assets/wijktool/")


def meet(verslag: Paginaverslag) -> dict:
    return {
        "verzoeken": len(verslag.antwoorden),
        "bytes": verslag.bytes,
        "pyodide": verslag.laadt_pyodide,
        "grootste": verslag.grootste(),
    }


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--site", default=str(REPO / "site"))
    args.add_argument("--uit", default=str(REPO / "benchmarks" / "resultaten" / "paginabudget.json"))
    opties = args.parse_args()
    site = Path(opties.site)
    if not (site / "index.html").exists():
        print(f"Geen gebouwde site in {site}: draai eerst 'bash scripts/bouw.sh'.", file=sys.stderr)
        return 2
    with Server(site) as server:
        verslagen = kruip(server.url, alle_paginas(site), axe=False, klaar_timeout=120_000, overal_zoeken=True)
    uitkomst = {pad or "/": meet(v) for pad, v in verslagen.items()}
    Path(opties.uit).write_text(json.dumps(uitkomst, indent=2), encoding="utf-8")
    print(f"{'pagina':45} {'verzoeken':>9} {'kB':>9}  pyodide")
    for pad, m in uitkomst.items():
        print(f"{pad:45} {m['verzoeken']:>9} {m['bytes'] / 1024:>9.0f}  {'ja' if m['pyodide'] else '-'}")
    gewone = [m["bytes"] for p, m in uitkomst.items() if p not in SCANS]
    print(
        f"gewone pagina's: grootste {max(gewone) / 1024:.0f} kB, mediaan {sorted(gewone)[len(gewone) // 2] / 1024:.0f} kB (budget 1024 kB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
