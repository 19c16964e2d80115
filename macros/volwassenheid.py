"""Het volwassenheidsmodel: 6 thema's × 4 fases als tabel."""

from __future__ import annotations

from wijktool.model.handboek import Handboek
from wijktool.weergave.html import e, tag

from .bron import bronregel


def volwassenheidsraster(hb: Handboek) -> str:
    kop = tag("tr", tag("th", "Thema", scope="col") + "".join(tag("th", f"Fase {f.nummer}: {e(f.naam)}", scope="col") for f in hb.fases))
    rijen = "".join(
        tag(
            "tr",
            tag("th", e(t.naam), scope="row") + "".join(tag("td", e(c.tekst), data_fase=c.fase) for c in t.cellen),
            data_thema=t.slug,
        )
        for t in hb.themas
    )
    tabel = tag("table", tag("thead", kop) + tag("tbody", rijen), klasse="volwassenheid-raster")
    return tag("div", tabel, klasse="tabel-wrap tabel-scroll", tabindex=0) + bronregel(hb.bron_van("volwassenheid"))


def fases_lijst(hb: Handboek) -> str:
    # De omschrijvingen zijn letterlijke brontekst: daarom als citaat opgemaakt.
    items = "".join(
        tag(
            "li",
            tag("strong", f"Fase {f.nummer}: {e(f.naam)}.") + tag("blockquote", tag("p", e(f.omschrijving)), klasse="citaat"),
            value=f.nummer,
        )
        for f in hb.fases
    )
    # Eén div om lijst en bronregel: zo leest Markdown het als één HTML-blok, ook
    # binnen een uitklapblok, en zet het er geen losse </p> achter (ongeldige HTML).
    return tag("div", tag("ol", items, klasse="fases") + bronregel(hb.bron_van("volwassenheid")))


def themas_lijst(hb: Handboek) -> str:
    rijen = "".join(tag("dt", e(t.naam), id=f"thema-{t.slug}") + tag("dd", e(t.omschrijving)) for t in hb.themas)
    return tag("dl", rijen, klasse="themas") + bronregel(hb.bron_van("volwassenheid"))
