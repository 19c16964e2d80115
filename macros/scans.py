"""De scanpagina's, voor elke scan uit het register (wijktool.scans) dezelfde:

- `bediening(scan)`: de bediening in een wortel met de configuratie voor de
  paginacontroller (docs/assets/js/scanpagina.js) en de statusregel;
- `uitkomst(scan, deel)`: een deel van de uitkomst, voor het begin berekend
  met dezelfde Python-code als in de browser;
- `knoppen()`: delen, bewaren, exporteren, importeren en printen.

Hier staat niets over één scan: wat een scan toont, staat in zijn eigen module
in wijktool/weergave/."""

from __future__ import annotations

import json
from collections.abc import Callable

from wijktool.model.handboek import Handboek
from wijktool.scans import Scan
from wijktool.scans.grenzen import GRENZEN
from wijktool.weergave.html import leeg, tag

Naar = Callable[[str], str]


def bediening(hb: Handboek, scan: Scan, naar: Naar) -> str:
    """Het element waar de paginacontroller de scan vindt (data-scan), met zijn
    configuratie, de statusregel en de bediening."""
    config = {
        "scan": scan.naam,
        "woord": scan.woord,
        # De weg naar de wortel van de site: de HTML uit de browser linkt zo goed als die van de bouw.
        "basis": naar("./"),
        # "runtime:…": de worker en de namen met inhoudshash, die hooks/runtime.py per bouw bepaalt.
        "worker": naar("runtime:worker"),
        "pyodide": naar("runtime:pyodide"),
        "wiel": naar("runtime:wiel"),
        "model": naar("runtime:model"),
        # Dezelfde grenzen als wijktool controleert: een te groot bestand bereikt Python niet.
        "grenzen": GRENZEN,
        **scan.weergave.config(hb),
    }
    inhoud = status() + scan.weergave.bediening(hb, scan.begin(hb))
    return tag("div", inhoud, klasse=f"scan {scan.naam}", id=scan.naam, data_scan=scan.naam, data_config=json.dumps(config))


def uitkomst(hb: Handboek, scan: Scan, naar: Naar, deel: str = "uitkomst") -> str:
    """Een deel van de uitkomst van het begin; het script vervangt de plekken erin."""
    delen = scan.weergave.DELEN
    if deel not in delen:
        raise ValueError(f"de {scan.naam} heeft geen deel '{deel}' (wel: {', '.join(delen)})")
    return delen[deel](scan.weergave.alles(scan.uitkomst(hb, scan.begin(hb)), naar))


def status() -> str:
    return tag("p", "De rekenhulp wordt geladen. U kunt al kiezen.", klasse="scan-status", role="status", data_testid="status") + tag(
        "div", "", klasse="scan-melding admonition warning", role="alert", data_testid="melding", hidden=True
    )


def _knop(tekst: str, actie: str, primair: bool = False) -> str:
    return tag("button", tekst, type_="button", klasse="md-button md-button--primary" if primair else "md-button", data_actie=actie)


def knoppen(deellink: bool = True, bewaar: bool = True) -> str:
    delen = []
    if deellink:
        delen.append(
            tag(
                "p",
                "Deellink: "
                + tag("a", "link naar deze keuzes", data_testid="deel-link", href="#")
                + " "
                + _knop("Kopieer de link", "kopieer"),
                klasse="scan-deel",
            )
        )
    rij = [_knop("Bewaar op dit apparaat", "bewaar", primair=True)] if bewaar else []
    rij += [
        _knop("Wis", "wis"),
        _knop("Exporteer naar een bestand", "exporteer"),
        tag(
            "label",
            "Importeer een bestand " + leeg("input", type_="file", accept="application/json,.json", data_actie="importeer"),
            klasse="md-button scan-importeer",
        ),
        _knop("Print de uitkomst", "print"),
    ]
    delen.append(tag("p", " ".join(rij), klasse="scan-knoppen"))
    delen.append(tag("div", "", data_plek="vergelijking"))
    return tag("div", "".join(delen), klasse="scan-bediening")
