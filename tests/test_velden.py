"""De kleine controles in wijktool.velden, rechtstreeks."""

from __future__ import annotations

import pytest

from wijktool.model import velden as v
from wijktool.model.fouten import DataFout, Pad

PAD = Pad("data/test.yml") / "ding 1"


def melding(functie, *args, **kwargs) -> str:
    with pytest.raises(DataFout) as fout:
        functie(*args, **kwargs)
    (regel,) = fout.value.meldingen
    return regel


@pytest.mark.parametrize(
    "waarde, naam",
    [
        ({}, "een tabel (sleutel: waarde)"),
        ([], "een lijst"),
        ("x", "een tekst"),
        (3, "een geheel getal"),
        (True, "ja/nee"),
        (1.5, "een kommagetal"),
        (None, "leeg"),
    ],
)
def test_typenaam(waarde, naam):
    assert v.typenaam(waarde) == naam


def test_tabel_met_precies_de_toegestane_sleutels():
    waarde = {"a": 1, "b": 2}
    assert v.tabel(waarde, PAD, ("a",), ("b",)) is waarde


def test_tabel_geen_tabel():
    assert melding(v.tabel, ["a"], PAD, ("a",)) == "data/test.yml → ding 1: moet een tabel (sleutel: waarde) zijn, niet een lijst"


def test_tabel_ontbrekende_sleutel():
    assert melding(v.tabel, {"a": 1}, PAD, ("a", "b")) == "data/test.yml → ding 1 → b: ontbreekt"


def test_tabel_onbekende_sleutel():
    regel = melding(v.tabel, {"a": 1, "c": 3}, PAD, ("a",), ("b",))
    assert regel == "data/test.yml → ding 1 → c: onbekende sleutel (toegestaan: a, b)"


def test_tekst_wordt_gestript():
    assert v.tekst({"t": "  hallo \n"}, "t", PAD) == "hallo"


@pytest.mark.parametrize(
    "waarde, wat",
    [("", "is leeg"), ("  \n", "is leeg"), (7, "moet een tekst zijn, niet een geheel getal"), (None, "moet een tekst zijn, niet leeg")],
)
def test_tekst_fout(waarde, wat):
    assert melding(v.tekst, {"t": waarde}, "t", PAD) == f"data/test.yml → ding 1 → t: {wat}"


def test_tekst_of_niets():
    assert v.tekst_of_niets({"t": None}, "t", PAD) is None
    assert v.tekst_of_niets({}, "t", PAD) is None
    assert v.tekst_of_niets({"t": "x"}, "t", PAD) == "x"


@pytest.mark.parametrize("waarde", [0, 5, 10])
def test_geheel_binnen_grenzen(waarde):
    assert v.geheel({"n": waarde}, "n", PAD, 0, 10) == waarde


@pytest.mark.parametrize(
    "waarde, wat",
    [
        (11, "11 ligt buiten 0–10"),
        (-1, "-1 ligt buiten 0–10"),
        (True, "moet een geheel getal zijn, niet ja/nee"),
        (False, "moet een geheel getal zijn, niet ja/nee"),
        ("5", "moet een geheel getal zijn, niet een tekst"),
        (5.0, "moet een geheel getal zijn, niet een kommagetal"),
    ],
)
def test_geheel_fout(waarde, wat):
    assert melding(v.geheel, {"n": waarde}, "n", PAD, 0, 10) == f"data/test.yml → ding 1 → n: {wat}"


def test_geheel_alleen_minimum():
    """Zonder maximum (zoals bij itemnummers) mag de melding geen 'None' tonen."""
    assert v.geheel({"n": 1000}, "n", PAD, 1) == 1000
    regel = melding(v.geheel, {"n": 0}, "n", PAD, 1)
    assert regel.startswith("data/test.yml → ding 1 → n: 0 ")
    assert "None" not in regel


def test_geheel_of_niets():
    assert v.geheel_of_niets({"n": None}, "n", PAD) is None
    assert v.geheel_of_niets({"n": 2009}, "n", PAD) == 2009


def test_lijst():
    assert v.lijst({"l": [1]}, "l", PAD) == [1]
    assert v.lijst({"l": []}, "l", PAD, leeg_mag=True) == []
    assert melding(v.lijst, {"l": []}, "l", PAD) == "data/test.yml → ding 1 → l: is een lege lijst"
    assert melding(v.lijst, {"l": "a"}, "l", PAD) == "data/test.yml → ding 1 → l: moet een lijst zijn, niet een tekst"


def test_teksten():
    assert v.teksten({"l": [" a ", "b"]}, "l", PAD) == ("a", "b")
    assert melding(v.teksten, {"l": ["a", " "]}, "l", PAD).startswith("data/test.yml → ding 1 → l[2]: moet een niet-lege tekst zijn")
    assert melding(v.teksten, {"l": ["a", 3]}, "l", PAD).startswith("data/test.yml → ding 1 → l[2]:")


@pytest.mark.parametrize("slug", ["open-podium", "a", "fase-4", "2009"])
def test_geldige_slug(slug):
    assert v.slug({"s": slug}, "s", PAD) == slug


@pytest.mark.parametrize("slug", ["Open-podium", "open podium", "open--podium", "-open", "open-", "open_podium", "één"])
def test_ongeldige_slug(slug):
    assert "geen geldige slug" in melding(v.slug, {"s": slug}, "s", PAD)
