"""wijktool.checklistbalans: aanwezige kansen en valkuilen per opgave."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wijktool.scans import afvinklijst as cb


def test_niets_aangevinkt(handboek):
    uit = cb.SCAN.uitkomst(handboek, [])
    assert uit["aangevinkt"] == 0
    assert [r["nummer"] for r in uit["opgaven"]] == list(range(1, 11))  # gelijke score: op nummer
    assert all(r["kansen"] == 0 and r["valkuilen"] == 0 for r in uit["opgaven"])
    assert {r["opgave"]: (r["kansen_totaal"], r["valkuilen_totaal"]) for r in uit["opgaven"]} == {
        o.slug: (len(o.kansen), len(o.valkuilen)) for o in handboek.opgaven
    }


def test_tellingen_per_opgave(handboek):
    o = handboek.opgave("open-podium")
    vinkjes = [o.kansen[0].nr, o.kansen[1].nr, o.valkuilen[0].nr]
    rij = {r["opgave"]: r for r in cb.SCAN.uitkomst(handboek, vinkjes)["opgaven"]}["open-podium"]
    assert (rij["kansen"], rij["valkuilen"]) == (2, 1)
    assert rij["aandacht"] == pytest.approx(1 / len(o.valkuilen) - 2 / len(o.kansen), abs=1e-4)


def test_opgave_met_alle_valkuilen_en_geen_kans_staat_bovenaan(handboek):
    o = handboek.opgave("rugdekking")
    uit = cb.SCAN.uitkomst(handboek, [i.nr for i in o.valkuilen])
    assert uit["opgaven"][0]["opgave"] == "rugdekking" and uit["opgaven"][0]["aandacht"] == 1


@pytest.mark.parametrize("fout", [0, 98, "3", True, None])
def test_ongeldig_itemnummer(handboek, fout):
    with pytest.raises(cb.OngeldigeAfvinking):
        cb.SCAN.uitkomst(handboek, [1, fout])


@settings(max_examples=200, deadline=None)
@given(st.sets(st.integers(1, 97)))
def test_eigenschappen(handboek, vinkjes):
    uit = cb.SCAN.uitkomst(handboek, vinkjes)
    assert sorted(r["opgave"] for r in uit["opgaven"]) == sorted(o.slug for o in handboek.opgaven)
    assert sum(r["kansen"] + r["valkuilen"] for r in uit["opgaven"]) == len(vinkjes)
    scores = [r["aandacht"] for r in uit["opgaven"]]
    assert scores == sorted(scores, reverse=True)
    assert all(-1 <= s <= 1 for s in scores)
