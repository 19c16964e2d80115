"""Schuiven en opgaven: welke opgave helpt bij welke schuif, en waarom."""

from __future__ import annotations

from collections.abc import Callable

from wijktool.model.handboek import Handboek
from wijktool.weergave.html import e, tag

Naar = Callable[[str], str]


def _profielen_hoog(hb: Handboek, schuif: str, naar: Naar) -> str:
    """De profielen die deze schuif hoog zetten (niveaus: data/scans.yml), als links."""
    hoog = [p for p in hb.profielen if hb.regels.niveau(p.stand(schuif)) == "hoog"]
    if not hoog:
        return "geen van de vijf profielen"
    return ", ".join(tag("a", e(p.naam), href=naar(f"profielen/{p.slug}/")) + f" ({p.stand(schuif)})" for p in hoog)


def koppelingen_bij_opgave(hb: Handboek, opgave: str, naar: Naar) -> str:
    rijen = []
    for k in hb.koppelingen_van_opgave(opgave):
        schuif = hb.schuif(k.schuif)
        rijen.append(
            tag(
                "li",
                tag("strong", e(schuif.naam))
                + ": "
                + e(k.reden)
                + "<br>"
                + tag("span", "Hoger dan het midden bij: " + _profielen_hoog(hb, k.schuif, naar), klasse="koppeling-profielen"),
                data_schuif=k.schuif,
            )
        )
    if not rijen:
        return tag("p", "Deze opgave is (nog) niet aan een schuif gekoppeld.", klasse="koppelingen-leeg")
    return tag("ul", "".join(rijen), klasse="koppelingen", data_opgave=opgave)


def opgaven_bij_schuif(hb: Handboek, schuif: str, naar: Naar) -> str:
    rijen = "".join(
        tag("li", tag("a", e(hb.opgave(k.opgave).titel), href=naar(f"opgaven/{k.opgave}/")) + ": " + e(k.reden), data_opgave=k.opgave)
        for k in hb.koppelingen_van_schuif(schuif)
    )
    return tag("ul", rijen, klasse="koppelingen", data_schuif=schuif)


def koppelingen_overzicht(hb: Handboek, naar: Naar) -> str:
    """Per schuif de opgaven die erbij horen, met de reden."""
    delen = "".join(tag("h3", e(s.naam), id=f"koppeling-{s.slug}") + opgaven_bij_schuif(hb, s.slug, naar) for s in hb.schuiven)
    return tag("div", delen, klasse="koppelingen-overzicht")
