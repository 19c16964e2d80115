"""wijktool.browser: de JSON-ingang die de worker in Pyodide aanroept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wijktool import browser, scan
from wijktool.laden import lees_ruw

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module", autouse=True)
def gestart():
    antwoord = json.loads(browser.start(json.dumps(lees_ruw(DATA))))
    assert antwoord["schuiven"][0] == "positionering-intern"


def midden():
    return {s: 5 for s in ("positionering-intern", "proces-binnen-gemeente", "proces-met-bewoners", "bestuur-en-politiek", "communicatie")}


def test_bereken_geeft_uitkomst_en_html_per_plek():
    antwoord = json.loads(browser.bereken(json.dumps({"huidig": midden(), "ambitie": {**midden(), "communicatie": 9}})))
    assert set(antwoord["html"]) == {
        "beste-huidig",
        "beste-ambitie",
        "ranking-huidig",
        "ranking-ambitie",
        "waarnemingen-huidig",
        "waarnemingen-ambitie",
        "gaten",
    }
    assert antwoord["uitkomst"]["gaten"][0]["schuif"] == "communicatie"
    assert 'data-testid="beste-profiel"' in antwoord["html"]["beste-huidig"]


@pytest.mark.parametrize("paneel", [{"communicatie": 12}, {"onzin": 1}, "geen dict"])
def test_bereken_met_foute_standen_geeft_een_fout_geen_crash(paneel):
    huidig = {**midden(), **paneel} if isinstance(paneel, dict) else paneel
    antwoord = json.loads(browser.bereken(json.dumps({"huidig": huidig, "ambitie": midden()})))
    assert "fout" in antwoord and antwoord["fout"]


def test_lees_bestand_leest_een_export_terug():
    tekst = browser.exporteer(json.dumps({"huidig": {**midden(), "communicatie": 2}, "ambitie": midden(), "datum": "2025-11-01"}))
    gelezen = json.loads(browser.lees_bestand(tekst))
    assert gelezen["panelen"]["huidig"]["communicatie"] == 2
    assert gelezen["datum"] == "2025-11-01"


@pytest.mark.parametrize(
    "tekst, melding",
    [
        ("{niet json", "geen geldige JSON"),
        (json.dumps({"formaat": "iets-anders"}), "geen export"),
        (json.dumps([1, 2]), "geen export"),
        (json.dumps({"formaat": scan.BESTANDSFORMAAT, "huidig": {"communicatie": 99}, "ambitie": {}}), "ongeldige standen"),
        (json.dumps({"formaat": scan.BESTANDSFORMAAT, "huidig": midden()}), "ongeldige standen"),
    ],
)
def test_lees_bestand_weigert_foute_bestanden_met_een_duidelijke_melding(tekst, melding):
    assert melding in json.loads(browser.lees_bestand(tekst))["fout"]


def test_vergelijk_geeft_tabel_met_verschillen():
    antwoord = json.loads(
        browser.vergelijk(
            json.dumps(
                {
                    "bestand": {"huidig": midden(), "ambitie": midden()},
                    "nu": {"huidig": {**midden(), "communicatie": 7}, "ambitie": midden()},
                    "datum": "2025-11-01",
                }
            )
        )
    )
    assert 'data-testid="vergelijking"' in antwoord["html"]
    assert 'data-schuif="communicatie" data-verschil="2"' in antwoord["html"]
