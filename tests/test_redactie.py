"""De gebouwde site na de redactieronde (reviews 2026-12): wat een lezer ziet.

Elke test hoort bij een bevinding uit ../shared/reviews/ en leest de echte,
strikt gebouwde site (of een kopie met een aangepaste mkdocs.yml)."""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks import herhaling
from hulp.site import bouw

UITGAVE = {"uitgever": "Gemeente Voorbeeldstad", "contact": "wijkhandboek@voorbeeldstad.nl", "versie": "1.0", "datum": "2 december 2026"}


def paginas(site: Path) -> list[Path]:
    return [p for p in sorted(site.rglob("index.html")) if "assets" not in p.parts]


def tekst(pad: Path) -> str:
    return pad.read_text(encoding="utf-8")


def test_herhaling_onder_tien_procent(gebouwde_site, datamap):
    m = herhaling.meet(gebouwde_site.site, datamap)
    assert m["eigen_zinnen"] > 1500, "de meting vindt bijna geen tekst: klopt de parser nog?"
    assert m["aandeel_gelezen_procent"] < 10, m["vaakst_herhaald"]
    assert m["aandeel_procent"] < 10


def test_volledige_bronbeschrijving_alleen_op_bronnen_en_papier(gebouwde_site, handboek):
    """Elders een korte verwijzing met link naar Bronnen; de checklist voor op papier houdt de hele."""
    mag = {"bronnen", "checklist", *(f"opgaven/{o.slug}" for o in handboek.opgaven)}
    for pad in paginas(gebouwde_site.site):
        naam = str(pad.parent.relative_to(gebouwde_site.site))
        html = tekst(pad)
        for b in handboek.bronnen:
            if b.citaat.replace("&", "&amp;") in html:
                assert naam in mag, f"{naam}: volledige beschrijving van {b.slug}"
    checklist = tekst(gebouwde_site.site / "checklist" / "index.html")
    assert checklist.count(handboek.bron("vng-2009").citaat.replace("&", "&amp;")) == 1


def test_korte_verwijzing_linkt_naar_de_bron(gebouwde_site, handboek):
    pagina = gebouwde_site.pagina("opgaven/rugdekking/index.html")
    links = [a for a in pagina.alle("a", klasse="bronlink")]
    assert links and links[0].tekst() == handboek.bron("vng-2009").kort
    assert links[0]["href"].endswith("bronnen/#bron-vng-2009")
    assert gebouwde_site.pagina("bronnen/index.html").alle(id="bron-vng-2009")


def test_voet_noemt_de_makers_juist(gebouwde_site):
    for pad in paginas(gebouwde_site.site):
        html = tekst(pad)
        voet = html[html.index('class="md-copyright"') :]
        assert re.search(r"De Boer, Lugtmeijer (&amp;|&) Mier", voet) and "BZK" in voet and "EHdK" in voet, pad
        assert "provincie Gelderland" not in voet, pad


def test_benchmark_heet_niet_naar_een_andere_studie(gebouwde_site):
    kop = gebouwde_site.pagina("praktijk/index.html").een("h1").tekst()
    assert "Gelderse benchmark" in kop and "keuken" not in kop
    for pad in paginas(gebouwde_site.site):
        for a in re.findall(r"<a [^>]*>([^<]*)</a>", tekst(pad)):
            assert "Kijken in elkaars keuken" not in a, pad


def _rij(gebouwde_site, slug: str) -> list[str]:
    tabel = gebouwde_site.pagina("praktijk/index.html").een("table", klasse="gemeenten-tabel")
    rij = next(r for r in tabel.alle("tr") if r.get("data-gemeente") == slug)
    return [c.tekst() for c in rij.alle("td")]


def test_gemeententabel_houdt_het_voorbehoud_van_de_bron(gebouwde_site):
    assert _rij(gebouwde_site, "tiel")[5] == "niet vergelijkbaar (alleen Tiel-Oost: ca. € 22)"
    assert _rij(gebouwde_site, "ede")[5] == "een kleine € 2"
    assert _rij(gebouwde_site, "doetinchem")[5] == "ruim € 4,50"
    assert _rij(gebouwde_site, "nijmegen")[0] == "bijna 160.000"
    assert _rij(gebouwde_site, "zutphen")[5] == "€ 4"  # geen ',00' en geen voorbehoud dat de bron niet geeft


def test_gemeentepagina_begint_met_wat_u_eruit_haalt(gebouwde_site, handboek):
    for g in handboek.gemeenten:
        koppen = [h.tekst().rstrip("¶").strip() for h in gebouwde_site.pagina(f"praktijk/{g.slug}/index.html").alle("h2")]
        assert koppen[:2] == ["Wat u hieruit kunt halen", "Zo werkte het in 2006"], g.slug


def test_voorbeeld_staat_een_keer_beschreven(gebouwde_site, handboek):
    alle = gebouwde_site.pagina("praktijk/voorbeelden/index.html")
    kaarten = alle.alle("article", klasse="voorbeeld")
    assert sorted(k["data-voorbeeld"] for k in kaarten) == sorted(v.slug for v in handboek.voorbeelden)
    for pad in paginas(gebouwde_site.site):
        if pad.parent.name != "voorbeelden":
            assert 'class="voorbeeld"' not in tekst(pad), pad
    # De wegwijzer werkt zonder JavaScript: <details> per soort, met links naar de kaarten.
    groepen = alle.alle("details", klasse="voorbeelden-groep")
    assert [g.een("summary").tekst() for g in groepen] == ["Per opgave", "Per profiel", "Per thema van het volwassenheidsmodel", "Per bron"]
    doelen = {a["href"].split("#")[1] for a in groepen[0].alle("a")}
    assert doelen <= {f"vb-{v.slug}" for v in handboek.voorbeelden}


def test_tooltips_op_elke_inhoudspagina(gebouwde_site):
    for pad in paginas(gebouwde_site.site):
        naam = str(pad.parent.relative_to(gebouwde_site.site))
        if naam in ("404", "privacy", "toegankelijkheid", "zelfscan/checklist"):
            continue
        assert "<abbr title=" in tekst(pad), f"{naam}: geen enkele tooltip"
    # Ook in tekst uit de macro's: een checklistitem met SMART.
    assert re.search(
        r'<label[^>]*>[^<]*<abbr title="[^"]+">SMART</abbr>',
        tekst(gebouwde_site.site / "opgaven" / "ruimte-voor-professionals" / "index.html"),
    )


def test_zonder_uitgave_zeggen_de_paginas_wie_het_invult(gebouwde_site):
    for naam in ("bronnen", "privacy", "toegankelijkheid"):
        html = tekst(gebouwde_site.site / naam / "index.html")
        assert "uitgevende organisatie" in html and "contactadres van de beheerders" not in html, naam
    assert "Nog niet ingevuld" in tekst(gebouwde_site.site / "bronnen" / "index.html")
    assert "WAARSCHUWING (colofon)" in gebouwde_site.uitvoer and "contact" in gebouwde_site.uitvoer


def test_met_uitgave_staat_die_overal(kopie, tmp_path):
    config = kopie / "mkdocs.yml"
    tekst_ = config.read_text(encoding="utf-8")
    regels = "".join(f'    {k}: "{v}"\n' for k, v in UITGAVE.items())
    nieuw = re.sub(r"  uitgave:\n(    .*\n)+", "  uitgave:\n" + regels, tekst_)
    assert nieuw != tekst_
    config.write_text(nieuw, encoding="utf-8")
    resultaat = bouw(kopie, tmp_path / "site")
    assert resultaat.code == 0, resultaat.uitvoer[-3000:]
    assert "WAARSCHUWING (colofon)" not in resultaat.uitvoer
    colofon = tekst(tmp_path / "site" / "bronnen" / "index.html")
    for waarde in UITGAVE.values():
        assert waarde in colofon
    for naam in ("privacy", "toegankelijkheid"):
        assert 'href="mailto:wijkhandboek@voorbeeldstad.nl"' in tekst(tmp_path / "site" / naam / "index.html"), naam
    voet = tekst(tmp_path / "site" / "index.html").split('class="md-copyright"')[1]
    assert "Uitgave van Gemeente Voorbeeldstad" in voet and "Versie 1.0, 2 december 2026" in voet
