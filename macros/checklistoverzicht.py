"""De pagina zelfscan/checklist/: de balans van de afvinklijst. Het begin
(niets aangevinkt) wordt bij het bouwen berekend met dezelfde Python-code."""

from __future__ import annotations

from wijktool import balansweergave, checklistbalans
from wijktool.model import Handboek

from . import scanpagina
from .html import tag


def overzicht(hb: Handboek, naar) -> str:
    html = balansweergave.alles(checklistbalans.balans(hb, []))
    inhoud = (
        scanpagina.status()
        + tag("div", html["balans-aantal"], data_plek="balans-aantal", aria_live="polite")
        + tag("figure", tag("div", html["balans-diagram"], data_plek="balans-diagram"), klasse="balans-figuur")
        + tag("div", html["balans-tabel"], data_plek="balans-tabel")
    )
    return tag("div", inhoud, klasse="balans", id="checklistoverzicht", data_config=scanpagina.config(naar))
