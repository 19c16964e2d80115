"""Eerlijke uitkomsten (issue 10): woord voor de overeenkomst met drempels uit
data/scans.yml, 'nog geen keuzes' bij alles in het midden, gat-uitleg voor beide
richtingen, 'nog niets aangevinkt', korte einden van de schuiven; met hun controles."""

from __future__ import annotations

import pytest
from test_opbouw import bouw_kapot

from hulp.fouten import noemt
from wijktool.scans import afvinklijst, schuifoefening
from wijktool.weergave import afvinklijst as afvinkweergave
from wijktool.weergave import schuifoefening as weergave
from wijktool.weergave.links import vanaf


def test_woord_voor_de_overeenkomst_volgt_de_drempels_uit_de_data(handboek):
    grenzen = {g.woord: g.vanaf for g in handboek.regels.gelijkenis}
    assert list(grenzen) == ["sterk", "redelijk", "weinig"] and grenzen["weinig"] is None
    sterk, redelijk = grenzen["sterk"], grenzen["redelijk"]
    assert [handboek.regels.lijkt(x) for x in (100, sterk, sterk - 1, redelijk, redelijk - 1, 0)] == [
        "sterk",
        "sterk",
        "redelijk",
        "redelijk",
        "weinig",
        "weinig",
    ]


def test_ranking_geeft_eerst_het_woord_dan_het_getal(handboek):
    # Organisatiegericht met communicatie 3 in plaats van 4: afstand 1, overeenkomst 96.
    paneel = {**schuifoefening.profielstanden(handboek, "organisatiegerichte-gemeente"), "communicatie": 3}
    uit = schuifoefening.scan(handboek, paneel, paneel)
    top = uit["huidig"]["ranking"][0]
    assert (top["profiel"], top["overeenkomst"], top["lijkt"]) == ("organisatiegerichte-gemeente", 96, "sterk")
    html = weergave.ranking(uit, "huidig", vanaf("../"))
    eerste = html[: html.index("</li>")]
    assert eerste.index("scan-balk") < eerste.index(">sterk<") < eerste.index(">96<")
    # de kanttekening: eigen lezing, link naar de redenering
    assert "eigen lezing van dit handboek" in html and 'href="../profielen/organisatiegerichte-gemeente/#standen"' in html


def test_alles_in_het_midden_zegt_nog_geen_keuzes_gemaakt(handboek):
    uit = schuifoefening.scan(handboek, schuifoefening.midden(handboek), schuifoefening.midden(handboek))
    assert uit["huidig"]["geen_keuze"] is True
    html = weergave.beste(uit, "huidig", vanaf("../"))
    assert "nog geen keuzes gemaakt" in html and 'data-geen-keuze="ja"' in html
    assert "overeenkomst" not in html  # geen getal dat op een meting lijkt
    een = {**schuifoefening.midden(handboek), "communicatie": 6}
    assert schuifoefening.scan(handboek, een, een)["huidig"]["geen_keuze"] is False


@pytest.mark.parametrize("ambitie, richting", [(9, "hoger"), (1, "lager")])
def test_gat_uitleg_per_richting_niet_hoger_is_beter(handboek, ambitie, richting):
    huidig = schuifoefening.midden(handboek)
    uit = schuifoefening.scan(handboek, huidig, {**huidig, "communicatie": ambitie})
    (gat,) = uit["gaten"]
    verwacht = handboek.regels.gat_hoger if richting == "hoger" else handboek.regels.gat_lager
    assert gat["uitleg"] == verwacht
    html = weergave.gaten(uit, vanaf("../"))
    assert f'data-richting="{richting}"' in html and verwacht in html
    assert handboek.regels.gat_hoger != handboek.regels.gat_lager


def test_streepjes_staan_op_de_standen_van_het_dichtstbijzijnde_profiel(handboek):
    paneel = schuifoefening.profielstanden(handboek, "toenaderingsgerichte-gemeente")
    uit = schuifoefening.scan(handboek, paneel, schuifoefening.midden(handboek))
    html = weergave.alles(uit, vanaf("../"))
    for schuif, stand in paneel.items():
        assert f"mp-stand-{stand}" in html[f"merk-huidig-{schuif}"] and "mp-merk-gelijk" in html[f"merk-huidig-{schuif}"]
    assert "U wijkt nergens af" in html["legenda-huidig"]


def test_bediening_heeft_verticale_schuiven_met_einden_en_geen_tweede_tekening(handboek):
    html = weergave.bediening(handboek, schuifoefening.begin(handboek))
    assert "<svg" not in html  # de schuiven zijn de tekening
    assert html.count('aria-orientation="vertical"') == 10
    for s in handboek.schuiven:
        assert html.count(f"laag: </span>{s.laag_kort}</span>") == 2 and html.count(f"hoog: </span>{s.hoog_kort}</span>") == 2


def test_afvinklijst_zonder_vinkjes_zegt_dat_niet_in_evenwicht(handboek):
    uit = afvinklijst.SCAN.uitkomst(handboek, [])
    assert {r["oordeel"] for r in uit["opgaven"]} == {handboek.regels.niets_aangevinkt}
    assert "nog niets aangevinkt" in afvinkweergave.aantal(uit)
    # één vinkje bij opgave 1: die krijgt een echt oordeel, de rest niet
    kans = handboek.opgaven[0].kansen[0].nr
    rijen = {r["nummer"]: r["oordeel"] for r in afvinklijst.SCAN.uitkomst(handboek, [kans])["opgaven"]}
    assert rijen[1] == handboek.regels.oordeel(-1 / len(handboek.opgaven[0].kansen)) and rijen[2] == handboek.regels.niets_aangevinkt


def test_hoog_bij_gebruikt_de_ene_definitie_van_hoog(handboek):
    from macros.koppelingen import _profielen_hoog

    for s in handboek.schuiven:
        html = _profielen_hoog(handboek, s.slug, lambda d: d)
        for p in handboek.profielen:
            assert (p.naam in html) == (handboek.regels.niveau(p.stand(s.slug)) == "hoog")
    # stand 6 is midden, niet hoog (ontwikkelende gemeente, bestuur en politiek)
    assert "ontwikkelende" not in _profielen_hoog(handboek, "bestuur-en-politiek", lambda d: d)


def _schuifoefening(ruwe):
    return ruwe["scans"]["schuifoefening"]


@pytest.mark.parametrize(
    "maak_kapot, delen, melding",
    [
        (
            lambda r: _schuifoefening(r)["gelijkenis"][2].update(vanaf=10),
            ("schuifoefening", "gelijkenis"),
            "het laatste woord heeft geen grens",
        ),
        (lambda r: _schuifoefening(r)["gelijkenis"][1].pop("vanaf"), ("schuifoefening", "gelijkenis"), "alleen het laatste woord"),
        (lambda r: _schuifoefening(r)["gelijkenis"][1].update(vanaf=90), ("schuifoefening", "gelijkenis"), "van hoog naar laag"),
        (lambda r: _schuifoefening(r)["gelijkenis"][0].update(vanaf=101), ("schuifoefening", "woord 1", "vanaf"), "101 ligt buiten 0–100"),
        (lambda r: _schuifoefening(r)["gelijkenis"][0].update(woord=""), ("schuifoefening", "woord 1", "woord"), "is leeg"),
        (lambda r: _schuifoefening(r).pop("gat_lager"), ("schuifoefening", "gat_lager"), "ontbreekt"),
        (lambda r: r["scans"]["afvinklijst"].pop("niets_aangevinkt"), ("afvinklijst", "niets_aangevinkt"), "ontbreekt"),
    ],
)
def test_nieuwe_scanregels_worden_gecontroleerd_met_hun_pad(ruwe, maak_kapot, delen, melding):
    maak_kapot(ruwe)
    noemt(bouw_kapot(ruwe), "data/scans.yml", *delen, melding=melding)


def test_korte_einden_van_een_schuif_worden_gecontroleerd(ruwe):
    ruwe["schuiven"]["schuiven"][2]["hoog_kort"] = "x" * 41
    noemt(bouw_kapot(ruwe), "data/schuiven.yml", "schuif 3 (proces-met-bewoners)", "hoog_kort", melding="hooguit 40")
