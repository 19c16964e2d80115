"""De pagina van de afvinklijst: de balans van de vinkjes op de opgavepagina's.
Het begin (niets aangevinkt) wordt bij het bouwen berekend met dezelfde
Python-code als in de browser."""

from __future__ import annotations

from wijktool.model.handboek import Handboek
from wijktool.scans import afvinklijst as scan
from wijktool.weergave.html import tag

from . import scanpagina
from .scanpagina import Naar


def overzicht(hb: Handboek, naar: Naar) -> str:
    html = scan.SCAN.weergave(scan.SCAN.uitkomst(hb, scan.niets(hb)), naar)
    inhoud = (
        tag("div", html["balans-aantal"], data_plek="balans-aantal", aria_live="polite")
        + tag("figure", tag("div", html["balans-diagram"], data_plek="balans-diagram"), klasse="balans-figuur")
        + tag("div", html["balans-tabel"], data_plek="balans-tabel")
    )
    return scanpagina.wortel(scan.SCAN, naar, inhoud, items=[i.nr for i in hb.items])
