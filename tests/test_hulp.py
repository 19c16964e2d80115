"""De gedeelde testhulp zelf (tests/hulp/): wat de andere tests erover aannemen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from hulp.browser import ZOEKWORKER_SCRIPT, Server, wacht_op_rust, wis_opslag
from hulp.kruiper import kruip


def test_wis_opslag_laat_de_volgende_test_leeg_beginnen(warme_context, server):
    # De browsertests delen één context; `pagina` wist per test de opslag hiermee.
    page = warme_context.new_page()
    try:
        page.goto(server.url + "404.html")
        page.evaluate("localStorage.setItem('wijktool.proef', '1'); sessionStorage.setItem('proef', '1')")
        warme_context.add_cookies([{"name": "proef", "value": "1", "url": server.url}])
        wis_opslag(page, server.url)
        assert page.evaluate("[localStorage.length, sessionStorage.length]") == [0, 0]
        assert warme_context.cookies() == []
    finally:
        page.close()


def test_wacht_op_rust_wacht_tot_een_overgang_klaar_is(warme_context, server):
    page = warme_context.new_page()
    try:
        page.goto(server.url + "404.html")
        page.evaluate(
            """() => { const h = document.querySelector('h1');
                h.style.transition = 'opacity 300ms linear'; h.style.opacity = '1'; h.getBoundingClientRect();
                h.style.opacity = '0'; }"""
        )
        wacht_op_rust(page)
        assert page.evaluate("getComputedStyle(document.querySelector('h1')).opacity") == "0"
        assert page.evaluate("document.getAnimations().length") == 0
    finally:
        page.close()


def test_kruipverslag_heeft_elke_pagina(kruipverslag, paginas, csp_server):
    assert set(kruipverslag) == {*paginas, "404.html"}
    for pad, verslag in kruipverslag.items():
        assert csp_server.url + pad in verslag.verzoeken, pad
        assert verslag.antwoorden and verslag.bytes > 0, pad


def test_kruipronde_draait_de_zoekworker_op_elke_diepte(kruipverslag, paginas):
    """De steekproef met Material's echte zoekworker: op elke diepte van de site één
    pagina, en daar start hij echt en laadt hij de Nederlandse stemmer van lunr (onder
    de CSP, zie test_csp.py). De zoekindex zelf haalt Material op elke pagina op."""
    met = {pad for pad, v in kruipverslag.items() if v.zoekworker}
    assert {pad.count("/") for pad in met} == {pad.count("/") for pad in paginas}
    assert len(met) < len(kruipverslag) / 4
    for pad in met:
        verzoeken = kruipverslag[pad].verzoeken
        assert any(ZOEKWORKER_SCRIPT in u for u in verzoeken) and any(u.endswith("lunr.nl.min.js") for u in verzoeken), pad
    zonder = [pad for pad in paginas if not kruipverslag[pad].zoekworker]
    assert zonder
    for pad in zonder:
        verzoeken = kruipverslag[pad].verzoeken
        assert not any(ZOEKWORKER_SCRIPT in u for u in verzoeken), pad
        assert any(u.endswith("/search/search_index.json") for u in verzoeken), pad


def test_kruipronde_ziet_een_pagina_die_op_360_px_opzij_scrolt(tmp_path):
    """De breedte in het verslag komt echt van een telefoonscherm (test_opmaak_smal.py)."""
    for pad, inhoud in (("", "<p>smal</p>"), ("breed/", '<div style="width:600px">breed</div>')):
        (tmp_path / pad).mkdir(exist_ok=True)
        (tmp_path / pad / "index.html").write_text(f"<!doctype html><meta name=viewport content='width=device-width'>{inhoud}")
    with Server(tmp_path) as server:
        verslag = kruip(server.url, ["", "breed/"], axe=False)
    assert verslag[""].breedte_smal == (360, 360)
    assert verslag["breed/"].breedte_smal[0] >= 600 and verslag["breed/"].breedte_smal[1] == 360


# In een eigen proces, in een eigen sessie (zodat een fout alleen die sessie raakt): dat zet
# zijn nice op 5, start een kind in een eigen sessie (zoals Playwright een browser) en een
# gewoon kind, geeft dan zijn voorrang door en leest de nice van elke autogroup.
_VOORRANG = """
import os, subprocess, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from hulp.achtergrond import geef_voorrang_door
os.nice(5)
eigen = subprocess.Popen(["sleep", "30"], start_new_session=True)
gewoon = subprocess.Popen(["sleep", "30"])
geef_voorrang_door()
for p in (eigen, gewoon, None):
    print(Path(f"/proc/{p.pid if p else os.getpid()}/autogroup").read_text().split()[-1])
    if p:
        p.kill()
"""


def test_geef_voorrang_door_raakt_alleen_een_eigen_sessie():
    if not Path("/proc/self/autogroup").exists():
        pytest.skip("deze machine heeft geen autogroup: nice geldt daar al voor de browsers")
    voor = Path("/proc/self/autogroup").read_text()
    uit = subprocess.run(
        [sys.executable, "-c", _VOORRANG, str(Path(__file__).parent)], capture_output=True, text=True, check=True, start_new_session=True
    )
    # De browser (eigen sessie) krijgt nice 5; de sessie van het proces zelf blijft op 0.
    assert uit.stdout.split() == ["5", "0", "0"]
    assert Path("/proc/self/autogroup").read_text() == voor
