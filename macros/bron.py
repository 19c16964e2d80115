"""De bronvermelding onder alles wat uit een publicatie komt.

Op de pagina's staat een korte verwijzing ("VNG (2009)") met een link naar de
volledige beschrijving op de pagina Bronnen; alleen daar, en op papier (de
afvinklijst), staat de hele bronbeschrijving."""

from __future__ import annotations

from collections.abc import Callable

from wijktool.model.handboek import Bron, Handboek
from wijktool.weergave.html import e, tag

# define_env zet hier de functie die een link relatief aan de huidige pagina maakt.
# Zonder (in de unittests van losse macro's) wordt de korte verwijzing gewone tekst.
_naar: dict[str, Callable[[str], str] | None] = {"functie": None}


def koppel(naar: Callable[[str], str] | None) -> None:
    _naar["functie"] = naar


def kort(bron: Bron) -> str:
    """'VNG (2009)' als link naar de volledige beschrijving op de pagina Bronnen."""
    naar = _naar["functie"]
    if naar is None:
        return e(bron.kort)
    return tag("a", e(bron.kort), href=naar("bronnen/") + f"#bron-{bron.slug}", klasse="bronlink")


def bronregel(bron: Bron, voorvoegsel: str = "Bron", volledig: bool = False) -> str:
    tekst = e(bron.citaat) if volledig else f"{kort(bron)}, {e(bron.titel)}"
    return tag("p", f"{voorvoegsel}: {tekst}", klasse="bronregel")


def bron_van(hb: Handboek, onderwerp: str) -> str:
    return bronregel(hb.bron_van(onderwerp))


def bronnenlijst(hb: Handboek) -> str:
    rijen = "".join(tag("li", e(b.citaat), id=f"bron-{b.slug}") for b in hb.bronnen)
    return tag("ul", rijen, klasse="bronnenlijst")


def bronvermelding(hb: Handboek, *slugs: str) -> str:
    if not slugs:
        raise ValueError("bronvermelding() zonder bron: noem minstens één bron-slug")
    verwijzingen = "; ".join(tag("span", kort(hb.bron(s)), data_bron=s) for s in slugs)
    woord = "Bron" if len(slugs) == 1 else "Bronnen"
    return tag("p", f"{woord}: {verwijzingen}. Volledige beschrijving op de pagina Bronnen.", klasse="bronvermelding")
