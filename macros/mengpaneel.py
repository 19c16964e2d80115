"""Het mengpaneel van een profiel: de tekening (wijktool.weergave.mengpaneel),
een tabel met de standen als tekstalternatief en de bron."""

from __future__ import annotations

from typing import Callable

from wijktool.model.handboek import Handboek, Profiel
from wijktool.weergave.mengpaneel import onderschrift, svg

from .bron import bronregel
from wijktool.weergave.html import e, tag

def _standen(profiel: Profiel) -> dict[str, int]:
    return {s.schuif: s.stand for s in profiel.standen}


LEZING = "Standen: eigen lezing van dit handboek. Beschrijving uit"


def lezing(hb: Handboek) -> str:
    """Onder elke tekening van standen: wie de standen bepaalde (wij, uit de tekst)."""
    return bronregel(hb.bron_van("profielen"), LEZING)


def standentabel(hb: Handboek, profiel: Profiel) -> str:
    """Het tekstalternatief: per schuif de stand, wat de bron erover zegt en hoe
    wij daar een getal van maakten. Elke rij heeft een anker (#stand-<schuif>)."""
    kop = tag("tr", "".join(tag("th", k, scope="col") for k in ("Schuif", "Stand (0–10)", "Kenmerk volgens de bron", "Zo komen wij aan de stand")))
    rijen = "".join(
        tag(
            "tr",
            tag("th", e(hb.schuif(s.schuif).naam), scope="row") + tag("td", str(s.stand)) + tag("td", e(s.kenmerk)) + tag("td", e(s.redenering)),
            data_schuif=s.schuif,
            id=f"stand-{s.schuif}",
        )
        for s in profiel.standen
    )
    caption = tag("caption", f"De standen van {e(profiel.naam.lower())}: onze lezing van de tekst, met de redenering per stand")
    return tag("div", tag("table", caption + tag("thead", kop) + tag("tbody", rijen), klasse="standen-tabel", id="standen"), klasse="tabel-wrap", tabindex=0)


def mengpaneel(hb: Handboek, slug: str) -> str:
    profiel = hb.profiel(slug)
    standen = _standen(profiel)
    tekening = svg(hb.schuiven, standen, f"Mengpaneel van {profiel.naam}", f"mp-{profiel.slug}") + onderschrift(hb.schuiven, standen)
    onder = f"Mengpaneel van {e(profiel.naam)}. De lijn in het midden is stand 5: geen keuze gemaakt. De standen zijn onze lezing van de tekst; de redenering staat in de tabel hieronder."
    figuur = tag("figure", tekening + tag("figcaption", onder), klasse="mengpaneel", data_profiel=profiel.slug)
    return figuur + standentabel(hb, profiel) + lezing(hb)


def mengpanelen(hb: Handboek, naar: Callable[[str], str]) -> str:
    """Alle vijf mengpanelen naast elkaar, plus één tabel als tekstalternatief."""
    figuren = "".join(
        tag(
            "figure",
            svg(hb.schuiven, _standen(p), f"Mengpaneel van {p.naam}", f"mps-{p.slug}")
            + onderschrift(hb.schuiven, _standen(p))
            + tag("figcaption", tag("a", e(p.naam), href=naar(f"profielen/{p.slug}/")) + " · " + tag("a", "redenering per stand", href=naar(f"profielen/{p.slug}/#standen"), klasse="mp-redenering")),
            klasse="mengpaneel mengpaneel-klein",
            data_profiel=p.slug,
        )
        for p in hb.profielen
    )
    kop = tag("tr", tag("th", "Profiel", scope="col") + "".join(tag("th", e(s.naam), scope="col") for s in hb.schuiven))
    rijen = "".join(
        tag(
            "tr",
            tag("th", e(p.naam), scope="row")
            + "".join(tag("td", tag("a", str(p.stand(s.slug)), href=naar(f"profielen/{p.slug}/#stand-{s.slug}"), title=f"Waarom {p.stand(s.slug)}?")) for s in hb.schuiven),
            data_profiel=p.slug,
        )
        for p in hb.profielen
    )
    onderschrift_ = "De standen van de vijf profielen (0–10; 5 is het midden), zoals dit handboek de tekst leest. Klik op een stand voor de redenering."
    tabel = tag("table", tag("caption", e(onderschrift_)) + tag("thead", kop) + tag("tbody", rijen), klasse="profielen-tabel")
    return tag("div", figuren, klasse="mengpanelen") + tag("div", tabel, klasse="tabel-wrap", tabindex=0) + lezing(hb)
