"""Het wiel van wijktool, gebouwd met PyPA build uit een schone kopie van het
pakket: wat in de werkmap niet (meer) staat, kan er niet in komen (setuptools
houdt anders oude bestanden vast in build/)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .cache import bestanden_hash, ingang

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
