"""De pagina van de volwassenheidsscan: per thema vier fases om uit te kiezen,
en de uitkomst van het begin, bij het bouwen berekend met dezelfde Python-code
als in de browser."""

from __future__ import annotations

from wijktool.model.handboek import Handboek
from wijktool.scans import volwassenheidsscan as scan
from wijktool.weergave.html import e, leeg, tag

from . import scanpagina
from .scanpagina import Naar


def keuzes(hb: Handboek, naar: Naar) -> str:
    begin = scan.begin(hb)
    velden = []
    for t in hb.themas:
        opties = "".join(
            tag(
                "label",
                leeg("input", type_="radio", name=t.slug, value=c.fase, checked=begin[t.slug] == c.fase)
                + " "
                + tag("span", f"Fase {c.fase}: {e(hb.fase(c.fase).naam)}", klasse="vs-fase")
                + " "
                + tag("span", e(c.tekst), klasse="vs-cel"),
                klasse="vs-optie",
            )
            for c in t.cellen
        )
        velden.append(tag("fieldset", tag("legend", e(t.naam)) + tag("p", e(t.omschrijving), klasse="vs-vraag") + opties, klasse="vs-keuze", data_thema=t.slug))
    return scanpagina.wortel(scan.SCAN, naar, "".join(velden), themas=[t.slug for t in hb.themas], fases=[f.nummer for f in hb.fases])


def uitkomst(hb: Handboek, naar: Naar) -> str:
    html = scan.SCAN.weergave(scan.SCAN.uitkomst(hb, scan.begin(hb)), naar)
    return tag(
        "div",
        tag("div", html["vs-totaal"], data_plek="vs-totaal", aria_live="polite")
        + tag("div", html["vs-aandacht"], data_plek="vs-aandacht")
        + tag("div", html["vs-themas"], data_plek="vs-themas"),
        klasse="vs-uitkomst",
    )
