"""Paginabudget: gewone pagina's laden geen Pyodide en blijven onder 1 MB;
de scanpagina's laden de runtime wel. De tabel per pagina: benchmarks/paginabudget.py."""

from __future__ import annotations

import sys

from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from paginabudget import SCANS, meet, paginas  # noqa: E402

BUDGET = 1024 * 1024


def test_gewone_paginas_zonder_pyodide_en_onder_1_mb(browser, server, gebouwde_site):
    te_groot, met_pyodide = {}, []
    for pad in paginas(gebouwde_site.site):
        if pad in SCANS:
            continue
        m = meet(browser, server.url + pad, scan=False)
        if m["pyodide"]:
            met_pyodide.append(pad)
        if m["bytes"] >= BUDGET:
            te_groot[pad] = (m["bytes"], m["grootste"])
    assert met_pyodide == []
    assert te_groot == {}


def test_scanpaginas_laden_de_runtime(browser, server):
    for pad in SCANS:
        assert meet(browser, server.url + pad, scan=True)["pyodide"], pad
