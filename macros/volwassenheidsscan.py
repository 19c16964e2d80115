"""De pagina zelfscan/volwassenheid/: per thema vier fases om uit te kiezen,
en de uitkomst van het begin (alles fase 1), bij het bouwen berekend met
dezelfde Python-code als in de browser."""

from __future__ import annotations

from wijktool import volwassenheidsscan, volwassenheidweergave
from wijktool.model import Handboek

from . import scanpagina
from .html import e, tag


def keuzes(hb: Handboek, naar) -> str:
    begin = volwassenheidsscan.begin(hb)
    velden = []
    for t in hb.themas:
        opties = "".join(
            tag(
                "label",
                f'<input type="radio" name="{e(t.slug)}" value="{c.fase}"{" checked" if begin[t.slug] == c.fase else ""}> '
                + tag("span", f"Fase {c.fase}: {e(hb.fase(c.fase).naam)}", klasse="vs-fase")
                + " "
                + tag("span", e(c.tekst), klasse="vs-cel"),
                klasse="vs-optie",
            )
            for c in t.cellen
        )
        velden.append(tag("fieldset", tag("legend", e(t.naam)) + tag("p", e(t.omschrijving), klasse="vs-vraag") + opties, klasse="vs-keuze", data_thema=t.slug))
    config = scanpagina.config(naar, themas=[t.slug for t in hb.themas], fases=[f.nummer for f in hb.fases])
    return tag("div", scanpagina.status() + "".join(velden), klasse="vscan", id="volwassenheidsscan", data_config=config)


def _begin(hb: Handboek) -> dict[str, str]:
    return volwassenheidweergave.alles(volwassenheidsscan.scan(hb, volwassenheidsscan.begin(hb)))


def uitkomst(hb: Handboek) -> str:
    html = _begin(hb)
    return tag(
        "div",
        tag("div", html["vs-totaal"], data_plek="vs-totaal", aria_live="polite")
        + tag("div", html["vs-aandacht"], data_plek="vs-aandacht")
        + tag("div", html["vs-themas"], data_plek="vs-themas"),
        klasse="vs-uitkomst",
    )
