"""Voorbeelden uit de praktijk en de acht Gelderse gemeenten."""

from __future__ import annotations

from typing import Callable

from wijktool.model.handboek import Gemeente, Handboek, Voorbeeld

from wijktool.weergave.html import e, tag

Naar = Callable[[str], str]

FASE_NAAM = {"ervaren": "ervaren", "doorontwikkelen": "doorontwikkelen", "in-de-kinderschoenen": "in de kinderschoenen"}


def _euro(bedrag: float) -> str:
    return "€ " + f"{bedrag:.2f}".replace(".", ",")


def _ja_nee(waarde: bool | None) -> str:
    return "onbekend" if waarde is None else ("ja" if waarde else "nee")


def _of_onbekend(waarde: object) -> str:
    return "niet genoemd" if waarde is None else e(waarde)


def _links(hb: Handboek, vb: Voorbeeld, naar: Naar) -> str:
    delen = [tag("a", e(hb.opgave(s).titel), href=naar(f"opgaven/{s}/")) for s in vb.opgaven]
    delen += [tag("a", e(hb.profiel(s).naam), href=naar(f"profielen/{s}/")) for s in vb.profielen]
    delen += [tag("a", "thema " + e(hb.thema(s).naam), href=naar("aan-de-slag/") + "#het-volwassenheidsmodel") for s in vb.themas]
    return ", ".join(delen)


def voorbeeld_html(hb: Handboek, vb: Voorbeeld, naar: Naar) -> str:
    bron = hb.bron(vb.bron)
    return tag(
        "article",
        tag("h3", f"{e(vb.gemeente)}: {e(vb.titel)}", id=f"vb-{vb.slug}")
        + tag("p", e(vb.tekst))
        + tag("p", "Hoort bij: " + _links(hb, vb, naar), klasse="voorbeeld-links")
        + tag("p", f"Bron: {e(bron.kort)}, {e(bron.titel)}, {e(vb.vindplaats)}.", klasse="bronregel"),
        klasse="voorbeeld",
        data_voorbeeld=vb.slug,
    )


def voorbeelden(hb: Handboek, naar: Naar, **filter_: str) -> str:
    gevonden = hb.voorbeelden_bij(**filter_)
    if not gevonden:
        return tag("p", "De bronnen geven hier (nog) geen voorbeeld van.", klasse="voorbeelden-leeg")
    return tag("div", "".join(voorbeeld_html(hb, vb, naar) for vb in gevonden), klasse="voorbeelden")


def gemeenten_tabel(hb: Handboek, naar: Naar) -> str:
    koppen = ("Gemeente", "Inwoners", "Wijken", "Eenheid wijkgericht werken", "Formatie", "Wijkwethouders", "Wijkbudget per inwoner", "Fase")
    kop = tag("tr", "".join(tag("th", k, scope="col") for k in koppen))
    rijen = []
    for g in hb.gemeenten:
        cellen = (
            _of_onbekend(f"{g.inwoners:,}".replace(",", ".") if g.inwoners else None),
            _of_onbekend(g.wijkomvang),
            _of_onbekend(g.eenheid),
            _of_onbekend(g.formatie),
            _ja_nee(g.wijkwethouders),
            _euro(g.wijkbudget_per_inwoner) if g.wijkbudget_per_inwoner is not None else "niet genoemd",
            FASE_NAAM[g.ontwikkelingsfase],
        )
        rij = tag("th", tag("a", e(g.naam), href=naar(f"praktijk/{g.slug}/")), scope="row") + "".join(tag("td", c) for c in cellen)
        rijen.append(tag("tr", rij, data_gemeente=g.slug))
    bron = hb.bron_van("gemeenten")
    tabel = tag("table", tag("thead", kop) + tag("tbody", "".join(rijen)), klasse="gemeenten-tabel")
    return tag("div", tabel, klasse="tabel-wrap tabel-scroll", tabindex=0) + tag("p", f"Bron: {e(bron.citaat)}", klasse="bronregel")


def gemeente_feiten(hb: Handboek, slug: str) -> str:
    g: Gemeente = hb.gemeente(slug)
    feiten = (
        ("Inwoners", _of_onbekend(f"{g.inwoners:,}".replace(",", ".") if g.inwoners else None)),
        ("Wijken", _of_onbekend(g.wijkomvang)),
        ("Eenheid wijkgericht werken", _of_onbekend(g.eenheid)),
        ("Formatie", _of_onbekend(g.formatie)),
        ("Plek in de organisatie", _of_onbekend(g.plek)),
        ("Wijkwethouders", _ja_nee(g.wijkwethouders)),
        ("Wijkbudget", (_euro(g.wijkbudget_per_inwoner) + " per inwoner. " if g.wijkbudget_per_inwoner is not None else "") + _of_onbekend(g.wijkbudget)),
        ("Ontwikkelingsfase", FASE_NAAM[g.ontwikkelingsfase]),
        ("Instrumenten", e(", ".join(g.instrumenten)) if g.instrumenten else "niet genoemd"),
    )
    lijst = "".join(tag("dt", k) + tag("dd", w) for k, w in feiten)
    bron = hb.bron_van("gemeenten")
    return tag(
        "div",
        tag("p", e(g.samenvatting)) + tag("dl", lijst, klasse="feiten") + tag("p", f"Bron: {e(bron.citaat)} ({e(g.vindplaats)}).", klasse="bronregel"),
        klasse="gemeente-feiten",
        data_gemeente=g.slug,
    )
