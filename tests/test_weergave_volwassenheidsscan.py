"""wijktool.weergave.volwassenheidsscan in CPython: dezelfde HTML die de worker in Pyodide
maakt voor zelfscan/volwassenheid/ (de browsertests in test_volwassenheidspagina.py)."""

from __future__ import annotations

from hulp.html import ontleed
from wijktool.scans import volwassenheidsscan as vs
from wijktool.weergave import volwassenheidsscan as vw
from wijktool.weergave.links import vanaf


def keuze(handboek, fases):
    return dict(zip([t.slug for t in handboek.themas], fases, strict=True))


def test_totaal_aandacht_en_themas(handboek):
    uitkomst = vs.SCAN.uitkomst(handboek, keuze(handboek, [3, 1, 3, 4, 2, 3]))
    delen = vw.alles(uitkomst, vanaf("../../"))
    assert set(delen) == {"vs-totaal", "vs-aandacht", "vs-themas"}

    totaal = ontleed(delen["vs-totaal"]).een("p", data_testid="totaalbeeld")
    assert totaal["data-fase"] == str(uitkomst["totaal"]["fase"])
    assert "zitten 3 fases" in totaal.tekst()

    aandacht = ontleed(delen["vs-aandacht"]).alle("li", data_testid="aandacht")
    assert [a["data-thema"] for a in aandacht] == uitkomst["aandacht"] != []
    assert all(a.een("a")["href"] == f"#vs-{a['data-thema']}" for a in aandacht)

    themas = ontleed(delen["vs-themas"]).alle("section", data_testid="fase-thema")
    assert [(s["data-thema"], int(s["data-fase"])) for s in themas] == [(t["thema"], t["fase"]) for t in uitkomst["themas"]]
    vierde = themas[3]
    assert "hoogste fase" in vierde.een("p", klasse="vs-stap").tekst()
    eerste = handboek.themas[1]
    assert eerste.cel(2).tekst in themas[1].een("p", klasse="vs-stap").tekst()
    assert themas[1].een("a")["href"] == f"../../wat-is-wijkgericht-werken/#thema-{eerste.slug}"
    assert all(("vs-aandacht-thema" in s.klassen) == (s["data-thema"] in uitkomst["aandacht"]) for s in themas)


def test_alles_in_een_fase(handboek):
    uitkomst = vs.SCAN.uitkomst(handboek, keuze(handboek, [2] * 6))
    assert "Alle beantwoorde thema's staan in dezelfde fase." in vw.totaal(uitkomst)
    assert "Geen thema blijft achter" in vw.aandacht(uitkomst)


def test_een_fase_verschil_is_enkelvoud(handboek):
    uitkomst = vs.SCAN.uitkomst(handboek, keuze(handboek, [2, 2, 2, 2, 2, 3]))
    assert "zitten 1 fase." in ontleed(vw.totaal(uitkomst)).tekst()
