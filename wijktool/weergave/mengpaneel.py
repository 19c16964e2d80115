"""De tekening van een mengpaneel: vijf banen met een knop op de stand (SVG),
met titel en beschrijving als tekstalternatief. De profielpagina's (macros/)
gebruiken haar. In de SVG staat geen tekst: die zou meeschalen en op een
smal scherm te klein worden. Namen en standen staan eronder in HTML (`onderschrift`).
Alleen standaardbibliotheek."""

from __future__ import annotations

from collections.abc import Mapping

from ..model.handboek import STAND_MAX, STAND_MIDDEN, Schuif
from .html import e, tag

BREEDTE_KOLOM = 96
BOVEN = 16
HOOGTE_BAAN = 160
ONDER = 12
KNOP = (36, 14)


def _y(stand: int) -> float:
    return BOVEN + HOOGTE_BAAN * (1 - stand / STAND_MAX)


def beschrijving(schuiven: tuple[Schuif, ...], standen: Mapping[str, int]) -> str:
    return "; ".join(f"{s.naam}: {standen[s.slug]} van {STAND_MAX}" for s in schuiven)


def _baan(i: int, schuif: Schuif, stand: int) -> str:
    x = BREEDTE_KOLOM * i + BREEDTE_KOLOM / 2
    breed, hoog = KNOP
    return tag(
        "g",
        tag("line", klasse="mp-baan", x1=x, x2=x, y1=BOVEN, y2=BOVEN + HOOGTE_BAAN)
        + tag("rect", klasse="mp-knop", x=x - breed / 2, y=_y(stand) - hoog / 2, width=breed, height=hoog, rx=3, data_stand=stand),
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


def onderschrift(schuiven: tuple[Schuif, ...], standen: Mapping[str, int]) -> str:
    """Onder de tekening, in dezelfde vijf kolommen: naam en stand van elke schuif (HTML)."""
    # span, geen div: Markdown (md_in_html) breekt een div binnen een figure open.
    return tag(
        "span",
        "".join(tag("span", e(s.naam) + " " + tag("strong", str(standen[s.slug])), klasse="mp-kolom") for s in schuiven),
        klasse="mp-onderschrift",
        aria_hidden="true",
    )
