"""wijktool.laden: YAML lezen (syntax, dubbele sleutels, ontbrekende
bestanden) en het hele handboek laden uit een kapotte kopie van data/."""

from __future__ import annotations

import pytest

from hulp.fouten import noemt
from wijktool.laden import laad_handboek, lees_ruw, lees_yaml
from wijktool.model import opbouw
from wijktool.model.fouten import DataFout


def laad_kapot(datamap) -> DataFout:
    with pytest.raises(DataFout) as fout:
        laad_handboek(datamap)
    return fout.value


def regelnummer(tekst: str, regel: str) -> int:
    """Het (1-based) nummer van de enige regel die precies `regel` is."""
    nummers = [n for n, r in enumerate(tekst.splitlines(), 1) if r == regel]
    assert len(nummers) == 1, f"{regel!r} staat {len(nummers)} keer in het bestand"
    return nummers[0]


def test_echte_data_laadt(datamap):
    hb = laad_handboek(datamap)
    assert len(hb.opgaven) == 10 and len(hb.items) == 97


def test_lees_ruw_leest_elk_bestand(datamap):
    ruwe = lees_ruw(datamap)
    assert set(opbouw.BESTANDEN) <= set(ruwe)
    assert len(ruwe["opgaven"]["opgaven"]) == 10


def test_lees_ruw_accepteert_een_tekstpad(datamap):
    assert len(laad_handboek(str(datamap)).profielen) == 5


def test_voorbeeld_uit_de_opdracht(kapotte_data):
    """Een ontbrekend veld in het YAML-bestand: de melding noemt bestand,
    opgave, item en veld."""
    datamap = kapotte_data.vervang(
        "opgaven.yml",
        "        tekst: Overleggen van andere partijen concurreren met het podium.\n",
        "        tkst: Overleggen van andere partijen concurreren met het podium.\n",
    )
    noemt(laad_kapot(datamap), "data/opgaven.yml", "opgave 3 (open-podium)", "valkuilen[2]", "tekst", melding="ontbreekt")


def test_waarde_vervangen_in_kopie(kapotte_data):
    datamap = kapotte_data.zet("profielen.yml", ("profielen", 1, "standen", 2, "stand"), "hoog")
    noemt(
        laad_kapot(datamap),
        "data/profielen.yml",
        "profiel 2 (participatieve-gemeente)",
        "standen[3]",
        "stand",
        melding="moet een geheel getal zijn, niet een tekst",
    )


@pytest.mark.parametrize(
    "oud, nieuw, wat",
    [
        ("    naam: Schaal", "    naam: Schaal: groot", ("mapping values are not allowed",)),
        # libyaml (C) en de Python-lader van PyYAML zeggen het elk op hun manier
        ("  - nummer: 3", "\t- nummer: 3", ("found a tab character", "found character '\\t'")),
    ],
    ids=["dubbele-punt", "tab"],
)
def test_ongeldige_yaml_noemt_de_regel(kapotte_data, oud, nieuw, wat):
    tekst = kapotte_data.tekst("waarden.yml")
    regel = regelnummer(tekst, oud)
    datamap = kapotte_data.vervang("waarden.yml", oud + "\n", nieuw + "\n")
    melding = noemt(laad_kapot(datamap), "data/waarden.yml", melding=f"ongeldige YAML op regel {regel},")
    assert any(w in melding for w in wat), melding


def test_dubbele_sleutel_wordt_geweigerd(kapotte_data):
    tekst = kapotte_data.tekst("opgaven.yml")
    eerste = regelnummer(tekst, "    titel: Open podium")
    datamap = kapotte_data.vervang("opgaven.yml", "    titel: Open podium\n", "    titel: Open podium\n    titel: Open Podium\n")
    melding = noemt(laad_kapot(datamap), "data/opgaven.yml", melding=f"ongeldige YAML op regel {eerste + 1},")
    assert f"sleutel 'titel' staat twee keer in dezelfde tabel (eerder op regel {eerste})" in melding


def test_dubbele_sleutel_bovenaan(kapotte_data):
    tekst = kapotte_data.tekst("schuiven.yml")
    eerste = regelnummer(tekst, "bron: platform31-2020")
    datamap = kapotte_data.schrijf("schuiven.yml", tekst + "bron: vng-2009\n")
    melding = noemt(laad_kapot(datamap), "data/schuiven.yml", melding=f"regel {len(tekst.splitlines()) + 1},")
    assert f"sleutel 'bron' staat twee keer in dezelfde tabel (eerder op regel {eerste})" in melding


def test_onhashbare_sleutel_is_een_datafout(kapotte_data):
    """Een lijst als sleutel is ongeldige data; dat moet een DataFout met
    regelnummer zijn, geen TypeError uit de controle op dubbele sleutels."""
    tekst = kapotte_data.tekst("waarden.yml")
    datamap = kapotte_data.schrijf("waarden.yml", tekst + "[1, 2]: x\n")
    noemt(laad_kapot(datamap), "data/waarden.yml", melding=f"ongeldige YAML op regel {len(tekst.splitlines()) + 1},")


@pytest.mark.parametrize("bestand", ["opgaven", "waarden", "schuiven", "profielen", "volwassenheid", "bronnen"])
def test_ontbrekend_bestand(kapotte_data, bestand):
    datamap = kapotte_data.verwijder(f"{bestand}.yml")
    fout = laad_kapot(datamap)
    assert fout.meldingen == (f"data/{bestand}.yml: bestand ontbreekt",)


def test_leeg_bestand_heet_niet_ontbrekend(kapotte_data):
    """Een leeg bestand bestaat wel; 'bestand ontbreekt' stuurt de redacteur
    de verkeerde kant op."""
    datamap = kapotte_data.schrijf("waarden.yml", "# nog leeg\n")
    fout = laad_kapot(datamap)
    regel = noemt(fout, "data/waarden.yml", melding="")
    assert "ontbreekt" not in regel


def test_geen_utf8(kapotte_data):
    (kapotte_data.map / "waarden.yml").write_bytes("naam: Zeggenschap caf\u00e9\n".encode("latin-1"))
    noemt(laad_kapot(kapotte_data.map), "data/waarden.yml", melding="is geen geldige UTF-8")


def test_fouten_in_meerdere_bestanden_samen_gemeld(kapotte_data):
    kapotte_data.vervang("waarden.yml", "    naam: Schaal\n", "    naam: Schaal: groot\n")
    datamap = kapotte_data.verwijder("schuiven.yml")
    fout = laad_kapot(datamap)
    noemt(fout, "data/waarden.yml", melding="ongeldige YAML")
    noemt(fout, "data/schuiven.yml", melding="bestand ontbreekt")


def test_twee_kapotte_items_in_verschillende_opgaven(kapotte_data):
    kapotte_data.vervang("opgaven.yml", "        tekst: Vergaderen als enige werkvorm\n", "        tekst: ''\n")
    datamap = kapotte_data.vervang("opgaven.yml", "      - nr: 84\n", "      - nr: acht-en-tachtig\n")
    fout = laad_kapot(datamap)
    noemt(fout, "data/opgaven.yml", "opgave 3 (open-podium)", "valkuilen[4]", "tekst", melding="is leeg")
    noemt(fout, "data/opgaven.yml", "opgave 8 (dienstverlening)", "valkuilen[2]", "nr", melding="moet een geheel getal zijn")


def test_lees_yaml_los(tmp_path):
    pad = tmp_path / "x.yml"
    pad.write_text("a: 1\nb: [2, 3]\n", encoding="utf-8")
    assert lees_yaml(pad, "data/x.yml") == {"a": 1, "b": [2, 3]}
