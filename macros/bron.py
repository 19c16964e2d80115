"""De bronvermelding onder alles wat uit een publicatie komt."""

from __future__ import annotations

from wijktool.model.handboek import Bron, Handboek

from wijktool.weergave.html import e, tag


def bronregel(bron: Bron, voorvoegsel: str = "Bron") -> str:
    return tag("p", f"{voorvoegsel}: {e(bron.citaat)}", klasse="bronregel")


def bron_van(hb: Handboek, onderwerp: str) -> str:
    return bronregel(hb.bron_van(onderwerp))


def bronnenlijst(hb: Handboek) -> str:
    rijen = "".join(tag("li", e(b.citaat), id=f"bron-{b.slug}") for b in hb.bronnen)
    return tag("ul", rijen, klasse="bronnenlijst")


def bronvermelding(hb: Handboek, *slugs: str) -> str:
    if not slugs:
        raise ValueError("bronvermelding() zonder bron: noem minstens één bron-slug")
    return tag("ul", "".join(tag("li", e(hb.bron(s).citaat), data_bron=s) for s in slugs), klasse="bronvermelding")
