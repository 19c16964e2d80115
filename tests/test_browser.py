"""wijktool.browser: de algemene verdeler die de worker in Pyodide aanroept.
Elke scan uit het register gaat door dezelfde acties."""

from __future__ import annotations

import json

import pytest

from hulp.slugs import SCHUIVEN
from wijktool import browser
from wijktool.laden import lees_ruw
from wijktool.scans import REGISTER


@pytest.fixture(scope="module", autouse=True)
def gestart(datamap):
    antwoord = json.loads(browser.start(json.dumps(lees_ruw(datamap))))
    assert antwoord["scans"] == ["schuifoefening", "volwassenheidsscan", "afvinklijst", "samen"]


def verwerk(**verzoek) -> dict:
    return json.loads(browser.verwerk(json.dumps(verzoek)))


def midden():
    return {s: 5 for s in SCHUIVEN}


# Per scan een geldige invoer die niet het begin is.
INVOER = {
    "schuifoefening": {"huidig": midden(), "ambitie": {**midden(), "communicatie": 9}},
    "volwassenheidsscan": {
        "visie-en-inspiratie": 3,
        "lokale-teams": 2,
        "opdrachtgeverschap": 1,
        "samenwerking-in-de-wijk": 4,
        "gemeentelijke-organisatie": 2,
        "taal-en-gedrag": 1,
    },
    "afvinklijst": [1, 26, 97],
    "samen": {
        "paneel": "ambitie",
        "deelnemers": [
            {"naam": "Wijkambtenaar", "link": "#huidig=2,8,1,9,4&ambitie=5,5,5,5,5"},
            {"naam": "", "link": "#huidig=5,5,5,5,5&ambitie=7,7,7,7,7"},
        ],
    },
}


def test_elke_scan_in_het_register_heeft_een_voorbeeldinvoer(handboek):
    assert set(INVOER) == set(REGISTER)
    for naam, scan in REGISTER.items():
        scan.lees(handboek, INVOER[naam])  # geldig
        assert scan.lees(handboek, scan.begin(handboek)) == scan.begin(handboek)


def test_reken_geeft_uitkomst_en_html_per_plek_met_links_vanaf_de_basis():
    antwoord = verwerk(actie="reken", scan="schuifoefening", invoer=INVOER["schuifoefening"], basis="../")
    merken = {f"merk-{p}-{s}" for p in ("huidig", "ambitie") for s in SCHUIVEN} | {"legenda-huidig", "legenda-ambitie"}
    assert (
        set(antwoord["html"])
        == {"beste-huidig", "beste-ambitie", "ranking-huidig", "ranking-ambitie", "waarnemingen-huidig", "waarnemingen-ambitie", "gaten"}
        | merken
    )
    assert antwoord["uitkomst"]["gaten"][0]["schuif"] == "communicatie"
    assert 'href="../opgaven/' in antwoord["html"]["gaten"]
    dieper = verwerk(actie="reken", scan="schuifoefening", invoer=INVOER["schuifoefening"], basis="../../")
    assert 'href="../../opgaven/' in dieper["html"]["gaten"]


@pytest.mark.parametrize("naam", list(INVOER))
def test_export_en_terug_lezen_geeft_dezelfde_invoer_voor_elke_scan(naam):
    tekst = verwerk(actie="exporteer", scan=naam, invoer=INVOER[naam], datum="2026-12-02")["tekst"]
    bestand = json.loads(tekst)
    assert (bestand["formaat"], bestand["versie"], bestand["datum"]) == (f"wijktool-{naam}", REGISTER[naam].versie, "2026-12-02")
    gelezen = verwerk(actie="lees-bestand", scan=naam, tekst=tekst)
    assert gelezen["invoer"] == INVOER[naam]
    assert gelezen["datum"] == "2026-12-02"


@pytest.mark.parametrize(
    "scan, invoer",
    [
        ("schuifoefening", {"huidig": {**midden(), "communicatie": 12}, "ambitie": midden()}),
        ("schuifoefening", {"huidig": {**midden(), "onzin": 1}, "ambitie": midden()}),
        ("schuifoefening", "geen tabel"),
        ("volwassenheidsscan", {"lokale-teams": 9}),
        ("afvinklijst", [0, 98]),
        ("afvinklijst", {"1": True}),
    ],
)
def test_foute_invoer_geeft_een_nederlandse_melding_geen_crash(scan, invoer):
    antwoord = verwerk(actie="reken", scan=scan, invoer=invoer, basis="")
    assert set(antwoord) == {"fout"} and antwoord["fout"]
    for engels in ("list", "dict", "str", "Traceback", "KeyError"):
        assert engels not in antwoord["fout"]


@pytest.mark.parametrize(
    "verzoek, melding",
    [
        ({"actie": "wissen", "scan": "schuifoefening"}, "onbekend verzoek"),
        ({"actie": "reken", "scan": "zelfscan", "invoer": {}}, "onbekende scan"),
        ({"actie": "reken", "scan": "afvinklijst", "invoer": [], "basis": "https://elders.example/"}, "ongeldige weg"),
        ({"actie": "exporteer", "scan": "afvinklijst", "invoer": []}, "datum"),
    ],
)
def test_verkeerde_verzoeken_geven_een_melding(verzoek, melding):
    assert melding in verwerk(**verzoek)["fout"]


def test_een_verzoek_dat_geen_json_is_geeft_een_melding():
    assert "geen geldige JSON" in json.loads(browser.verwerk("{kapot"))["fout"]


@pytest.mark.parametrize(
    "tekst, melding",
    [
        ("{niet json", "geen geldige JSON"),
        (json.dumps({"formaat": "iets-anders"}), "geen export van de schuifoefening"),
        (json.dumps([1, 2]), "geen export"),
        (json.dumps({"formaat": "wijktool-schuifoefening", "versie": 1, "invoer": {}}), "leest alleen versie 2"),
        (json.dumps({"formaat": "wijktool-schuifoefening", "versie": 2}), "ontbreken de standen"),
        (json.dumps({"formaat": "wijktool-schuifoefening", "versie": 2, "datum": 5, "invoer": {}}), "datum"),
        (
            json.dumps({"formaat": "wijktool-schuifoefening", "versie": 2, "invoer": {"huidig": {"communicatie": 99}, "ambitie": {}}}),
            "ongeldige standen",
        ),
        (json.dumps({"formaat": "wijktool-volwassenheidsscan", "versie": 2, "invoer": {}}), "geen export van de schuifoefening"),
    ],
)
def test_lees_bestand_weigert_foute_bestanden_met_een_duidelijke_melding(tekst, melding):
    assert melding in verwerk(actie="lees-bestand", scan="schuifoefening", tekst=tekst)["fout"]


def test_lees_bestand_met_nu_geeft_een_vergelijking_bij_de_schuifoefening():
    tekst = verwerk(actie="exporteer", scan="schuifoefening", invoer={"huidig": midden(), "ambitie": midden()}, datum="2025-11-01")["tekst"]
    nu = {"huidig": {**midden(), "communicatie": 7}, "ambitie": midden()}
    antwoord = verwerk(actie="lees-bestand", scan="schuifoefening", tekst=tekst, nu=nu)
    assert 'data-testid="vergelijking"' in antwoord["vergelijking"]
    assert 'data-schuif="communicatie" data-verschil="2"' in antwoord["vergelijking"]


def test_scans_zonder_vergelijking_geven_alleen_de_invoer_terug():
    tekst = verwerk(actie="exporteer", scan="afvinklijst", invoer=[3], datum="2025-11-01")["tekst"]
    assert "vergelijking" not in verwerk(actie="lees-bestand", scan="afvinklijst", tekst=tekst, nu=[])


def test_een_fout_in_het_programma_geeft_een_nederlandse_melding_en_detail_apart(monkeypatch):
    def kapot(scan, verzoek):
        raise KeyError("huidig")

    monkeypatch.setitem(browser.ACTIES, "reken", kapot)
    antwoord = verwerk(actie="reken", scan="schuifoefening", invoer={})
    assert antwoord["fout"] == browser.PROGRAMMAFOUT
    assert "KeyError" in antwoord["detail"]


@pytest.mark.parametrize(
    "tekst, melding",
    [
        ("[" * 3000 + "]" * 3000, "te diep genest"),
        ('{"formaat": "wijktool-afvinklijst", "formaat": "x"}', "staat twee keer"),
        (json.dumps({"formaat": "wijktool-afvinklijst", "versie": 2, "datum": "x" * 600, "invoer": []}), "tekst in van 600 tekens"),
        (
            json.dumps({"formaat": "wijktool-afvinklijst", "versie": 2, "invoer": {str(i): i for i in range(600)}}),
            "sleutels in; hooguit 500",
        ),
        (" " * 200_001, "te groot"),
        (json.dumps({"formaat": "wijktool-afvinklijst", "versie": 2, "datum": {"a": 1}, "invoer": []}), "geen datum als"),
        (json.dumps({"formaat": "wijktool-afvinklijst", "versie": True, "invoer": []}), "leest alleen versie 2"),
    ],
    ids=["diep", "dubbele-sleutel", "lange-tekst", "veel-sleutels", "groot", "datum-tabel", "versie-ja"],
)
def test_grenzen_aan_een_bestand_voordat_python_het_ontleedt(tekst, melding):
    assert melding in verwerk(actie="lees-bestand", scan="afvinklijst", tekst=tekst)["fout"]


def test_lange_meldingen_worden_ingekort():
    invoer = {"huidig": {**midden(), **{f"onbekend-{i}": 1 for i in range(300)}}, "ambitie": midden()}
    fout = verwerk(actie="reken", scan="schuifoefening", invoer=invoer, basis="")["fout"]
    assert "en 295 andere" in fout and len(fout) < 300
    lang = verwerk(
        actie="reken", scan="schuifoefening", invoer={"huidig": {**midden(), "communicatie": "x" * 5000}, "ambitie": midden()}, basis=""
    )["fout"]
    assert len(lang) < 200
