"""De W3C Nu HTML-checker (npm vnu-jar op Debian's Java): één aanroep voor veel
bestanden, want Java opstarten kost meer dan het controleren zelf.

`NuRonde` controleert alle pagina's van de gebouwde site in een eigen proces, met
lagere voorrang, terwijl de andere tests lopen (zoals de kruipronde);
`NuRonde.meldingen()` wacht op het rapport."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from .achtergrond import Achtergrondproces
from .werktuigen import VNU_JAR, nodig, programma


def html_paginas(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.relative_to(site).parts)


def _opdracht(bestanden: list[Path]) -> list[str]:
    java = programma("java", "default-jre-headless")
    vnu = nodig(VNU_JAR, "de Nu HTML-checker (npm vnu-jar)")
    # --stdout: het rapport op stdout, los van wat Java zelf op stderr zet.
    return [java, "-jar", str(vnu), "--format", "json", "--stdout", "--exit-zero-always", *map(str, bestanden)]


class NuRonde:
    def __init__(self, bestanden: list[Path], nice: int = 0):
        self._map = tempfile.TemporaryDirectory(prefix="nu-")
        self._rapport = Path(self._map.name) / "rapport.json"
        self._proces = Achtergrondproces(_opdracht(bestanden), self._rapport, fouten=Path(self._map.name) / "java.log", nice=nice)
        self._meldingen: list[dict] | None = None

    def meldingen(self, timeout: float = 600) -> list[dict]:
        """De meldingen van de checker (fouten en waarschuwingen)."""
        if self._meldingen is None:
            code = self._proces.wacht(timeout)
            tekst = self._proces.uitvoer()
            assert code == 0 and tekst.strip(), f"de Nu-checker stopte (code {code}):\n{self._proces.fouten()[-3000:]}"
            self._meldingen = json.loads(tekst)["messages"]
            self._map.cleanup()
        return self._meldingen

    def stop(self) -> None:
        self._proces.stop()
        self._map.cleanup()


def nu_checker(bestanden: list[Path]) -> list[dict]:
    """De meldingen voor deze bestanden, wachtend op de uitkomst."""
    ronde = NuRonde(bestanden)
    try:
        return ronde.meldingen()
    finally:
        ronde.stop()
