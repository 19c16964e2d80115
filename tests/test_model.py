"""wijktool.model: opzoeken, volgorde, onveranderlijkheid, alleen stdlib."""

from __future__ import annotations

import ast
import dataclasses
import sys
from pathlib import Path

import pytest

import wijktool
from wijktool.model import Onbekend

WIJKTOOL = Path(wijktool.__file__).parent


def test_opgave_opzoeken(handboek):
    opgave = handboek.opgave("open-podium")
    assert (opgave.nummer, opgave.titel) == (3, "Open podium")


def test_profiel_opzoeken(handboek):
    profiel = handboek.profiel("participatieve-gemeente")
    assert profiel.naam == "De participatieve gemeente"
    assert profiel.stand("proces-met-bewoners") == 9


def test_schuif_opzoeken(handboek):
    assert handboek.schuif("communicatie").naam == "Communicatie"


def test_thema_en_cel_opzoeken(handboek):
    thema = handboek.thema("lokale-teams")
    assert thema.naam == "Lokale teams"
    assert thema.cel(1).tekst == "Lokale teams zijn onvoldoende aangesloten en gepositioneerd in de wijk"


def test_fase_opzoeken(handboek):
    assert handboek.fase(2).naam == "Samen op weg"


@pytest.mark.parametrize("nr, opgave, soort", [(1, "breed-bereik", "kans"), (35, "open-podium", "valkuil"), (97, "rugdekking", "valkuil")])
def test_item_opzoeken(handboek, nr, opgave, soort):
    item = handboek.item(nr)
    assert (item.nr, item.opgave, item.soort) == (nr, opgave, soort)


@pytest.mark.parametrize(
    "onderwerp, bron",
    [
        ("opgaven", "vng-2009"),
        ("waarden", "vng-2009"),
        ("schuiven", "platform31-2020"),
        ("profielen", "platform31-2020"),
        ("volwassenheid", "ozj-wijkgericht-werken"),
    ],
)
def test_bron_van(handboek, onderwerp, bron):
    assert handboek.bron_van(onderwerp).slug == bron


@pytest.mark.parametrize(
    "opzoeken, sleutel",
    [
        (lambda hb: hb.opgave("bestaat-niet"), "bestaat-niet"),
        (lambda hb: hb.profiel("bestaat-niet"), "bestaat-niet"),
        (lambda hb: hb.schuif("bestaat-niet"), "bestaat-niet"),
        (lambda hb: hb.thema("bestaat-niet"), "bestaat-niet"),
        (lambda hb: hb.bron("bestaat-niet"), "bestaat-niet"),
        (lambda hb: hb.bron_van("bestaat-niet"), "bestaat-niet"),
        (lambda hb: hb.fase(5), "5"),
        (lambda hb: hb.item(98), "98"),
        (lambda hb: hb.profiel("gekantelde-gemeente").stand("bestaat-niet"), "bestaat-niet"),
        (lambda hb: hb.thema("taal-en-gedrag").cel(5), "5"),
    ],
    ids=["opgave", "profiel", "schuif", "thema", "bron", "bron_van", "fase", "item", "stand", "cel"],
)
def test_onbekend_noemt_de_sleutel(handboek, opzoeken, sleutel):
    with pytest.raises(Onbekend) as fout:
        opzoeken(handboek)
    assert isinstance(fout.value, LookupError)
    assert sleutel in str(fout.value)


def test_onbekende_opgave_noemt_de_bekende(handboek):
    with pytest.raises(Onbekend) as fout:
        handboek.opgave("podium")
    assert str(fout.value).startswith("onbekende opgave 'podium'; bekend zijn: breed-bereik, actief-faciliteren")


def test_opgave_items_gesorteerd(handboek):
    for opgave in handboek.opgaven:
        nummers = [i.nr for i in opgave.items]
        assert nummers == sorted(nummers)
        assert set(opgave.items) == set(opgave.kansen + opgave.valkuilen)


def test_opgave_items_gesorteerd_ook_als_de_data_door_elkaar_staat(ruwe):
    from wijktool.model import opbouw

    ruwe["opgaven"]["opgaven"][0]["kansen"].reverse()
    opgave = opbouw.handboek(ruwe).opgave("breed-bereik")
    assert [i.nr for i in opgave.kansen] == [7, 6, 5, 4, 3, 2, 1]  # zoals in de data
    assert [i.nr for i in opgave.items] == list(range(1, 14))


def test_handboek_items_1_tot_97(handboek):
    assert [i.nr for i in handboek.items] == list(range(1, 98))


def _voorbeelden(hb):
    opgave = hb.opgave("open-podium")
    profiel = hb.profiel("participatieve-gemeente")
    thema = hb.thema("lokale-teams")
    return {
        "Handboek": (hb, "opgaven", ()),
        "Bron": (hb.bronnen[0], "slug", "x"),
        "Opgave": (opgave, "titel", "x"),
        "Item": (opgave.kansen[0], "tekst", "x"),
        "Waarde": (hb.waarden[0], "naam", "x"),
        "Schuif": (hb.schuiven[0], "naam", "x"),
        "Profiel": (profiel, "standen", ()),
        "Stand": (profiel.standen[0], "stand", 10),
        "Fase": (hb.fases[0], "naam", "x"),
        "Thema": (thema, "naam", "x"),
        "Cel": (thema.cellen[0], "tekst", "x"),
    }


@pytest.mark.parametrize("soort", ["Handboek", "Bron", "Opgave", "Item", "Waarde", "Schuif", "Profiel", "Stand", "Fase", "Thema", "Cel"])
def test_dataclasses_zijn_onveranderlijk(handboek, soort):
    ding, veld, nieuw = _voorbeelden(handboek)[soort]
    assert type(ding).__name__ == soort
    oud = getattr(ding, veld)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(ding, veld, nieuw)
    assert getattr(ding, veld) == oud


def test_verzamelingen_in_het_model_zijn_tuples(handboek):
    """Niet alleen de velden, ook de rijen zijn onveranderlijk."""
    assert isinstance(handboek.opgaven, tuple)
    assert isinstance(handboek.opgave("profiel").kansen, tuple)
    assert isinstance(handboek.profiel("gekantelde-gemeente").standen, tuple)
    assert isinstance(handboek.thema("lokale-teams").cellen, tuple)
    assert isinstance(handboek.bronnen[0].bestanden, tuple)


def _modules_geimporteerd(pad: Path) -> set[str]:
    """De topniveau-namen van alle imports; relatieve imports tellen als wijktool."""
    namen = set()
    for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
        if isinstance(knoop, ast.Import):
            namen |= {alias.name.split(".")[0] for alias in knoop.names}
        elif isinstance(knoop, ast.ImportFrom):
            namen.add("wijktool" if knoop.level else knoop.module.split(".")[0])
    return namen


# Alles behalve laden.py (dat leest YAML bij het bouwen) draait ook in de browser.
BROWSERMODULES = sorted(str(p.relative_to(WIJKTOOL)) for p in WIJKTOOL.rglob("*.py") if p.name != "laden.py")


def test_browsermodules_gevonden():
    verwacht = {"browser.py", "model/handboek.py", "model/opbouw.py", "scans/contract.py", "scans/schuifoefening.py", "weergave/html.py"}
    assert verwacht <= set(BROWSERMODULES)


@pytest.mark.parametrize("module", BROWSERMODULES)
def test_alleen_de_standaardbibliotheek(module):
    """Deze modules draaien ook in Pyodide (de zelfscan): geen PyYAML of andere
    pakketten."""
    namen = _modules_geimporteerd(WIJKTOOL / module)
    vreemd = {n for n in namen if n not in sys.stdlib_module_names and n != "wijktool"}
    assert not vreemd, f"{module} importeert {sorted(vreemd)}"


def test_de_importcontrole_ziet_pyyaml():
    """Controle op de test hierboven: laden.py gebruikt PyYAML en valt op."""
    assert "yaml" in _modules_geimporteerd(WIJKTOOL / "laden.py")
