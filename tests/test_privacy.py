"""Privacy: elke pagina haalt alleen iets van de eigen host, zet geen cookies en
bewaart niets in de browser zolang de lezer niet zelf op bewaren drukt."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from test_toegankelijkheid import alle_paginas

KLAAR = "document.documentElement.dataset.wijktool === 'klaar'"
SCANS = ("zelfscan/", "zelfscan/volwassenheid/", "zelfscan/checklist/")


@pytest.fixture(scope="module")
def paginas(gebouwde_site):
    return alle_paginas(gebouwde_site.site)


def vreemde_verzoeken(verzoeken: list[str], server) -> list[str]:
    eigen = urlparse(server.url).netloc
    return [u for u in verzoeken if urlparse(u).scheme not in ("data", "blob") and urlparse(u).netloc != eigen]


def test_alleen_verzoeken_naar_de_eigen_host(browser, server, paginas):
    vreemd = {}
    for pad in paginas:
        context = browser.new_context()
        verzoeken: list[str] = []
        context.on("request", lambda r: verzoeken.append(r.url))  # ook die van de worker
        page = context.new_page()
        page.goto(server.url + pad)
        if pad in SCANS:
            page.wait_for_function(KLAAR, timeout=60_000)
        else:
            page.wait_for_load_state("networkidle")
        if v := vreemde_verzoeken(verzoeken, server):
            vreemd[pad] = v
        assert context.cookies() == [], f"{pad} zet cookies"
        opgeslagen = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('wijktool'))")
        assert opgeslagen == [], f"{pad} bewaart iets zonder dat de lezer erom vroeg: {opgeslagen}"
        context.close()
    assert vreemd == {}
