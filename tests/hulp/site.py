"""De gebouwde site: bouwen met `mkdocs build --strict` en de lijst van pagina's."""

from __future__ import annotations

import json
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from .achtergrond import Achtergrondproces
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

    def scanconfig(self, pad: str) -> dict:
        """De config die de scanpagina `pad` (zoals "zelfscan/") aan zijn script en de
        worker geeft (data-config op de wortel van de scan)."""
        return json.loads(self.pagina(pad + "index.html").een("div", data_scan=True)["data-config"])


class Bouwproces:
    """`mkdocs build --strict` in een eigen proces; `wacht()` geeft de Bouw. Zo kan de
    testrun de site op de achtergrond bouwen terwijl tests zonder site lopen."""

    def __init__(self, project: Path, site: Path):
        self.site = site
        site.parent.mkdir(parents=True, exist_ok=True)
        self._proces = Achtergrondproces(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
            site.parent / f"{site.name}-bouw.log",
            cwd=project,
            env={"NO_MKDOCS_2_WARNING": "1"},
        )
        self._bouw: Bouw | None = None

    def wacht(self, timeout: float = 600) -> Bouw:
        if self._bouw is None:
            code = self._proces.wacht(timeout)
            self._bouw = Bouw(code, self._proces.uitvoer(), self.site)
        return self._bouw

    def stop(self) -> None:
        self._proces.stop()


def bouw(project: Path, site: Path) -> Bouw:
    return Bouwproces(project, site).wacht()


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
