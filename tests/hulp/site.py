"""De gebouwde site: bouwen met `mkdocs build --strict` en de lijst van pagina's."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from .html import ontleed

# De drie scanpagina's: alleen daar start de worker met Pyodide.
SCANS = ("zelfscan/", "zelfscan/volwassenheid/", "zelfscan/checklist/", "zelfscan/samen/")


@dataclass
class Bouw:
    code: int
    uitvoer: str
    site: Path

    def pagina(self, pad: str):
        bestand = self.site / pad
        assert bestand.is_file(), f"{pad} is niet gebouwd (mkdocs gaf code {self.code})"
        return ontleed(bestand.read_text(encoding="utf-8"))


def bouw(project: Path, site: Path) -> Bouw:
    resultaat = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    return Bouw(resultaat.returncode, resultaat.stdout + resultaat.stderr, site)


def alle_paginas(site: Path) -> list[str]:
    """De paden van alle pagina's (elke index.html buiten assets/), relatief aan de site."""
    paden = sorted(str(p.relative_to(site).parent) for p in site.rglob("index.html") if "assets" not in p.relative_to(site).parts)
    return ["" if p == "." else p + "/" for p in paden]


NIET_KOPIEREN = shutil.ignore_patterns(
    ".venv", "site", "node_modules", "build", ".git", "__pycache__", ".pytest_cache", ".hypothesis", "test-artefacten"
)


def projectkopie(bron: Path, doel: Path) -> Path:
    """Een kopie van het project (zonder .venv, site en build) om aan te passen.
    node_modules (Pyodide) en de cache van de runtime (build/) worden gedeeld: de hook
    zet de runtime vóór de macro's klaar, en die opnieuw maken duurt minuten."""
    shutil.copytree(bron, doel, ignore=NIET_KOPIEREN)
    (doel / "node_modules").symlink_to(bron / "node_modules", target_is_directory=True)
    (bron / "build").mkdir(exist_ok=True)
    (doel / "build").symlink_to(bron / "build", target_is_directory=True)
    return doel
