"""macros/scans.py: elke scanpagina uit het register, zonder code per scan."""

from __future__ import annotations

import json

import pytest
from mkdocs.utils import get_relative_url

from hulp.html import ontleed
from macros import scans
from wijktool.scans import REGISTER


def naar_vanaf_zelfscan(doel: str) -> str:
    """Zoals macros/__init__.py linkt vanaf de pagina zelfscan/."""
    return get_relative_url(doel, "zelfscan/")


@pytest.mark.parametrize("naam", list(REGISTER))
def test_bediening_heeft_wortel_met_configuratie_voor_de_paginacontroller(handboek, naam):
    boom = ontleed(scans.bediening(handboek, REGISTER[naam], naar_vanaf_zelfscan))
    wortel = boom.een("div", data_scan=naam)
    assert wortel["id"] == naam
    config = json.loads(wortel["data-config"])
    assert (config["scan"], config["woord"], config["basis"]) == (naam, REGISTER[naam].woord, "../")
    # De runtime (worker, Pyodide, wiel, model) komt uit de namen van hooks/runtime.py, via naar("runtime:…").
    runtime = ("worker", "pyodide", "wiel", "model")
    assert {k: config[k] for k in runtime} == {k: f"../runtime:{k}" for k in runtime}
    # Wat het script nodig heeft, komt uit de data (geen domeinwaarden in JavaScript).
    assert config.items() >= REGISTER[naam].weergave.config(handboek).items()
    assert wortel.een(data_testid="status") and wortel.een(data_testid="melding")


@pytest.mark.parametrize("naam", list(REGISTER))
def test_elk_deel_van_de_uitkomst_heeft_plekken_voor_het_script(handboek, naam):
    scan = REGISTER[naam]
    html = scan.weergave.alles(scan.uitkomst(handboek, scan.begin(handboek)), naar_vanaf_zelfscan)
    # Plekken staan in de delen van de uitkomst, of in de bediening (de streepjes naast de schuiven).
    plekken = {k["data-plek"] for k in ontleed(scans.bediening(handboek, scan, naar_vanaf_zelfscan)).alle(data_plek=True)}
    for deel in scan.weergave.DELEN:
        boom = ontleed(scans.uitkomst(handboek, scan, naar_vanaf_zelfscan, deel))
        plekken |= {k["data-plek"] for k in boom.alle(data_plek=True)}
    # Elke plek die Python in de browser vult, staat op de pagina.
    assert plekken == set(html)


def test_onbekend_deel_stopt_de_bouw_met_een_melding(handboek):
    with pytest.raises(ValueError, match="geen deel 'grafiek'"):
        scans.uitkomst(handboek, REGISTER["volwassenheidsscan"], naar_vanaf_zelfscan, "grafiek")


def test_schuifoefening_bediening_staat_op_het_begin(handboek):
    boom = ontleed(scans.bediening(handboek, REGISTER["schuifoefening"], naar_vanaf_zelfscan))
    schuiven = boom.alle("input", type="range")
    assert len(schuiven) == 2 * len(handboek.schuiven)
    assert {s["value"] for s in schuiven} == {"5"}
    assert {s["aria-valuetext"] for s in schuiven} == {f"5: {handboek.regels.woorden[5]}"}


def test_knoppen_zonder_deellink_en_bewaren(handboek):
    boom = ontleed(scans.knoppen(deellink=False, bewaar=False))
    acties = [k["data-actie"] for k in boom.alle(data_actie=True)]
    assert acties == ["wis", "exporteer", "importeer", "print"]
