"""De tekening van een mengpaneel: vijf banen met een knop op de stand (SVG),
met titel en beschrijving als tekstalternatief. De profielpagina's (macros/)
en de schuifoefening gebruiken dezelfde tekening; het script van de
schuifoefening verschuift alleen de knoppen, met de maat die op de SVG staat
(data-boven, data-baan, data-max). Alleen standaardbibliotheek."""

from __future__ import annotations

from collections.abc import Mapping

from ..model.handboek import STAND_MAX, STAND_MIDDEN, Schuif
from .html import e, tag

BREEDTE_KOLOM = 96
BOVEN = 16
HOOGTE_BAAN = 160
ONDER = 58
KNOP = (36, 14)


def _y(stand: int) -> float:
    return BOVEN + HOOGTE_BAAN * (1 - stand / STAND_MAX)


def _regels(naam: str) -> list[str]:
    """Schuifnaam over twee regels, zodat hij onder een smalle kolom past."""
    woorden = naam.split()
    if len(woorden) == 1:
        return woorden
    midden = (len(woorden) + 1) // 2
    return [" ".join(woorden[:midden]), " ".join(woorden[midden:])]


def beschrijving(schuiven: tuple[Schuif, ...], standen: Mapping[str, int]) -> str:
    return "; ".join(f"{s.naam}: {standen[s.slug]} van {STAND_MAX}" for s in schuiven)


def _baan(i: int, schuif: Schuif, stand: int) -> str:
    x = BREEDTE_KOLOM * i + BREEDTE_KOLOM / 2
    breed, hoog = KNOP
    labels = "".join(tag("tspan", e(regel), x=x, dy="0" if n == 0 else "1.2em") for n, regel in enumerate(_regels(schuif.naam)))
    return tag(
        "g",
        tag("line", klasse="mp-baan", x1=x, x2=x, y1=BOVEN, y2=BOVEN + HOOGTE_BAAN)
        + tag("rect", klasse="mp-knop", x=x - breed / 2, y=_y(stand) - hoog / 2, width=breed, height=hoog, rx=3, data_stand=stand)
        + tag("text", str(stand), klasse="mp-waarde", x=x + 24, y=_y(stand) + 4)
        + tag("text", labels, klasse="mp-label", x=x, y=BOVEN + HOOGTE_BAAN + 22, text_anchor="middle"),
        klasse="mp-schuif",
        data_schuif=schuif.slug,
    )


def svg(schuiven: tuple[Schuif, ...], standen: Mapping[str, int], titel: str, id_: str) -> str:
    """De tekening. `standen` koppelt schuif-slug aan stand (0–10)."""
    breedte = BREEDTE_KOLOM * len(schuiven)
    midden = _y(STAND_MIDDEN)
    inhoud = (
        tag("title", e(titel), id=f"{id_}-titel")
        + tag("desc", e(beschrijving(schuiven, standen)), id=f"{id_}-desc")
        # de middellijn: 5 = geen keuze gemaakt
        + tag("line", klasse="mp-midden", x1=0, x2=breedte, y1=midden, y2=midden)
        + "".join(_baan(i, s, standen[s.slug]) for i, s in enumerate(schuiven))
    )
    return tag(
        "svg",
        inhoud,
        klasse="mengpaneel-svg",
        viewBox=f"0 0 {breedte} {BOVEN + HOOGTE_BAAN + ONDER}",
        role="img",
        data_boven=BOVEN,
        data_baan=HOOGTE_BAAN,
        data_max=STAND_MAX,
        aria_labelledby=f"{id_}-titel {id_}-desc",
        xmlns="http://www.w3.org/2000/svg",
    )
