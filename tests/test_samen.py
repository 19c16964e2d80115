"""wijktool.scans.samen: de vergelijking van 2 tot 8 deelnemers (Samen scannen)."""

from __future__ import annotations

import json
import math
import re

import pytest

from wijktool import browser
from wijktool.laden import lees_ruw
from wijktool.scans import REGISTER, samen, schuifoefening, volwassenheidsscan
from wijktool.weergave import samen as weergave
from wijktool.weergave.links import vanaf

# Een trio als in de werkplaatsen van Platform31. Volgorde van de schuiven:
# positionering intern, proces binnen gemeente, proces met bewoners, bestuur en politiek, communicatie.
WIJK = "Wijkambtenaar: https://handboek.example/zelfscan/#huidig=2,8,1,9,4&ambitie=5,5,5,5,5"
SOCIAAL = "Sociaal domein: #huidig=5,6,5,5,5&ambitie=6,6,6,6,6"
FYSIEK = "huidig=8,9,2,8,4&ambitie=1,1,1,1,1"  # zonder naam en zonder '#'
TRIO = {"paneel": "huidig", "deelnemers": [{"regel": WIJK}, {"regel": SOCIAAL}, {"regel": FYSIEK}]}


def test_trio_met_de_hand_uitgerekend(handboek):
    uit = samen.SCAN.uitkomst(handboek, TRIO)
    s = uit["schuifoefening"]
    # Per schuif (laagste, hoogste, gemiddelde op één decimaal), met de hand:
    #   positionering intern    2, 5, 8 → 2..8, 15/3 = 5.0, spreiding 6
    #   proces binnen gemeente  8, 6, 9 → 6..9, 23/3 = 7.67 → 7.7, spreiding 3
    #   proces met bewoners     1, 5, 2 → 1..5,  8/3 = 2.67 → 2.7, spreiding 4
    #   bestuur en politiek     9, 5, 8 → 5..9, 22/3 = 7.33 → 7.3, spreiding 4
    #   communicatie            4, 5, 4 → 4..5, 13/3 = 4.33 → 4.3, spreiding 1
    # Volgorde: spreiding groot → klein; bij 4 = 4 eerst 'proces met bewoners' (eerder in de bron).
    assert [(r["schuif"], r["min"], r["max"], r["gemiddeld"], r["spreiding"]) for r in s["schuiven"]] == [
        ("positionering-intern", 2, 8, 5.0, 6),
        ("proces-met-bewoners", 1, 5, 2.7, 4),
        ("bestuur-en-politiek", 5, 9, 7.3, 4),
        ("proces-binnen-gemeente", 6, 9, 7.7, 3),
        ("communicatie", 4, 5, 4.3, 1),
    ]
    # Dichtstbijzijnd profiel, som van de kwadraten van de verschillen:
    #   wijkambtenaar (2,8,1,9,4): organisatiegericht (8,9,2,8,4) 36+1+1+1+0 = 39; ontwikkelend 53;
    #     toenaderingsgericht 82; participatief 150; gekanteld 186  → organisatiegericht, 100·(1 − √39/√500) = 72
    #   sociaal domein (5,6,5,5,5): ontwikkelend (5,5,6,6,5) 0+1+1+1+0 = 3 → 100·(1 − √3/√500) = 92
    #   fysiek domein: precies organisatiegericht → 100
    assert [(m["naam"], m["profiel"], m["overeenkomst"]) for m in s["deelnemers"]] == [
        ("Wijkambtenaar", "organisatiegerichte-gemeente", 72),
        ("Sociaal domein", "ontwikkelende-gemeente", 92),
        ("Deelnemer 3", "organisatiegerichte-gemeente", 100),
    ]
    # Gemiddeld paneel (5, 23/3, 8/3, 22/3, 13/3) tegen organisatiegericht (8, 9, 2, 8, 4):
    #   9 + 16/9 + 4/9 + 4/9 + 1/9 = 106/9 ≈ 11.78 → d ≈ 3.43 → 100·(1 − 3.43/22.36) ≈ 84.65 → 85
    assert round(100 * (1 - math.sqrt(106 / 9) / math.sqrt(500))) == 85
    assert (s["groep"]["profiel"], s["groep"]["overeenkomst"], s["groep"]["verschillend"]) == ("organisatiegerichte-gemeente", 85, 2)


def test_ambitie_vergelijkt_het_andere_paneel(handboek):
    s = samen.SCAN.uitkomst(handboek, {**TRIO, "paneel": "ambitie"})["schuifoefening"]
    # ambitie: 5,5,5,5,5 / 6,6,6,6,6 / 1,1,1,1,1 → overal 1..6, spreiding 5, gemiddelde 4.0; dan de volgorde van de bron
    assert [(r["schuif"], r["min"], r["max"], r["gemiddeld"]) for r in s["schuiven"]] == [(sl.slug, 1, 6, 4.0) for sl in handboek.schuiven]


def test_html_volgt_het_testcontract(handboek):
    html = weergave.alles(samen.SCAN.uitkomst(handboek, TRIO), vanaf("../../"))
    agenda = html["samen-agenda"]
    assert (
        agenda.index('data-schuif="positionering-intern"')
        < agenda.index('data-schuif="proces-met-bewoners"')
        < agenda.index('data-schuif="bestuur-en-politiek"')
    )
    assert 'data-schuif="proces-binnen-gemeente" data-min="6" data-max="9" data-gemiddeld="7.7"' in agenda
    assert "gemiddeld 7,7" in agenda  # op het scherm met een komma
    assert html["samen-deelnemers"].count('data-testid="samen-deelnemer"') == 3
    assert 'data-testid="samen-groep" data-profiel="organisatiegerichte-gemeente"' in html["samen-groep"]
    assert "<text" not in agenda  # geen tekst in de SVG: die zou op een smal scherm te klein worden


def test_begin_en_te_weinig_deelnemers_geven_een_aanwijzing_geen_fout(handboek):
    for invoer in (samen.begin(handboek), {"deelnemers": [{"regel": WIJK}]}):
        uit = samen.SCAN.uitkomst(handboek, invoer)
        assert uit["scan"] is None
        assert "Plak minstens 2 deellinks" in weergave.alles(uit, vanaf(""))["samen-status"]


def test_volwassenheidsscan_per_thema_de_spreiding(handboek):
    themas = [t.slug for t in handboek.themas]
    invoer = {"deelnemers": [{"regel": "A: #fases=1,2,,4,,"}, {"regel": "B: #fases=3,2,,1,,"}, {"regel": "#fases=2,2,,,,4"}]}
    v = samen.SCAN.uitkomst(handboek, invoer)["volwassenheidsscan"]
    rijen = {r["thema"]: r for r in v["themas"]}
    assert (rijen[themas[0]]["min"], rijen[themas[0]]["max"], rijen[themas[0]]["spreiding"]) == (1, 3, 2)
    assert rijen[themas[3]]["spreiding"] == 3 and rijen[themas[3]]["beantwoord"] == 2  # 4 en 1; deelnemer 3 beantwoordde niet
    assert rijen[themas[2]]["beantwoord"] == 0 and rijen[themas[2]]["min"] is None
    assert rijen[themas[1]]["telling"] == [0, 3, 0, 0]
    # volgorde: spreiding 3, 2, dan de rest in de volgorde van de bron
    assert [r["thema"] for r in v["themas"]] == [themas[3], themas[0], themas[1], themas[2], themas[4], themas[5]]
    assert [m["totaal"] for m in v["deelnemers"]] == [1, 1, 2]


@pytest.mark.parametrize(
    "invoer, melding",
    [
        ({"deelnemers": [{"regel": WIJK}] * 9}, "hooguit 8 deelnemers"),
        ({"deelnemers": [{"regel": WIJK}, {"regel": "#fases=1,1,1,1,1,1"}]}, "Vergelijk één scan tegelijk"),
        ({"deelnemers": [{"regel": WIJK}, {"regel": "Bert: https://voorbeeld.nl/"}]}, "deelnemer 2 (Bert): dit is geen deellink"),
        ({"deelnemers": [{"regel": WIJK}, {"regel": "#huidig=5,5,5&ambitie=5,5,5,5,5"}]}, "deelnemer 2: in de link ontbreken de 5 standen"),
        ({"deelnemers": [{"regel": WIJK}, {"regel": "#huidig=5,5,5,5,11&ambitie=5,5,5,5,5"}]}, "11 is geen stand van 0 tot 10"),
        ({"deelnemers": [{"regel": WIJK}, {"naam": "x" * 61, "link": FYSIEK}]}, "hooguit 60"),
        ({"paneel": "later", "deelnemers": []}, "kies het paneel huidig of ambitie"),
        ({"deelnemers": "alles"}, "verwacht een lijst deelnemers"),
        ({"deelnemers": [{"regel": WIJK}, {"bestand": "{kapot"}]}, "geen geldige JSON"),
    ],
)
def test_foute_invoer_geeft_een_nederlandse_melding(handboek, invoer, melding):
    with pytest.raises(samen.OngeldigeDeelnemer, match=re.escape(melding)):
        samen.SCAN.uitkomst(handboek, invoer)


def test_exportbestand_van_een_deelnemer_wordt_een_link(handboek):
    invoer = {
        "huidig": dict(zip([s.slug for s in handboek.schuiven], [2, 8, 1, 9, 4], strict=True)),
        "ambitie": schuifoefening.midden(handboek),
    }
    tekst = json.dumps(schuifoefening.SCAN.exporteer(handboek, invoer, "2026-12-02"))
    gelezen = samen.lees(handboek, {"deelnemers": [{"naam": "Ans", "bestand": tekst}]})
    assert gelezen["deelnemers"] == [{"naam": "Ans", "link": "#huidig=2,8,1,9,4&ambitie=5,5,5,5,5"}]
    vs_tekst = json.dumps(volwassenheidsscan.SCAN.exporteer(handboek, {handboek.themas[1].slug: 3}, "2026-12-02"))
    assert samen.lees(handboek, {"deelnemers": [{"bestand": vs_tekst}]})["deelnemers"][0]["link"] == "#fases=,3,,,,"


def test_link_heen_en_terug(handboek):
    for regel in (WIJK, SOCIAAL, FYSIEK, "#fases=1,,3,4,,2"):
        scan, invoer = samen.lees_link(handboek, regel)
        assert samen.lees_link(handboek, samen.schrijf_link(handboek, scan, invoer)) == (scan, invoer)


def test_samen_via_de_verdeler_met_export_en_import(datamap):
    json.loads(browser.start(json.dumps(lees_ruw(datamap))))
    antwoord = json.loads(browser.verwerk(json.dumps({"actie": "reken", "scan": "samen", "invoer": TRIO, "basis": "../../"})))
    assert antwoord["uitkomst"]["schuifoefening"]["groep"]["profiel"] == "organisatiegerichte-gemeente"
    assert 'href="../../profielen/' in antwoord["html"]["samen-deelnemers"]
    tekst = json.loads(browser.verwerk(json.dumps({"actie": "exporteer", "scan": "samen", "invoer": TRIO, "datum": "2026-12-02"})))["tekst"]
    assert json.loads(tekst)["formaat"] == "wijktool-samen"
    terug = json.loads(browser.verwerk(json.dumps({"actie": "lees-bestand", "scan": "samen", "tekst": tekst})))
    assert [d["naam"] for d in terug["invoer"]["deelnemers"]] == ["Wijkambtenaar", "Sociaal domein", ""]
    fout = json.loads(
        browser.verwerk(json.dumps({"actie": "lees-bestand", "scan": "samen", "tekst": json.dumps({"formaat": "wijktool-schuifoefening"})}))
    )
    assert fout["fout"] == "Dit bestand is geen export van Samen scannen."


def test_samen_staat_in_het_register():
    assert REGISTER["samen"] is samen.SCAN
