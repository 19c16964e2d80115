"""MkDocs-hook: zet na het bouwen de runtime van de zelfscan in de site.

- Pyodide uit node_modules (vastgepind in package.json / package-lock.json);
- het wiel van wijktool, gebouwd met PyPA build uit dezelfde bron als de tests;
- model.json: de ruwe, gevalideerde data, die wijktool in de browser opnieuw opbouwt;
- python_stdlib_pyc.zip en een geheugensnapshot (wijktool.snap.gz) om de start
  van Python in de browser te versnellen (scripts/runtime/*.mjs, met Node).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from wijktool import __version__
from wijktool.laden import lees_ruw

log = logging.getLogger("mkdocs.hooks.runtime")

# python_stdlib.zip gaat niet mee: de browser krijgt de bytecode-versie.
PYODIDE_BESTANDEN = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "pyodide-lock.json")
SNAPSHOT = "wijktool.snap.gz"
WIEL = f"wijktool-{__version__}-py3-none-any.whl"


def _vingerafdruk(project: Path) -> str:
    h = hashlib.sha256()
    for pad in sorted([project / "pyproject.toml", *(project / "wijktool").rglob("*.py")]):
        h.update(pad.name.encode())
        h.update(pad.read_bytes())
    return h.hexdigest()[:16]


# Niet in het wiel voor de browser: laden.py leest YAML (PyYAML) bij het bouwen.
ALLEEN_BOUWEN = ("laden.py",)


def bouw_wiel(project: Path) -> Path:
    """Bouw het wiel, of hergebruik het als de bron niet veranderd is.

    Gebouwd uit een schone kopie van het pakket: een verwijderde module blijft
    zo niet hangen in een oude build/-map van setuptools."""
    cache = project / "build" / "wiel" / _vingerafdruk(project)
    wiel = cache / WIEL
    if not wiel.exists():
        cache.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            kopie = Path(tmp)
            shutil.copy2(project / "pyproject.toml", kopie)
            shutil.copy2(project / "README.md", kopie)
            shutil.copytree(project / "wijktool", kopie / "wijktool", ignore=shutil.ignore_patterns("__pycache__", *ALLEEN_BOUWEN))
            # --no-isolation: geen internet nodig; setuptools staat in de venv.
            subprocess.run(
                [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(cache), str(kopie)],
                check=True,
                capture_output=True,
            )
    return wiel


def _node(project: Path, script: str, *args: Path) -> None:
    resultaat = subprocess.run(["node", str(project / "scripts" / "runtime" / script), *map(str, args)], capture_output=True, text=True)
    if resultaat.returncode != 0:
        raise SystemExit(f"{script} mislukte:\n{resultaat.stdout}\n{resultaat.stderr}")


def bouw_snapshot(project: Path, wiel: Path) -> tuple[Path, Path]:
    """De bytecode-stdlib en de snapshot, of ze uit de cache als wiel,
    Pyodide en de scripts niet veranderd zijn."""
    pyodide = project / "node_modules" / "pyodide"
    h = hashlib.sha256(wiel.read_bytes())
    for pad in (pyodide / "package.json", pyodide / "pyodide.asm.wasm", *sorted((project / "scripts" / "runtime").glob("*.mjs"))):
        h.update(pad.read_bytes())
    cache = project / "build" / "runtime" / h.hexdigest()[:16]
    stdlib, snapshot = cache / "python_stdlib_pyc.zip", cache / SNAPSHOT
    if not snapshot.exists():
        cache.mkdir(parents=True, exist_ok=True)
        _node(project, "stdlib-pyc.mjs", pyodide, stdlib)
        ruw = cache / "wijktool.snap"
        _node(project, "snapshot.mjs", pyodide, wiel, stdlib, ruw)
        snapshot.write_bytes(gzip.compress(ruw.read_bytes(), compresslevel=6))
        ruw.unlink()
    return stdlib, snapshot


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
    wiel = bouw_wiel(project)
    shutil.copy2(wiel, doel / "wijktool" / WIEL)
    stdlib, snapshot = bouw_snapshot(project, wiel)
    shutil.copy2(stdlib, doel / "pyodide" / stdlib.name)
    shutil.copy2(snapshot, doel / "wijktool" / SNAPSHOT)
    model = json.dumps(lees_ruw(project / "data"), ensure_ascii=False, separators=(",", ":"))
    (doel / "wijktool" / "model.json").write_text(model, encoding="utf-8")
    log.info("zelfscan-runtime: Pyodide, %s en model.json in %s", WIEL, doel)
