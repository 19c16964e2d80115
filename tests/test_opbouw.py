"""Elke validatieregel van wijktool.opbouw: één test per regel, met kapotte
ruwe data. De fout is altijd een DataFout die bestand, item en veld noemt."""

from __future__ import annotations

import pytest

from hulp.fouten import noemt
from wijktool.model import opbouw
from wijktool.model.fouten import DataFout
from wijktool.model.handboek import Handboek


def bouw_kapot(ruwe) -> DataFout:
    """Bouw het handboek; het moet mislukken met een DataFout."""
    with pytest.raises(DataFout) as fout:
        opbouw.handboek(ruwe)
    return fout.value


def opgave(ruwe, nummer: int) -> dict:
    return ruwe["opgaven"]["opgaven"][nummer - 1]


def profiel(ruwe, positie: int) -> dict:
    return ruwe["profielen"]["profielen"][positie - 1]


def thema(ruwe, positie: int) -> dict:
    return ruwe["volwassenheid"]["themas"][positie - 1]


def test_echte_data_is_geldig(ruwe):
    hb = opbouw.handboek(ruwe)
    assert isinstance(hb, Handboek)
    assert len(hb.items) == 97


def test_melding_heeft_het_gedocumenteerde_formaat(ruwe):
    """Het formaat uit de opdracht en uit de docstring van wijktool.fouten.Pad."""
    del opgave(ruwe, 3)["valkuilen"][1]["tekst"]
    fout = bouw_kapot(ruwe)
    assert "data/opgaven.yml → opgave 3 (open-podium) → valkuilen[2] → tekst: ontbreekt" in str(fout)


# --- vorm van een item: sleutels, types, tekst -------------------------------


@pytest.mark.parametrize(
    "bestand, kapot, delen",
    [
        ("opgaven", lambda r: opgave(r, 3)["valkuilen"][1].pop("tekst"), ("opgave 3 (open-podium)", "valkuilen[2]", "tekst")),
        ("opgaven", lambda r: opgave(r, 5).pop("omschrijving"), ("opgave 5 (samenwerking-met-mandaat)", "omschrijving")),
        ("waarden", lambda r: r["waarden"]["waarden"][3].pop("naam"), ("waarde 4", "naam")),
        ("schuiven", lambda r: r["schuiven"]["schuiven"][1].pop("vraag"), ("schuif 2 (proces-binnen-gemeente)", "vraag")),
        (
            "profielen",
            lambda r: profiel(r, 2)["standen"][0].pop("kenmerk"),
            ("profiel 2 (participatieve-gemeente)", "standen[1]", "kenmerk"),
        ),
        ("volwassenheid", lambda r: thema(r, 6)["cellen"][3].pop("tekst"), ("thema 6 (taal-en-gedrag)", "cellen[4]", "tekst")),
        ("bronnen", lambda r: r["bronnen"]["bronnen"][1].pop("citaat"), ("bron 2 (platform31-2020)", "citaat")),
    ],
    ids=["item", "opgave", "waarde", "schuif", "stand", "cel", "bron"],
)
def test_ontbrekende_sleutel(ruwe, bestand, kapot, delen):
    kapot(ruwe)
    noemt(bouw_kapot(ruwe), f"data/{bestand}.yml", *delen, melding="ontbreekt")


@pytest.mark.parametrize(
    "bestand, plek, delen",
    [
        ("opgaven", lambda r: opgave(r, 3)["valkuilen"][1], ("opgave 3 (open-podium)", "valkuilen[2]", "toelichting")),
        ("opgaven", lambda r: opgave(r, 1), ("opgave 1 (breed-bereik)", "toelichting")),
        ("profielen", lambda r: profiel(r, 5), ("profiel 5 (gekantelde-gemeente)", "toelichting")),
        ("volwassenheid", lambda r: r["volwassenheid"]["fases"][0], ("fase 1", "toelichting")),
    ],
    ids=["item", "opgave", "profiel", "fase"],
)
def test_onbekende_sleutel(ruwe, bestand, plek, delen):
    plek(ruwe)["toelichting"] = "mag niet"
    regel = noemt(bouw_kapot(ruwe), f"data/{bestand}.yml", *delen, melding="onbekende sleutel")
    assert "toegestaan:" in regel


@pytest.mark.parametrize(
    "bestand, kapot, delen, melding",
    [
        (
            "opgaven",
            lambda r: opgave(r, 2)["kansen"][0].__setitem__("nr", "14"),
            ("opgave 2 (actief-faciliteren)", "kansen[1]", "nr"),
            "moet een geheel getal zijn, niet een tekst",
        ),
        (
            "opgaven",
            lambda r: opgave(r, 4).__setitem__("titel", ["Structuur", "methodiek"]),
            ("opgave 4 (structuur-en-methodiek)", "titel"),
            "moet een tekst zijn, niet een lijst",
        ),
        (
            "profielen",
            lambda r: profiel(r, 3)["standen"][2].__setitem__("stand", True),
            ("profiel 3 (organisatiegerichte-gemeente)", "standen[3]", "stand"),
            "moet een geheel getal zijn, niet ja/nee",
        ),
        (
            "profielen",
            lambda r: profiel(r, 1)["standen"][0].__setitem__("stand", 5.5),
            ("profiel 1 (ontwikkelende-gemeente)", "standen[1]", "stand"),
            "moet een geheel getal zijn, niet een kommagetal",
        ),
        (
            "opgaven",
            lambda r: opgave(r, 6).__setitem__("kansen", {"nr": 62}),
            ("opgave 6 (ruimte-vrij-maken)", "kansen"),
            "moet een lijst zijn, niet een tabel",
        ),
        (
            "volwassenheid",
            lambda r: r["volwassenheid"]["themas"].__setitem__(2, "opdrachtgeverschap"),
            ("thema 3",),
            "moet een tabel (sleutel: waarde) zijn, niet een tekst",
        ),
    ],
    ids=["nr-als-tekst", "titel-als-lijst", "stand-als-bool", "stand-als-kommagetal", "kansen-als-tabel", "thema-als-tekst"],
)
def test_verkeerd_type(ruwe, bestand, kapot, delen, melding):
    kapot(ruwe)
    noemt(bouw_kapot(ruwe), f"data/{bestand}.yml", *delen, melding=melding)


@pytest.mark.parametrize("leeg", ["", "   ", "\n"])
def test_lege_tekst(ruwe, leeg):
    opgave(ruwe, 8)["kansen"][2]["tekst"] = leeg
    noemt(bouw_kapot(ruwe), "data/opgaven.yml", "opgave 8 (dienstverlening)", "kansen[3]", "tekst", melding="is leeg")


def test_ongeldige_slug(ruwe):
    opgave(ruwe, 3)["slug"] = "Open Podium"
    noemt(bouw_kapot(ruwe), "data/opgaven.yml", "opgave 3 (Open Podium)", "slug", melding="geen geldige slug")


# --- itemnummers -------------------------------------------------------------


def test_dubbel_itemnummer(ruwe):
    opgave(ruwe, 2)["valkuilen"][0]["nr"] = 19  # item 20 krijgt het nummer van item 19
    fout = bouw_kapot(ruwe)
    regel = noemt(fout, "data/opgaven.yml", "opgave 2 (actief-faciliteren)", "valkuilen[1]", "nr", melding="'19' komt twee keer voor")
    assert "kansen[6]" in regel  # en waar het eerste exemplaar staat


def test_ontbrekend_itemnummer(ruwe):
    del opgave(ruwe, 5)["kansen"][1]  # item 50
    fout = bouw_kapot(ruwe)
    regel = noemt(fout, "data/opgaven.yml", "opgaven", melding="ontbreken")
    assert "itemnummer(s) 50 ontbreken" in regel


def test_itemnummer_boven_97(ruwe):
    opgave(ruwe, 10)["kansen"].append({"nr": 98, "tekst": "Een item te veel"})
    fout = bouw_kapot(ruwe)
    assert "data/opgaven.yml → opgave 10 (rugdekking) → kansen[4] → nr: 98 ligt buiten 1–97" in str(fout)
    # De melding moet zeggen wáár het nummer staat: opgave, item en veld.
    noemt(fout, "data/opgaven.yml", "opgave 10 (rugdekking)", "kansen[4]", "nr", melding="98")


@pytest.mark.parametrize("nr", [0, -3])
def test_itemnummer_onder_1(ruwe, nr):
    opgave(ruwe, 1)["kansen"][0]["nr"] = nr
    noemt(bouw_kapot(ruwe), "data/opgaven.yml", "opgave 1 (breed-bereik)", "kansen[1]", "nr", melding=f"{nr} ligt buiten")


# --- uniek: slugs en nummers ---------------------------------------------------


@pytest.mark.parametrize(
    "bestand, soort, positie, eerste",
    [("opgaven", "opgave", 4, 3), ("profielen", "profiel", 2, 1)],
    ids=["opgave", "profiel"],
)
def test_dubbele_slug(ruwe, bestand, soort, positie, eerste):
    """Het ding op `positie` krijgt de slug van het ding op `eerste`."""
    rij = ruwe[bestand][bestand]
    dubbel = rij[eerste - 1]["slug"]
    rij[positie - 1]["slug"] = dubbel
    fout = bouw_kapot(ruwe)
    regel = noemt(fout, f"data/{bestand}.yml", f"{soort} {positie} ({dubbel})", "slug", melding=f"'{dubbel}' komt twee keer voor")
    assert f"{soort} {eerste} ({dubbel})" in regel  # verwijst naar het eerste exemplaar


def test_dubbel_opgavenummer(ruwe):
    opgave(ruwe, 4)["nummer"] = 3
    noemt(bouw_kapot(ruwe), "data/opgaven.yml", "opgave 3 (structuur-en-methodiek)", "nummer", melding="'3' komt twee keer voor")


# --- profielen -----------------------------------------------------------------


@pytest.mark.parametrize("stand", [11, -1])
def test_stand_buiten_0_tot_10(ruwe, stand):
    profiel(ruwe, 4)["standen"][3]["stand"] = stand
    noemt(
        bouw_kapot(ruwe),
        "data/profielen.yml",
        "profiel 4 (toenaderingsgerichte-gemeente)",
        "standen[4]",
        "stand",
        melding=f"{stand} ligt buiten 0–10",
    )


def test_profiel_mist_een_schuif(ruwe):
    del profiel(ruwe, 1)["standen"][4]  # communicatie
    noemt(
        bouw_kapot(ruwe),
        "data/profielen.yml",
        "profiel 1 (ontwikkelende-gemeente)",
        "standen",
        melding="de stand voor schuif 'communicatie' ontbreekt",
    )


def test_profiel_noemt_onbekende_schuif(ruwe):
    profiel(ruwe, 2)["standen"][0]["schuif"] = "budget"
    noemt(
        bouw_kapot(ruwe),
        "data/profielen.yml",
        "profiel 2 (participatieve-gemeente)",
        "standen[1]",
        "schuif",
        melding="onbekende schuif 'budget'",
    )


def test_schuif_twee_keer_in_een_profiel(ruwe):
    profiel(ruwe, 3)["standen"][1]["schuif"] = "positionering-intern"
    noemt(
        bouw_kapot(ruwe),
        "data/profielen.yml",
        "profiel 3 (organisatiegerichte-gemeente)",
        "standen[2]",
        "schuif",
        melding="schuif 'positionering-intern' staat twee keer in dit profiel",
    )


# --- volwassenheidsmodel: 6 × 4 ------------------------------------------------


def _thema_met_drie_cellen(r):
    del thema(r, 2)["cellen"][3]


def _vijf_themas(r):
    del r["volwassenheid"]["themas"][5]


def _fase_ontbreekt(r):
    del r["volwassenheid"]["fases"][3]


def _cel_voor_fase_ontbreekt(r):
    del thema(r, 4)["cellen"][2]


@pytest.mark.parametrize(
    "kapot, delen, melding",
    [
        (_thema_met_drie_cellen, ("thema 2 (lokale-teams)", "cellen"), "cellen voor fase 1, 2, 3 "),
        (_vijf_themas, ("themas",), "5 thema's gevonden"),
        (_fase_ontbreekt, ("fases",), "fases 1, 2, 3"),
        (_cel_voor_fase_ontbreekt, ("thema 4 (samenwerking-in-de-wijk)", "cellen"), "cellen voor fase 1, 2, 4 "),
    ],
    ids=["thema-met-3-cellen", "5-themas", "fase-ontbreekt", "cel-ontbreekt"],
)
def test_raster_niet_6_bij_4(ruwe, kapot, delen, melding):
    kapot(ruwe)
    regel = noemt(bouw_kapot(ruwe), "data/volwassenheid.yml", *delen, melding=melding)
    assert "6 thema's × 4 fases" in regel


# --- bronnen ----------------------------------------------------------------------


@pytest.mark.parametrize("bestand", ["opgaven", "waarden", "schuiven", "profielen", "volwassenheid"])
def test_onbekende_bron_in_kop_van_bestand(ruwe, bestand):
    ruwe[bestand]["bron"] = "wikipedia"
    regel = noemt(bouw_kapot(ruwe), f"data/{bestand}.yml", "bron", melding="onbekende bron 'wikipedia'")
    assert "vng-2009" in regel  # noemt de bekende bronnen


# --- bestanden en meerdere fouten ---------------------------------------------------


def test_ontbrekend_onderwerp(ruwe):
    del ruwe["waarden"]
    fout = bouw_kapot(ruwe)
    assert fout.meldingen == ("data/waarden.yml: bestand ontbreekt",)


def test_meerdere_fouten_in_een_datafout(ruwe):
    del opgave(ruwe, 3)["valkuilen"][1]["tekst"]
    opgave(ruwe, 7)["kansen"][0]["tekst"] = " "
    profiel(ruwe, 5)["standen"][0]["stand"] = 12
    fout = bouw_kapot(ruwe)
    noemt(fout, "data/opgaven.yml", "opgave 3 (open-podium)", "valkuilen[2]", "tekst", melding="ontbreekt")
    noemt(fout, "data/opgaven.yml", "opgave 7 (ruimte-voor-professionals)", "kansen[1]", "tekst", melding="is leeg")
    noemt(fout, "data/profielen.yml", "profiel 5 (gekantelde-gemeente)", "standen[1]", "stand", melding="12 ligt buiten 0–10")
    assert str(fout).startswith(f"{len(fout.meldingen)} fouten in de data:")


@pytest.mark.parametrize(
    "bestand, kapot",
    [
        ("opgaven", lambda r: opgave(r, 3)["valkuilen"][1].pop("tekst")),
        ("waarden", lambda r: r["waarden"]["waarden"][0].pop("naam")),
        ("schuiven", lambda r: r["schuiven"]["schuiven"][4].pop("hoog")),
        ("profielen", lambda r: profiel(r, 1)["standen"][0].__setitem__("stand", 11)),
    ],
    ids=["opgaven", "waarden", "schuiven", "profielen"],
)
def test_een_fout_geeft_een_melding(ruwe, bestand, kapot):
    """Eén kapot item: één melding. Het bestand heeft nog steeds het juiste
    aantal items, dus een melding 'verwacht 10 …, gevonden 9' is onjuist
    (opbouw doet dit bij ontbrekende itemnummers wél goed)."""
    kapot(ruwe)
    fout = bouw_kapot(ruwe)
    assert len(fout.meldingen) == 1, fout.meldingen


@pytest.mark.parametrize(
    "bestand, lijst, aantal",
    [("opgaven", "opgaven", 10), ("waarden", "waarden", 10), ("schuiven", "schuiven", 5), ("profielen", "profielen", 5)],
)
def test_verkeerd_aantal(ruwe, bestand, lijst, aantal):
    del ruwe[bestand][lijst][-1]
    if bestand == "opgaven":  # de items van opgave 10 niet ook laten ontbreken
        opgave(ruwe, 9)["valkuilen"] += [
            {"nr": 94, "tekst": "x"},
            {"nr": 95, "tekst": "x"},
            {"nr": 96, "tekst": "x"},
            {"nr": 97, "tekst": "x"},
        ]
    if bestand == "schuiven":  # de profielen noemen de laatste schuif nog
        for p in ruwe["profielen"]["profielen"]:
            p["standen"] = p["standen"][:-1]
    noemt(bouw_kapot(ruwe), f"data/{bestand}.yml", lijst, melding=f"verwacht {aantal} {lijst}, gevonden {aantal - 1}")


# --- data/scans.yml ----------------------------------------------------------


def _schuifoefening(ruwe):
    return ruwe["scans"]["schuifoefening"]


@pytest.mark.parametrize(
    "maak_kapot, delen, melding",
    [
        (lambda r: _schuifoefening(r)["woorden"].pop(), ("schuifoefening", "woorden"), "verwacht 11 woorden"),
        (lambda r: _schuifoefening(r)["niveaus"][1].update(van=5), ("schuifoefening", "niveaus"), "precies één keer dekken"),
        (lambda r: _schuifoefening(r)["niveaus"][0].update(van=4, tot=2), ("schuifoefening", "niveau 1"), "van (4) ligt boven tot (2)"),
        (
            lambda r: _schuifoefening(r)["waarnemingen"][0]["als"][0].update(vanaf=9),
            ("waarneming 1 (alles-midden)", "als[1]"),
            "precies één eis",
        ),
        (lambda r: _schuifoefening(r)["waarnemingen"][3]["als"][0].update(niveau="heel-hoog"), ("als[1]", "niveau"), "geen geldige keuze"),
        (
            lambda r: _schuifoefening(r)["waarnemingen"][1].update(tekst="Bij {aantl} schuiven"),
            ("waarneming 2 (veel-midden)", "tekst"),
            "onbekende plaatshouder",
        ),
        (lambda r: _schuifoefening(r)["waarnemingen"][2]["als"][0].update(minstens=6), ("als[1]", "minstens"), "6 ligt buiten 0–5"),
        (
            lambda r: _schuifoefening(r)["waarnemingen"][4].update(code="alles-midden"),
            ("waarneming 5 (alles-midden)", "code"),
            "komt twee keer voor",
        ),
        (lambda r: _schuifoefening(r).update(gat=0), ("schuifoefening", "gat"), "0 ligt buiten 1–10"),
        (
            lambda r: r["scans"]["afvinklijst"]["oordelen"][3].update(vanaf=-1),
            ("afvinklijst", "oordelen"),
            "het laatste oordeel heeft geen grens",
        ),
        (lambda r: r["scans"]["afvinklijst"]["oordelen"][0].update(boven=0.2), ("afvinklijst", "oordeel 1"), "niet allebei"),
    ],
)
def test_scanregels_worden_gecontroleerd_met_hun_pad(ruwe, maak_kapot, delen, melding):
    maak_kapot(ruwe)
    noemt(bouw_kapot(ruwe), "data/scans.yml", *delen, melding=melding)


def test_oordelen_van_de_afvinklijst_komen_uit_de_data(handboek):
    assert [handboek.regels.oordeel(s) for s in (1, 0.5, 0.1, 0, -0.5)] == [
        "veel aandacht nodig",
        "veel aandacht nodig",
        "aandacht nodig",
        "in evenwicht",
        "gaat goed",
    ]


def test_onbekend_voorbehoud_bij_een_getal(ruwe):
    """Het voorbehoud van de bron ("ruim", "circa") komt uit een vaste lijst, zodat de tabel het goed toont."""
    ruwe["gemeenten"]["gemeenten"][1]["inwoners_kwalificatie"] = "heel veel"
    regel = noemt(bouw_kapot(ruwe), "data/gemeenten.yml", "inwoners_kwalificatie", melding="'heel veel' is geen geldige keuze")
    assert "ruim" in regel and "een kleine" in regel


def test_voorbehoud_komt_in_het_model(handboek):
    assert handboek.gemeente("nijmegen").inwoners_kwalificatie == "bijna"
    assert handboek.gemeente("ede").wijkbudget_kwalificatie == "een kleine"
    assert handboek.gemeente("tiel").wijkbudget_per_inwoner is None and "22" in handboek.gemeente("tiel").wijkbudget_opmerking
