"""MkDocs-hook: zet na het bouwen de runtime van de zelfscan in de site.

- Pyodide uit node_modules (vastgepind in package.json / package-lock.json);
- het wiel van wijktool, gebouwd met PyPA build uit dezelfde bron als de tests;
- model.json: de ruwe, gevalideerde data, die wijktool in de browser opnieuw opbouwt.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import subprocess
import sys
from pathlib import Path

from wijktool import __version__
from wijktool.laden import lees_ruw

log = logging.getLogger("mkdocs.hooks.runtime")

PYODIDE_BESTANDEN = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
WIEL = f"wijktool-{__version__}-py3-none-any.whl"


def _vingerafdruk(project: Path) -> str:
    h = hashlib.sha256()
    for pad in sorted([project / "pyproject.toml", *(project / "wijktool").glob("*.py")]):
        h.update(pad.name.encode())
        h.update(pad.read_bytes())
    return h.hexdigest()[:16]


def bouw_wiel(project: Path) -> Path:
    """Bouw het wiel, of hergebruik het als de bron niet veranderd is."""
    cache = project / "build" / "wiel" / _vingerafdruk(project)
    wiel = cache / WIEL
    if not wiel.exists():
        cache.mkdir(parents=True, exist_ok=True)
        # --no-isolation: geen internet nodig; setuptools staat in de venv.
        subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(cache), str(project)],
            check=True,
            capture_output=True,
        )
    return wiel


def on_post_build(config, **_) -> None:
    project = Path(config.config_file_path).parent
    doel = Path(config.site_dir) / "assets"

    bron = project / "node_modules" / "pyodide"
    if not (bron / "pyodide.mjs").exists():
        raise SystemExit("Pyodide ontbreekt in node_modules: draai eerst 'bash scripts/opzetten.sh'.")
    (doel / "pyodide").mkdir(parents=True, exist_ok=True)
    for naam in PYODIDE_BESTANDEN:
        shutil.copy2(bron / naam, doel / "pyodide" / naam)

    (doel / "wijktool").mkdir(parents=True, exist_ok=True)
    shutil.copy2(bouw_wiel(project), doel / "wijktool" / WIEL)
    model = json.dumps(lees_ruw(project / "data"), ensure_ascii=False, separators=(",", ":"))
    (doel / "wijktool" / "model.json").write_text(model, encoding="utf-8")
    log.info("zelfscan-runtime: Pyodide, %s en model.json in %s", WIEL, doel)
