"""Gedeelde stukken van de scanpagina's: de wortel met de configuratie voor de
paginacontroller (docs/assets/js/scanpagina.js), de statusregel en de knoppen
voor delen, bewaren, exporteren en printen."""

from __future__ import annotations

import json
from typing import Callable

from wijktool import __version__
from wijktool.scans import Scan
from wijktool.weergave.html import leeg, tag

Naar = Callable[[str], str]


def wortel(scan: Scan, naar: Naar, inhoud: str, **extra) -> str:
    """Het element waar de paginacontroller de scan vindt (data-scan) met zijn configuratie."""
    config = {
        "scan": scan.naam,
        "woord": scan.woord,
        # De weg naar de wortel van de site: de HTML uit de browser linkt zo goed als die van de bouw.
        "basis": naar("./"),
        "worker": naar("assets/js/wijktool-worker.js"),
        "pyodide": naar("assets/pyodide/"),
        "wiel": naar(f"assets/wijktool/wijktool-{__version__}-py3-none-any.whl"),
        "model": naar("assets/wijktool/model.json"),
        "snapshot": naar("assets/wijktool/wijktool.snap.gz"),
        **extra,
    }
    return tag("div", status() + inhoud, klasse=f"scan {scan.naam}", id=scan.naam, data_scan=scan.naam, data_config=json.dumps(config))


def status() -> str:
    return (
        tag("p", "De rekenhulp wordt geladen. U kunt al kiezen.", klasse="scan-status", role="status", data_testid="status")
        + tag("div", "", klasse="scan-melding admonition warning", role="alert", data_testid="melding", hidden=True)
    )


def _knop(tekst: str, actie: str, primair: bool = False) -> str:
    return tag("button", tekst, type_="button", klasse="md-button md-button--primary" if primair else "md-button", data_actie=actie)


def knoppen(deellink: bool = True, bewaar: bool = True) -> str:
    delen = []
    if deellink:
        delen.append(
            tag("p", "Deellink: " + tag("a", "link naar deze keuzes", data_testid="deel-link", href="#") + " " + _knop("Kopieer de link", "kopieer"), klasse="scan-deel")
        )
    rij = [_knop("Bewaar op dit apparaat", "bewaar", primair=True)] if bewaar else []
    rij += [
        _knop("Wis", "wis"),
        _knop("Exporteer naar een bestand", "exporteer"),
        tag("label", "Importeer een bestand " + leeg("input", type_="file", accept="application/json,.json", data_actie="importeer"), klasse="md-button scan-importeer"),
        _knop("Print de uitkomst", "print"),
    ]
    delen.append(tag("p", " ".join(rij), klasse="scan-knoppen"))
    delen.append(tag("div", "", data_plek="vergelijking"))
    return tag("div", "".join(delen), klasse="scan-bediening")
