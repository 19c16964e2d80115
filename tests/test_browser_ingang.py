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


def test_volwassenheid_geeft_uitkomst_en_html_per_plek(handboek):
    keuzes = {t.slug: 2 for t in handboek.themas}
    antwoord = json.loads(browser.volwassenheid(json.dumps({"keuzes": keuzes})))
    assert set(antwoord["html"]) == {"vs-totaal", "vs-aandacht", "vs-themas"}
    assert antwoord["uitkomst"]["totaal"]["fase"] == 2
    fout = json.loads(browser.volwassenheid(json.dumps({"keuzes": {**keuzes, handboek.themas[0].slug: 9}})))
    assert fout["fout"]


def test_balans_geeft_uitkomst_en_html_per_plek():
    antwoord = json.loads(browser.balans(json.dumps({"vinkjes": [1, 3]})))
    assert set(antwoord["html"]) == {"balans-tabel", "balans-diagram", "balans-aantal"}
    assert antwoord["uitkomst"]["aangevinkt"] == 2
    assert json.loads(browser.balans(json.dumps({"vinkjes": [500]})))["fout"]


@pytest.mark.parametrize("soort, inhoud", [("volwassenheid", None), ("checklist", [5, 2])])
def test_exporteer_en_lees_inhoud_heen_en_terug(handboek, soort, inhoud):
    if inhoud is None:
        inhoud = {t.slug: 3 for t in handboek.themas}
    tekst = browser.exporteer_inhoud(json.dumps({"soort": soort, "inhoud": inhoud, "datum": "2025-11-01"}))
    assert json.loads(tekst)["formaat"] == browser.FORMATEN[soort][0]
    gelezen = json.loads(browser.lees_inhoud(json.dumps({"soort": soort, "tekst": tekst})))
    assert gelezen == {"inhoud": sorted(inhoud) if soort == "checklist" else inhoud, "datum": "2025-11-01"}


@pytest.mark.parametrize(
    "soort, tekst, melding",
    [
        ("checklist", "{niet json", "geen geldige JSON"),
        ("checklist", json.dumps({"formaat": "wijktool-volwassenheid", "keuzes": {}}), "geen export van deze scan"),
        ("checklist", json.dumps([1]), "geen export van deze scan"),
        ("checklist", json.dumps({"formaat": "wijktool-checklist", "vinkjes": [500]}), "ongeldige inhoud"),
        ("checklist", json.dumps({"formaat": "wijktool-checklist"}), "ongeldige inhoud"),
        ("volwassenheid", json.dumps({"formaat": "wijktool-volwassenheid", "keuzes": {"onbekend": 2}}), "ongeldige inhoud"),
    ],
)
def test_lees_inhoud_weigert_foute_bestanden(soort, tekst, melding):
    assert melding in json.loads(browser.lees_inhoud(json.dumps({"soort": soort, "tekst": tekst})))["fout"]
