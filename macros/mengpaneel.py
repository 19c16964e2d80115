"""Het mengpaneel van een profiel: de tekening (wijktool.weergave.mengpaneel),
een tabel met de standen als tekstalternatief en de bron."""

from __future__ import annotations

from collections.abc import Callable

from wijktool.model.handboek import Handboek, Profiel
from wijktool.weergave.html import e, tag
from wijktool.weergave.mengpaneel import onderschrift, svg

from .bron import kort


def _standen(profiel: Profiel) -> dict[str, int]:
    return {s.schuif: s.stand for s in profiel.standen}


def standentabel(hb: Handboek, profiel: Profiel) -> str:
    """Het tekstalternatief: per schuif de stand, wat de bron erover zegt en hoe
    wij daar een getal van maakten. Elke rij heeft een anker (#stand-<schuif>)."""
    kop = tag(
        "tr",
        "".join(
            tag("th", k, scope="col")
            for k in (
                "Schuif",
                "Stand (0–10)",
                "Kenmerk volgens de bron (letterlijk, ook met de taalfouten van de bron)",
                "Zo komen wij aan de stand",
            )
        ),
    )
    rijen = "".join(
        tag(
            "tr",
            tag("th", e(hb.schuif(s.schuif).naam), scope="row")
            + tag("td", str(s.stand))
            + tag("td", e(s.kenmerk))
            + tag("td", e(s.redenering)),
            data_schuif=s.schuif,
            id=f"stand-{s.schuif}",
        )
        for s in profiel.standen
    )
    caption = tag("caption", f"De standen van {e(profiel.naam.lower())}: onze lezing van de tekst, met de redenering per stand")
    return tag(
        "div",
        tag("table", caption + tag("thead", kop) + tag("tbody", rijen), klasse="standen-tabel", id="standen"),
        klasse="tabel-wrap",
        tabindex=0,
    )


def mengpaneel(hb: Handboek, slug: str) -> str:
    profiel = hb.profiel(slug)
    standen = _standen(profiel)
    tekening = svg(hb.schuiven, standen, f"Mengpaneel van {profiel.naam}", f"mp-{profiel.slug}") + onderschrift(hb.schuiven, standen)
    onder = f"Mengpaneel van {e(profiel.naam)}. De lijn in het midden is stand 5: geen keuze gemaakt. De standen zijn onze lezing van de tekst; de redenering staat in de tabel hieronder."
    figuur = tag("figure", tekening + tag("figcaption", onder), klasse="mengpaneel", data_profiel=profiel.slug)
    return figuur + standentabel(hb, profiel) + standenregel(hb)


def mengpanelen(hb: Handboek, naar: Callable[[str], str]) -> str:
    """Alle vijf mengpanelen naast elkaar, plus één tabel als tekstalternatief."""
    figuren = "".join(
        tag(
            "figure",
            svg(hb.schuiven, _standen(p), f"Mengpaneel van {p.naam}", f"mps-{p.slug}")
            + onderschrift(hb.schuiven, _standen(p))
            + tag(
                "figcaption",
                tag("a", e(p.naam), href=naar(f"profielen/{p.slug}/"))
                + " · "
                + tag("a", "redenering per stand", href=naar(f"profielen/{p.slug}/#standen"), klasse="mp-redenering"),
            ),
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
            + "".join(
                tag(
                    "td",
                    tag("a", str(p.stand(s.slug)), href=naar(f"profielen/{p.slug}/#stand-{s.slug}"), title=f"Waarom {p.stand(s.slug)}?"),
                )
                for s in hb.schuiven
            ),
            data_profiel=p.slug,
        )
        for p in hb.profielen
    )
    onderschrift_ = (
        "De standen van de vijf profielen (0–10; 5 is het midden), zoals dit handboek de tekst leest. Klik op een stand voor de redenering."
    )
    tabel = tag("table", tag("caption", e(onderschrift_)) + tag("thead", kop) + tag("tbody", rijen), klasse="profielen-tabel")
    # Lege regels tussen de blokken: anders leest Markdown alles na </div> als
    # alinea en zet het de tabel in een <p> (ongeldige HTML).
    return "\n\n".join((tag("div", figuren, klasse="mengpanelen"), tag("div", tabel, klasse="tabel-wrap", tabindex=0), standenregel(hb)))


def standenregel(hb: Handboek) -> str:
    """De cijfers staan niet in de bron: de redactie leidde ze af uit de woorden van
    Platform31. Het bijschrift mag dus niet 'Bron van de standen' heten."""
    return tag(
        "p",
        f"De cijfers zijn afgeleid door de redactie van dit handboek uit {kort(hb.bron_van('profielen'))}, hoofdstuk 3 tot en met 7. Platform31 zelf geeft geen cijfers.",
        klasse="bronregel",
    )
