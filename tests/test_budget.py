"""Paginabudget: gewone pagina's laden geen Pyodide en blijven onder 1 MB;
de scanpagina's laden de runtime wel. Toetst het kruipverslag (elke pagina in
een verse context, dus met lege cache). De tabel per pagina: benchmarks/paginabudget.py."""

from __future__ import annotations

from hulp.site import SCANS

BUDGET = 1024 * 1024


def test_gewone_paginas_zonder_pyodide_en_onder_1_mb(kruipverslag, paginas):
    te_groot, met_pyodide = {}, []
    for pad in paginas:
        if pad in SCANS:
            continue
        verslag = kruipverslag[pad]
        if verslag.laadt_pyodide:
            met_pyodide.append(pad)
        if verslag.bytes >= BUDGET:
            te_groot[pad] = (verslag.bytes, verslag.grootste())
    assert met_pyodide == []
    assert te_groot == {}


def test_scanpaginas_laden_de_runtime(kruipverslag):
    for pad in SCANS:
        assert kruipverslag[pad].laadt_pyodide, pad
