"""Het wiel van wijktool, gebouwd met PyPA build uit een schone kopie van het
pakket: wat in de werkmap niet (meer) staat, kan er niet in komen (setuptools
houdt anders oude bestanden vast in build/). Voor de browser komt er bytecode
bij (met_bytecode)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .cache import bestanden_hash, hash_van, ingang
from .comprimeer import comprimeer
from .pyodide import node_script

# laden.py leest data/ met PyYAML bij het bouwen; in de browser komt de data als model.json.
NIET_MEE = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "laden.py")


def pakketbestanden(project: Path) -> list[Path]:
    """Alles wat in het wiel kan komen: pyproject, README en de hele map wijktool/
    (met subpakketten), zonder bytecode."""
    bron = [
        p
        for p in (project / "wijktool").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc" and p.name != "laden.py"
    ]
    return [project / "pyproject.toml", project / "README.md", *bron]


def bouw_wiel(project: Path) -> Path:
    sleutel = bestanden_hash(project, pakketbestanden(project))

    def maak(uit: Path) -> None:
        with tempfile.TemporaryDirectory(prefix="wiel-") as tmp:
            kopie = Path(tmp) / "bron"
            kopie.mkdir()
            shutil.copy2(project / "pyproject.toml", kopie)
            shutil.copy2(project / "README.md", kopie)
            shutil.copytree(project / "wijktool", kopie / "wijktool", ignore=NIET_MEE)
            # --no-isolation: geen internet nodig; setuptools staat in de venv.
            r = subprocess.run(
                [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(uit), str(kopie)],
                capture_output=True,
                text=True,
            )
            if r.returncode != 0:
                raise RuntimeError(f"het wiel van wijktool bouwen mislukte:\n{r.stdout[-2000:]}\n{r.stderr[-2000:]}")

    (wiel,) = ingang(project, "wiel", sleutel, maak).glob("*.whl")
    return wiel


def met_bytecode(project: Path, wiel: Path) -> Path:
    """Het wiel voor de browser: met bytecode van Pyodide's CPython naast elke module,
    ongecomprimeerd opgeslagen (scripts/runtime/wiel-bytecode.mjs). Gemeten met
    benchmarks/zelfscan.py: de kale runtime start ongeveer 65 ms sneller (loopback).
    Sleutel: het wiel, Pyodide, het script en dit recept (dit bestand)."""
    npm = project / "node_modules" / "pyodide"
    script = project / "scripts" / "runtime" / "wiel-bytecode.mjs"
    sleutel = hash_van([wiel.read_bytes(), (npm / "package.json").read_bytes(), script.read_bytes(), Path(__file__).read_bytes()])

    def maak(uit: Path) -> None:
        node_script(project, "wiel-bytecode.mjs", str(wiel), str(uit / wiel.name))
        comprimeer(uit / wiel.name, brotli_niveau=11)  # hoogste niveau: het wiel staat in de cache

    return ingang(project, "browserwiel", sleutel, maak) / wiel.name
