"""Paginabudget: gewone pagina's laden geen Pyodide en blijven onder 1 MB;
de scanpagina's laden de runtime wel. Toetst het kruipverslag (elke pagina in
een verse context, dus met lege cache). De tabel per pagina: benchmarks/paginabudget.py."""

from __future__ import annotations

import re

from hulp.browser import ZOEKWORKER_SCRIPT
from hulp.site import SCANS

BUDGET = 1024 * 1024
# Wat Material's zoekworker zelf ophaalt: zijn script en lunr (de zoekindex haalt de
# pagina zelf op, ook met de stille worker).
ZOEKEN = re.compile(re.escape(ZOEKWORKER_SCRIPT) + "|/javascripts/lunr/")


def zoekbytes(kruipverslag) -> int:
    """De bytes van de zoekworker, gemeten op een pagina van de steekproef. De andere
    pagina's kregen in de ronde een stille worker; een lezer haalt dit wel op."""
    steekproef = next(v for v in kruipverslag.values() if v.zoekworker)
    return sum(g for u, g in steekproef.antwoorden if ZOEKEN.search(u))


def test_gewone_paginas_zonder_pyodide_en_onder_1_mb(kruipverslag, paginas):
    te_groot, met_pyodide = {}, []
    zoeken = zoekbytes(kruipverslag)
    assert zoeken > 10_000  # het script van de worker alleen al
    for pad in paginas:
        if pad in SCANS:
            continue
        verslag = kruipverslag[pad]
        if verslag.laadt_pyodide:
            met_pyodide.append(pad)
        bytes_ = verslag.bytes + (0 if verslag.zoekworker else zoeken)
        if bytes_ >= BUDGET:
            te_groot[pad] = (bytes_, verslag.grootste())
    assert met_pyodide == []
    assert te_groot == {}


def test_scanpaginas_laden_de_runtime(kruipverslag):
    for pad in SCANS:
        assert kruipverslag[pad].laadt_pyodide, pad
