"""wijktool.volwassenheidsscan: fase per thema, totaalbeeld, aandacht, volgende stap."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wijktool.scans import volwassenheidsscan as vs


@pytest.fixture(scope="module")
def themas(handboek):
    return [t.slug for t in handboek.themas]


def test_begin_is_leeg_geen_fase_vooraf_gekozen(handboek):
    assert vs.begin(handboek) == {}
    uit = vs.SCAN.uitkomst(handboek, vs.begin(handboek))
    assert uit["themas"] == [] and uit["totaal"] is None and uit["aandacht"] == []
    assert uit["beantwoord"] == {"aantal": 0, "van": 6}


def test_een_deel_beantwoord_telt_alleen_wat_beantwoord_is(handboek, themas):
    # Twee thema's in fase 3, één in fase 1: totaalbeeld 3, aandacht voor het ene in fase 1.
    keuze = {themas[0]: 3, themas[2]: 1, themas[5]: 3}
    uit = vs.SCAN.uitkomst(handboek, keuze)
    assert [t["thema"] for t in uit["themas"]] == [themas[0], themas[2], themas[5]]
    assert uit["totaal"]["fase"] == 3 and uit["totaal"]["spreiding"] == 2
    assert uit["aandacht"] == [themas[2]]
    assert uit["beantwoord"] == {"aantal": 3, "van": 6}


def test_none_betekent_niet_beantwoord(handboek, themas):
    assert vs.lees(handboek, {themas[0]: None, themas[1]: 2}) == {themas[1]: 2}


def test_weergave_zegt_hoeveel_themas_beantwoord_zijn(handboek, themas):
    from wijktool.weergave import volwassenheidsscan as w

    leeg = w.totaal(vs.SCAN.uitkomst(handboek, {}))
    assert "nog geen thema beantwoord" in leeg and 'data-beantwoord="0"' in leeg
    twee = w.totaal(vs.SCAN.uitkomst(handboek, {themas[0]: 2, themas[1]: 2}))
    assert "2 van de 6 thema's beantwoord" in twee
    assert "alle 6 thema's beantwoord" in w.totaal(vs.SCAN.uitkomst(handboek, {t: 2 for t in themas}))
    # Het thema-blok verschijnt alleen voor een beantwoord thema.
    assert w.themas(vs.SCAN.uitkomst(handboek, {themas[3]: 4}), lambda d: d).count('data-testid="fase-thema"') == 1


def test_bediening_heeft_geen_keuze_vooraf(handboek):
    from wijktool.weergave import volwassenheidsscan as w

    assert " checked" not in w.bediening(handboek, vs.begin(handboek))
    assert w.bediening(handboek, {handboek.themas[0].slug: 2}).count(" checked") == 1


def test_tekst_en_volgende_stap_komen_uit_het_model(handboek, themas):
    keuze = {s: 2 for s in themas}
    uit = vs.SCAN.uitkomst(handboek, keuze)
    for t in uit["themas"]:
        thema = handboek.thema(t["thema"])
        assert t["tekst"] == thema.cel(2).tekst
        assert t["volgende"]["tekst"] == thema.cel(3).tekst


def test_fase_4_heeft_geen_volgende_stap(handboek, themas):
    uit = vs.SCAN.uitkomst(handboek, {s: 4 for s in themas})
    assert all(t["volgende"] is None for t in uit["themas"])


def test_totaalbeeld_is_de_meest_gekozen_fase_bij_gelijkspel_de_laagste(handboek, themas):
    keuze = dict(zip(themas, [3, 3, 3, 2, 2, 4], strict=True))
    assert vs.SCAN.uitkomst(handboek, keuze)["totaal"]["fase"] == 3
    keuze = dict(zip(themas, [3, 3, 2, 2, 4, 1], strict=True))
    assert vs.SCAN.uitkomst(handboek, keuze)["totaal"]["fase"] == 2


def test_aandacht_voor_de_achterblijvers(handboek, themas):
    keuze = dict(zip(themas, [3, 1, 3, 2, 1, 4], strict=True))
    assert vs.SCAN.uitkomst(handboek, keuze)["aandacht"] == [themas[1], themas[4]]


@pytest.mark.parametrize("fout, melding", [({"x": 1}, "onbekend thema"), ("5", "geen fase"), ("0", "geen fase"), ("true", "geen fase")])
def test_ongeldige_keuze(handboek, themas, fout, melding):
    keuze = {s: 1 for s in themas}
    if isinstance(fout, dict):
        keuze.update(fout)
    else:
        keuze[themas[0]] = {"5": 5, "0": 0, "true": True}[fout]
    with pytest.raises(vs.OngeldigeKeuze, match=melding):
        vs.SCAN.uitkomst(handboek, keuze)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 4), min_size=6, max_size=6))
def test_eigenschappen(handboek, fases):
    keuze = dict(zip([t.slug for t in handboek.themas], fases, strict=True))
    uit = vs.SCAN.uitkomst(handboek, keuze)
    assert min(fases) <= uit["totaal"]["fase"] <= max(fases)
    assert fases.count(uit["totaal"]["fase"]) == max(fases.count(f) for f in set(fases))
    assert all(keuze[a] == min(fases) for a in uit["aandacht"])
    assert (uit["aandacht"] == []) == (min(fases) == max(fases))
    assert uit["totaal"]["spreiding"] == max(fases) - min(fases)
