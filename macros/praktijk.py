"""Voorbeelden uit de praktijk en de acht Gelderse gemeenten."""

from __future__ import annotations

from collections.abc import Callable

from wijktool.model.handboek import Gemeente, Handboek, Voorbeeld
from wijktool.weergave.html import e, tag

from .bron import kort

Naar = Callable[[str], str]

FASE_NAAM = {"ervaren": "ervaren", "doorontwikkelen": "doorontwikkelen", "in-de-kinderschoenen": "in de kinderschoenen"}


def _euro(bedrag: float) -> str:
    """€ 3 of € 4,50: geen ',00', dat suggereert een precisie die de bron niet heeft."""
    tekst = f"{bedrag:.2f}".replace(".", ",")
    return "€ " + (tekst[:-3] if tekst.endswith(",00") else tekst)


def _met_voorbehoud(tekst: str, kwalificatie: str | None) -> str:
    """Het voorbehoud van de bron ("ruim", "circa") hoort bij het getal."""
    if kwalificatie is None:
        return tekst
    return ("ca." if kwalificatie == "circa" else kwalificatie) + " " + tekst


def _inwoners(g: Gemeente) -> str:
    if not g.inwoners:
        return "niet genoemd"
    return _met_voorbehoud(f"{g.inwoners:,}".replace(",", "."), g.inwoners_kwalificatie)


def _budget_per_inwoner(g: Gemeente) -> str:
    if g.wijkbudget_per_inwoner is not None:
        return _met_voorbehoud(_euro(g.wijkbudget_per_inwoner), g.wijkbudget_kwalificatie)
    return e(g.wijkbudget_opmerking) if g.wijkbudget_opmerking else "niet genoemd"


def _ja_nee(waarde: bool | None) -> str:
    return "onbekend" if waarde is None else ("ja" if waarde else "nee")


def _of_onbekend(waarde: object) -> str:
    return "niet genoemd" if waarde is None else e(waarde)


def _links(hb: Handboek, vb: Voorbeeld, naar: Naar) -> str:
    """Met het soort ervoor: 'Profiel' is ook de naam van opgave 9."""
    delen = ["Opgave " + tag("a", e(hb.opgave(s).titel), href=naar(f"opgaven/{s}/")) for s in vb.opgaven]
    delen += ["Profiel " + tag("a", e(hb.profiel(s).naam), href=naar(f"profielen/{s}/")) for s in vb.profielen]
    delen += ["Thema " + tag("a", e(hb.thema(s).naam), href=naar("aan-de-slag/") + "#het-volwassenheidsmodel") for s in vb.themas]
    return " · ".join(delen)


def _titel(vb: Voorbeeld) -> str:
    return f"{e(vb.gemeente)} – {e(vb.titel)}"


def voorbeeld_html(hb: Handboek, vb: Voorbeeld, naar: Naar) -> str:
    bron = hb.bron(vb.bron)
    links = _links(hb, vb, naar)
    return tag(
        "article",
        tag("h4", _titel(vb), id=f"vb-{vb.slug}")
        + tag("p", e(vb.tekst))
        + (tag("p", "Hoort bij: " + links, klasse="voorbeeld-links") if links else "")
        + tag("p", f"Bron: {kort(bron)}, {e(vb.vindplaats)}.", klasse="bronregel"),
        klasse="voorbeeld",
        data_voorbeeld=vb.slug,
    )


def _verwijzing(vb: Voorbeeld, naar: Naar) -> str:
    return tag("li", tag("a", _titel(vb), href=naar("praktijk/voorbeelden/") + f"#vb-{vb.slug}"), data_voorbeeld=vb.slug)


def voorbeelden(hb: Handboek, naar: Naar, **filter_: str) -> str:
    """Op andere pagina's alleen een link per voorbeeld: elk voorbeeld staat één keer
    beschreven, op de pagina Voorbeelden."""
    gevonden = hb.voorbeelden_bij(**filter_)
    if not gevonden:
        return tag("p", "De bronnen geven hier (nog) geen voorbeeld van.", klasse="voorbeelden-leeg")
    return tag("ul", "".join(_verwijzing(vb, naar) for vb in gevonden), klasse="voorbeelden-kort")


def _groep(kop: str, lijst: tuple[Voorbeeld, ...], naar: Naar) -> str:
    return tag("li", kop + tag("ul", "".join(_verwijzing(vb, naar) for vb in lijst))) if lijst else ""


def voorbeelden_pagina(hb: Handboek, naar: Naar) -> str:
    """De pagina Voorbeelden: eerst een wegwijzer per opgave, profiel, thema en bron
    (uitklapbaar met <details>, dus zonder JavaScript), daarna elk voorbeeld één keer."""
    per_bron = {b.slug: tuple(v for v in hb.voorbeelden if v.bron == b.slug) for b in hb.bronnen}
    groepen = (
        ("Per opgave", [_groep(f"{o.nummer}. {e(o.titel)}", hb.voorbeelden_bij(opgave=o.slug), naar) for o in hb.opgaven]),
        ("Per profiel", [_groep(e(p.naam), hb.voorbeelden_bij(profiel=p.slug), naar) for p in hb.profielen]),
        ("Per thema van het volwassenheidsmodel", [_groep(e(t.naam), hb.voorbeelden_bij(thema=t.slug), naar) for t in hb.themas]),
        ("Per bron", [_groep(kort(b), per_bron[b.slug], naar) for b in hb.bronnen]),
    )
    wegwijzer = "".join(tag("details", tag("summary", kop) + tag("ul", "".join(g)), klasse="voorbeelden-groep") for kop, g in groepen)
    kaarten = "".join(
        tag(
            "section",
            tag("h3", e(b.titel) + f" ({e(b.kort)})", id=f"voorbeelden-{b.slug}")
            + "".join(voorbeeld_html(hb, v, naar) for v in per_bron[b.slug]),
        )
        for b in hb.bronnen
        if per_bron[b.slug]
    )
    return tag("nav", wegwijzer, klasse="voorbeelden-wegwijzer", aria_label="Voorbeelden per onderwerp") + tag(
        "div", kaarten, klasse="voorbeelden"
    )


def gemeenten_tabel(hb: Handboek, naar: Naar) -> str:
    koppen = (
        "Gemeente",
        "Inwoners",
        "Wijken",
        "Eenheid wijkgericht werken",
        "Formatie",
        "Wijkwethouders",
        "Wijkbudget per inwoner",
        "Fase",
    )
    kop = tag("tr", "".join(tag("th", k, scope="col") for k in koppen))
    rijen = []
    for g in hb.gemeenten:
        cellen = (
            _inwoners(g),
            _of_onbekend(g.wijkomvang),
            _of_onbekend(g.eenheid),
            _of_onbekend(g.formatie),
            _ja_nee(g.wijkwethouders),
            _budget_per_inwoner(g),
            FASE_NAAM[g.ontwikkelingsfase],
        )
        rij = tag("th", tag("a", e(g.naam), href=naar(f"praktijk/{g.slug}/")), scope="row") + "".join(tag("td", c) for c in cellen)
        rijen.append(tag("tr", rij, data_gemeente=g.slug))
    bron = hb.bron_van("gemeenten")
    tabel = tag("table", tag("thead", kop) + tag("tbody", "".join(rijen)), klasse="gemeenten-tabel")
    return tag("div", tabel, klasse="tabel-wrap tabel-scroll", tabindex=0) + tag(
        "p", f"Bron: {kort(bron)}, {e(bron.titel)}. Cijfers uit 2006; 'ca.', 'ruim' en 'bijna' staan zo in de bron.", klasse="bronregel"
    )


def gemeente_feiten(hb: Handboek, slug: str) -> str:
    g: Gemeente = hb.gemeente(slug)
    feiten = (
        ("Inwoners", _inwoners(g)),
        ("Wijken", _of_onbekend(g.wijkomvang)),
        ("Eenheid wijkgericht werken", _of_onbekend(g.eenheid)),
        ("Formatie", _of_onbekend(g.formatie)),
        ("Plek in de organisatie", _of_onbekend(g.plek)),
        ("Wijkwethouders", _ja_nee(g.wijkwethouders)),
        # De tekst noemt het bedrag per inwoner al, met het voorbehoud van de bron.
        ("Wijkbudget", _of_onbekend(g.wijkbudget)),
        ("Ontwikkelingsfase", FASE_NAAM[g.ontwikkelingsfase]),
        ("Instrumenten", e(", ".join(g.instrumenten)) if g.instrumenten else "niet genoemd"),
    )
    lijst = "".join(tag("dt", k) + tag("dd", w) for k, w in feiten)
    bron = hb.bron_van("gemeenten")
    return tag(
        "div",
        tag("p", e(g.samenvatting))
        + tag("dl", lijst, klasse="feiten")
        + tag("p", f"Bron: {kort(bron)}, {e(g.vindplaats)}.", klasse="bronregel"),
        klasse="gemeente-feiten",
        data_gemeente=g.slug,
    )
