"""Pad, DataFout en Verzameling uit wijktool.fouten."""

from __future__ import annotations

import pytest

from wijktool.model.fouten import DataFout, Pad, Verzameling


def test_pad_als_tekst():
    pad = Pad("data/opgaven.yml") / "opgave 3 (open-podium)" / "valkuilen[2]" / "tekst"
    assert str(pad) == "data/opgaven.yml → opgave 3 (open-podium) → valkuilen[2] → tekst"


def test_pad_is_onveranderlijk_bij_delen():
    basis = Pad("data/x.yml")
    _ = basis / "a"
    assert str(basis) == "data/x.yml"


def test_pad_fout():
    fout = (Pad("data/x.yml") / "a").fout("ontbreekt")
    assert isinstance(fout, DataFout)
    assert fout.meldingen == ("data/x.yml → a: ontbreekt",)
    assert str(fout) == "data/x.yml → a: ontbreekt"


def test_datafout_met_meerdere_meldingen():
    fout = DataFout(["eerste", "tweede"])
    assert str(fout) == "2 fouten in de data:\n  - eerste\n  - tweede"


def test_verzameling_verzamelt_en_gooit_alles_samen():
    verz = Verzameling()

    def kapot(tekst):
        raise Pad("data/x.yml").fout(tekst)

    assert verz.probeer(kapot, "een") is None
    assert verz.probeer(lambda: 42) == 42
    verz.meld(Pad("data/y.yml") / "b", "twee")
    with pytest.raises(DataFout) as fout:
        verz.stop_bij_fouten()
    assert fout.value.meldingen == ("data/x.yml: een", "data/y.yml → b: twee")


def test_verzameling_zonder_fouten_gooit_niet():
    Verzameling().stop_bij_fouten()


def test_verzameling_laat_andere_fouten_door():
    with pytest.raises(ZeroDivisionError):
        Verzameling().probeer(lambda: 1 / 0)
