"""Pyodide vooraf comprimeren, los van de bouw.

scripts/opzetten.sh start dit op de achtergrond zodra Pyodide in node_modules staat,
terwijl pip nog installeert. Brotli op het hoogste niveau kost voor de wasm alleen al
ongeveer 30 s op één kern; op een nieuwe machine is dat zo klaar (of bijna) als de
eerste bouw erom vraagt. Die bouw wacht op deze cache-ingangen (cache.ingang) en doet
het werk niet over. Staan ze er al, dan is dit script meteen klaar.

    PYTHONPATH=hooks python -m runtimebouw.vooraf PROJECTMAP
"""

from __future__ import annotations

import sys
from pathlib import Path

from .pyodide import VAN_NPM, comprimeer_tegelijk


def main(project: Path) -> int:
    npm = project / "node_modules" / "pyodide"
    for map_ in comprimeer_tegelijk(project, {naam: npm / naam for naam in VAN_NPM}):
        print(map_.name)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
