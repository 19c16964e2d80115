"""Het mengpaneel van een profiel: een SVG-tekening van de vijf standen,
met een tekstalternatief. De zelfscan hergebruikt dezelfde tekening en
verschuift alleen de knoppen (data-schuif)."""

from __future__ import annotations

from typing import Callable

from wijktool.model import STAND_MAX, STAND_MIDDEN, Handboek, Profiel, Schuif

from .bron import kort
from .html import e, tag

BREEDTE_KOLOM = 96
BOVEN = 16
HOOGTE_BAAN = 160
ONDER = 58


def _y(stand: int) -> float:
    return BOVEN + HOOGTE_BAAN * (1 - stand / STAND_MAX)


def _regels(naam: str) -> list[str]:
    """Schuifnaam over twee regels, zodat hij onder een smalle kolom past."""
    woorden = naam.split()
    if len(woorden) == 1:
        return woorden
    midden = (len(woorden) + 1) // 2
    return [" ".join(woorden[:midden]), " ".join(woorden[midden:])]


def beschrijving(schuiven: tuple[Schuif, ...], standen: dict[str, int]) -> str:
    return "; ".join(f"{s.naam}: {standen[s.slug]} van {STAND_MAX}" for s in schuiven)


def svg(schuiven: tuple[Schuif, ...], standen: dict[str, int], titel: str, id_: str) -> str:
    """De tekening. `standen` koppelt schuif-slug aan stand (0–10)."""
    breedte = BREEDTE_KOLOM * len(schuiven)
    hoogte = BOVEN + HOOGTE_BAAN + ONDER
    delen = [
        tag("title", e(titel), id=f"{id_}-titel"),
        tag("desc", e(beschrijving(schuiven, standen)), id=f"{id_}-desc"),
        # de middellijn: 5 = geen keuze gemaakt
        f'<line class="mp-midden" x1="0" x2="{breedte}" y1="{_y(STAND_MIDDEN)}" y2="{_y(STAND_MIDDEN)}"/>',
    ]
    for i, schuif in enumerate(schuiven):
        x = BREEDTE_KOLOM * i + BREEDTE_KOLOM / 2
        stand = standen[schuif.slug]
        labels = "".join(
            tag("tspan", e(regel), x=x, dy="0" if n == 0 else "1.2em") for n, regel in enumerate(_regels(schuif.naam))
        )
        delen.append(
            f'<g class="mp-schuif" data-schuif="{e(schuif.slug)}">'
            f'<line class="mp-baan" x1="{x}" x2="{x}" y1="{BOVEN}" y2="{BOVEN + HOOGTE_BAAN}"/>'
            f'<rect class="mp-knop" x="{x - 18}" y="{_y(stand) - 7}" width="36" height="14" rx="3" data-stand="{stand}"/>'
            f'<text class="mp-waarde" x="{x + 24}" y="{_y(stand) + 4}">{stand}</text>'
            f'<text class="mp-label" x="{x}" y="{BOVEN + HOOGTE_BAAN + 22}" text-anchor="middle">{labels}</text>'
            "</g>"
        )
    return (
        f'<svg class="mengpaneel-svg" viewBox="0 0 {breedte} {hoogte}" role="img" '
        f'aria-labelledby="{id_}-titel {id_}-desc" xmlns="http://www.w3.org/2000/svg">' + "".join(delen) + "</svg>"
    )


def _standen(profiel: Profiel) -> dict[str, int]:
    return {s.schuif: s.stand for s in profiel.standen}


def standentabel(hb: Handboek, profiel: Profiel) -> str:
    """Het tekstalternatief: per schuif de stand en wat de bron erover zegt."""
    kop = tag("tr", "".join(tag("th", k, scope="col") for k in ("Schuif", "Stand (0–10)", "Kenmerk volgens de bron (letterlijk, ook met de taalfouten van de bron)")))
    rijen = "".join(
        tag("tr", tag("th", e(hb.schuif(s.schuif).naam), scope="row") + tag("td", str(s.stand)) + tag("td", e(s.kenmerk)), data_schuif=s.schuif)
        for s in profiel.standen
    )
    return tag("table", tag("thead", kop) + tag("tbody", rijen), klasse="standen-tabel")


def mengpaneel(hb: Handboek, slug: str) -> str:
    profiel = hb.profiel(slug)
    tekening = svg(hb.schuiven, _standen(profiel), f"Mengpaneel van {profiel.naam}", f"mp-{profiel.slug}")
    figuur = tag("figure", tekening + tag("figcaption", f"Mengpaneel van {e(profiel.naam)}. De lijn in het midden is stand 5: geen keuze gemaakt."), klasse="mengpaneel", data_profiel=profiel.slug)
    return figuur + standentabel(hb, profiel) + standenregel(hb)


def mengpanelen(hb: Handboek, naar: Callable[[str], str]) -> str:
    """Alle vijf mengpanelen naast elkaar, plus één tabel als tekstalternatief."""
    figuren = "".join(
        tag(
            "figure",
            svg(hb.schuiven, _standen(p), f"Mengpaneel van {p.naam}", f"mps-{p.slug}")
            + tag("figcaption", tag("a", e(p.naam), href=naar(f"profielen/{p.slug}/"))),
            klasse="mengpaneel mengpaneel-klein",
            data_profiel=p.slug,
        )
        for p in hb.profielen
    )
    kop = tag("tr", tag("th", "Profiel", scope="col") + "".join(tag("th", e(s.naam), scope="col") for s in hb.schuiven))
    rijen = "".join(
        tag("tr", tag("th", e(p.naam), scope="row") + "".join(tag("td", str(p.stand(s.slug))) for s in hb.schuiven), data_profiel=p.slug)
        for p in hb.profielen
    )
    tabel = tag("table", tag("caption", "De standen van de vijf profielen (0–10; 5 is het midden)") + tag("thead", kop) + tag("tbody", rijen), klasse="profielen-tabel")
    return tag("div", figuren, klasse="mengpanelen") + tabel + standenregel(hb)


def standenregel(hb: Handboek) -> str:
    """De cijfers staan niet in de bron: de redactie leidde ze af uit de woorden van
    Platform31. Het bijschrift mag dus niet 'Bron van de standen' heten."""
    return tag("p", f"De cijfers zijn afgeleid door de redactie van dit handboek uit {kort(hb.bron_van('profielen'))}, hoofdstuk 3 tot en met 7. Platform31 zelf geeft geen cijfers.", klasse="bronregel")
