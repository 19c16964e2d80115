"""wijktool.weergave.afvinklijst in CPython: dezelfde HTML die de worker in Pyodide maakt
voor zelfscan/checklist/ (de browsertests in test_afvinken.py zien hem op de pagina)."""

from __future__ import annotations

import pytest

from hulp.html import ontleed
from wijktool.scans import afvinklijst as cb
from wijktool.weergave import afvinklijst as bw
from wijktool.weergave.links import vanaf


def test_tabel_diagram_en_aantal(handboek):
    o = handboek.opgave("open-podium")
    vinkjes = [o.valkuilen[0].nr, o.kansen[0].nr, handboek.opgave("rugdekking").kansen[0].nr]
    uitkomst = cb.SCAN.uitkomst(handboek, vinkjes)
    delen = bw.alles(uitkomst, vanaf("../../"))
    assert set(delen) == {"balans-tabel", "balans-diagram", "balans-aantal"}

    tabel = ontleed(delen["balans-tabel"])
    rijen = tabel.alle("tr", data_testid="opgave-balans")
    assert [r["data-opgave"] for r in rijen] == [x["opgave"] for x in uitkomst["opgaven"]]
    assert len(rijen) == len(handboek.opgaven)
    podium = tabel.een("tr", data_opgave="open-podium")
    assert (podium["data-kansen"], podium["data-valkuilen"]) == ("1", "1")
    assert podium.een("a")["href"] == "../../opgaven/open-podium/"
    assert f"1 van {len(o.kansen)}" in podium.tekst()

    diagram = ontleed(delen["balans-diagram"]).een("div", klasse="balans-diagram")
    assert diagram["role"] == "img" and "tabel" in diagram["aria-label"]
    rijen = diagram.alle("li", data_opgave=True)
    assert [r["data-opgave"] for r in rijen] == [x["opgave"] for x in uitkomst["opgaven"]]
    # per opgave een staaf voor de kansen en een voor de valkuilen; de tekst is HTML, niet in de SVG
    assert len(diagram.alle("rect", klasse="bd-kans")) == len(handboek.opgaven)
    assert diagram.alle("text") == []

    aantal = ontleed(delen["balans-aantal"]).een("p", data_testid="aantal-vinkjes")
    assert aantal["data-aantal"] == "3" and "3 van de 97" in aantal.tekst()


@pytest.mark.parametrize(
    "score, woord",
    [(0.5, "veel aandacht nodig"), (0.75, "veel aandacht nodig"), (0.2, "aandacht nodig"), (0, "in evenwicht"), (-0.3, "gaat goed")],
)
def test_woord_bij_de_aandachtsscore(handboek, score, woord):
    assert handboek.regels.oordeel(score) == woord


def test_woorden_komen_in_de_tabel(handboek):
    # alleen valkuilen van open-podium: die opgave vraagt aandacht; bij de rest is nog niets aangevinkt
    o = handboek.opgave("open-podium")
    tabel = ontleed(bw.tabel(cb.SCAN.uitkomst(handboek, [v.nr for v in o.valkuilen]), vanaf("")))
    assert "veel aandacht nodig" in tabel.een("tr", data_opgave="open-podium").tekst()
    assert "nog niets aangevinkt" in tabel.een("tr", data_opgave="rugdekking").tekst()
