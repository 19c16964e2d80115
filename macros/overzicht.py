"""Overzichten: de tabel van opgaven en de lijst van waarden."""

from __future__ import annotations

from collections.abc import Callable

from wijktool.model.handboek import Handboek
from wijktool.weergave.html import e, tag

from .bron import bronregel

Naar = Callable[[str], str]


def opgaven_tabel(hb: Handboek, naar: Naar) -> str:
    kop = tag("tr", "".join(tag("th", k, scope="col") for k in ("Nr.", "Opgave", "Waar gaat het om", "Kansen", "Valkuilen")))
    rijen = []
    for o in hb.opgaven:
        link = tag("a", e(o.titel), href=naar(f"opgaven/{o.slug}/"))
        cellen = (str(o.nummer), link, e(o.omschrijving), str(len(o.kansen)), str(len(o.valkuilen)))
        rijen.append(tag("tr", "".join(tag("td", c) for c in cellen), data_opgave=o.slug))
    totaal = sum(len(o.kansen) for o in hb.opgaven), sum(len(o.valkuilen) for o in hb.opgaven)
    voet = tag("tr", tag("th", "Totaal", colspan=3, scope="row") + tag("td", str(totaal[0])) + tag("td", str(totaal[1])))
    tabel = tag("table", tag("thead", kop) + tag("tbody", "".join(rijen)) + tag("tfoot", voet), klasse="opgaven-tabel")
    return tag("div", tabel, klasse="tabel-wrap", tabindex=0) + bronregel(hb.bron_van("opgaven"))


def waarden_lijst(hb: Handboek) -> str:
    items = "".join(tag("li", tag("strong", e(w.naam)) + ": " + e(w.tekst), value=w.nummer, data_waarde=w.nummer) for w in hb.waarden)
    return tag("ol", items, klasse="waarden") + bronregel(hb.bron_van("waarden"))


def schuiven_lijst(hb: Handboek) -> str:
    rijen = "".join(
        tag("dt", e(s.naam), id=f"schuif-{s.slug}")
        + tag("dd", e(s.vraag) + "<br>" + tag("strong", "Laag:") + " " + e(s.laag) + "<br>" + tag("strong", "Hoog:") + " " + e(s.hoog))
        for s in hb.schuiven
    )
    return tag("dl", rijen, klasse="schuiven") + bronregel(hb.bron_van("schuiven"))
