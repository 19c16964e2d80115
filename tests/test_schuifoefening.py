"""De rekenregels van de schuifoefening (wijktool.scans.schuifoefening), in CPython."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hulp.fouten import noemt
from wijktool.laden import laad_handboek
from wijktool.model import opbouw
from wijktool.model.fouten import DataFout
from wijktool.scans import schuifoefening as scan

HB = laad_handboek(Path(__file__).resolve().parent.parent / "data")
SCHUIVEN = [s.slug for s in HB.schuiven]
PROFIELEN = [p.slug for p in HB.profielen]

standen = st.fixed_dictionaries({s: st.integers(0, 10) for s in SCHUIVEN})


def eigen_standen(slug: str) -> dict[str, int]:
    return {s.schuif: s.stand for s in HB.profiel(slug).standen}


@pytest.mark.parametrize("slug", PROFIELEN)
def test_eigen_standen_van_een_profiel_geven_dat_profiel_bovenaan_met_100(slug):
    ranking = scan.rangschik(HB, eigen_standen(slug))
    assert ranking[0].profiel == slug
    assert ranking[0].overeenkomst == 100
    assert all(r.overeenkomst < 100 for r in ranking[1:])


def test_formule_voorbeeld_van_de_pagina():
    # Alles op 5 tegen de gekantelde gemeente (alles 10): afstand √125, overeenkomst 50.
    score = {r.profiel: r for r in scan.rangschik(HB, scan.midden(HB))}["gekantelde-gemeente"]
    assert score.afstand == pytest.approx(125**0.5, abs=1e-3)
    assert score.overeenkomst == 50


def test_verste_paneel_geeft_nul():
    # Alles op 0 ligt het verst van de gekantelde gemeente (alles op 10).
    score = {r.profiel: r for r in scan.rangschik(HB, {s: 0 for s in SCHUIVEN})}["gekantelde-gemeente"]
    assert score.overeenkomst == 0


@settings(max_examples=300, deadline=None)
@given(standen)
def test_ranking_is_een_permutatie_en_scores_blijven_binnen_0_100(paneel):
    ranking = scan.rangschik(HB, paneel)
    assert sorted(r.profiel for r in ranking) == sorted(PROFIELEN)
    assert all(0 <= r.overeenkomst <= 100 for r in ranking)
    afstanden = [r.afstand for r in ranking]
    assert afstanden == sorted(afstanden)


@settings(max_examples=300, deadline=None)
@given(standen, st.sampled_from(PROFIELEN), st.sampled_from(SCHUIVEN))
def test_een_schuif_richting_een_profiel_verlaagt_de_overeenkomst_nooit(paneel, profiel, schuif):
    doel = HB.profiel(profiel).stand(schuif)
    if paneel[schuif] == doel:
        return
    stap = 1 if doel > paneel[schuif] else -1
    dichterbij = {**paneel, schuif: paneel[schuif] + stap}
    voor = {r.profiel: r.overeenkomst for r in scan.rangschik(HB, paneel)}[profiel]
    na = {r.profiel: r.overeenkomst for r in scan.rangschik(HB, dichterbij)}[profiel]
    assert na >= voor


@settings(max_examples=100, deadline=None)
@given(standen)
def test_uitkomst_is_deterministisch_en_json(paneel):
    een = scan.scan(HB, paneel, paneel)
    twee = scan.scan(HB, dict(reversed(list(paneel.items()))), paneel)
    assert een == twee
    assert json.loads(json.dumps(een)) == een


def test_gelijke_afstand_volgt_de_volgorde_van_de_bron(monkeypatch):
    # Twee profielen even ver weg: de eerste in de bron komt eerst.
    from dataclasses import replace

    eerste, tweede = HB.profielen[0], HB.profielen[1]
    kopie = replace(HB, profielen=(eerste, replace(tweede, standen=eerste.standen), *HB.profielen[2:]))
    ranking = scan.rangschik(kopie, eigen_standen(eerste.slug))
    assert [r.profiel for r in ranking[:2]] == [eerste.slug, tweede.slug]


@pytest.mark.parametrize(
    "fout, melding",
    [
        ({"positionering-intern": 11}, "geen stand van 0 tot 10"),
        ({"positionering-intern": -1}, "geen stand van 0 tot 10"),
        ({"positionering-intern": "5"}, "geen stand"),
        ({"positionering-intern": True}, "geen stand"),
        ({"bestaat-niet": 5}, "onbekende schuif"),
    ],
)
def test_ongeldig_paneel_geeft_duidelijke_fout(fout, melding):
    paneel = {**scan.midden(HB), **fout}
    with pytest.raises(scan.OngeldigPaneel, match=melding):
        scan.rangschik(HB, paneel)


def test_ontbrekende_schuif_is_een_fout():
    paneel = scan.midden(HB)
    del paneel["communicatie"]
    with pytest.raises(scan.OngeldigPaneel, match="communicatie"):
        scan.scan(HB, paneel, scan.midden(HB))


def codes(paneel):
    return {w.code for w in scan.waarnemingen(HB, paneel)}


def test_alles_in_het_midden_betekent_geen_keuzes():
    assert "alles-midden" in codes(scan.midden(HB))
    assert "alles-midden" not in codes({**scan.midden(HB), "communicatie": 6})


def test_veel_schuiven_in_het_midden():
    assert "veel-midden" in codes({**scan.midden(HB), "communicatie": 8, "bestuur-en-politiek": 2})
    assert "veel-midden" not in codes({**scan.midden(HB), "communicatie": 8, "bestuur-en-politiek": 2, "proces-met-bewoners": 7})


def test_sterk_naar_buiten_met_zwak_binnen_is_een_waarschuwing():
    paneel = {**scan.midden(HB), "proces-met-bewoners": 8, "proces-binnen-gemeente": 3}
    assert "buiten-zonder-binnen" in codes(paneel)
    assert "buiten-zonder-binnen" not in codes({**paneel, "proces-binnen-gemeente": 5})
    # Laag is 0–3 (data/scans.yml): stand 4 is midden, geen waarschuwing.
    assert "buiten-zonder-binnen" in codes({**scan.midden(HB), "communicatie": 9, "proces-binnen-gemeente": 3})
    assert "buiten-zonder-binnen" not in codes({**scan.midden(HB), "communicatie": 9, "proces-binnen-gemeente": 4})
    assert "buiten-zonder-binnen" not in codes({**scan.midden(HB), "communicatie": 6, "proces-binnen-gemeente": 0})


def test_sterk_binnen_met_weinig_bewoners_is_een_waarschuwing():
    assert "binnen-zonder-buiten" in codes({**scan.midden(HB), "proces-binnen-gemeente": 9, "proces-met-bewoners": 2})


def test_sterk_bestuur_met_zwak_binnen_is_een_waarschuwing():
    assert "bestuur-zonder-organisatie" in codes({**scan.midden(HB), "bestuur-en-politiek": 9, "proces-binnen-gemeente": 2})


def test_alles_open_noemt_het_gedachte_experiment():
    gevonden = scan.waarnemingen(HB, {s: 10 for s in SCHUIVEN})
    assert any(w.code == "alles-hoog" and "gedachte-experiment" in w.tekst for w in gevonden)


def test_waarnemingen_noemen_nooit_een_beste_of_beter_profiel():
    for paneel in (scan.midden(HB), {s: 10 for s in SCHUIVEN}, {s: 0 for s in SCHUIVEN}, eigen_standen("participatieve-gemeente")):
        for w in scan.waarnemingen(HB, paneel):
            assert "beste" not in w.tekst.lower() and "beter" not in w.tekst.lower()
            assert w.bron


def test_gaten_vanaf_twee_standen_met_opgaven_uit_de_koppelingen():
    huidig = scan.midden(HB)
    ambitie = {**huidig, "proces-met-bewoners": 8, "communicatie": 6, "bestuur-en-politiek": 3}
    gaten = {g.schuif: g for g in scan.gaten(HB, huidig, ambitie)}
    assert set(gaten) == {"proces-met-bewoners", "bestuur-en-politiek"}  # communicatie: maar 1 verschil
    assert gaten["proces-met-bewoners"].verschil == 3
    assert gaten["bestuur-en-politiek"].verschil == -2
    verwacht = {k.opgave for k in HB.koppelingen_van_schuif("proces-met-bewoners")}
    assert {a.opgave for a in gaten["proces-met-bewoners"].opgaven} == verwacht
    assert all(a.reden for a in gaten["proces-met-bewoners"].opgaven)


def test_export_en_vergelijking():
    huidig = {**scan.midden(HB), "communicatie": 8}
    bestand = scan.SCAN.exporteer(HB, scan.begin(HB), "2026-11-23")
    assert (bestand["formaat"], bestand["versie"]) == ("wijktool-schuifoefening", 2)
    rijen = scan.verschillen(HB, bestand["invoer"], {"huidig": huidig, "ambitie": scan.midden(HB)})
    veranderd = [r for r in rijen if r["verschil"]]
    assert veranderd == [
        {"paneel": "huidig", "schuif": "communicatie", "naam": HB.schuif("communicatie").naam, "bestand": 5, "nu": 8, "verschil": 3}
    ]
    assert len(rijen) == 2 * len(SCHUIVEN)


def test_woorden_voor_elke_stand():
    assert len(HB.regels.woorden) == 11
    assert "geen keuze" in HB.regels.woorden[5]


@pytest.mark.parametrize("stand, niveau", [(0, "laag"), (3, "laag"), (4, "midden"), (6, "midden"), (7, "hoog"), (10, "hoog")])
def test_een_definitie_van_laag_midden_hoog(stand, niveau):
    assert HB.regels.niveau(stand) == niveau


def test_een_hernoemde_schuif_in_de_regels_is_een_datafout_met_pad(ruwe):
    ruwe["scans"]["schuifoefening"]["waarnemingen"][3]["als"][1]["schuiven"] = ["proces-intern"]
    with pytest.raises(DataFout) as fout:
        opbouw.handboek(ruwe)
    noemt(
        fout.value,
        "data/scans.yml",
        "schuifoefening",
        "waarneming 4 (buiten-zonder-binnen)",
        "als[2]",
        "schuiven[1]",
        melding="onbekende schuif 'proces-intern'",
    )
