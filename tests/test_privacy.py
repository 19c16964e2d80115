"""Privacy: elke pagina haalt alleen iets van de eigen host, zet geen cookies en
bewaart niets in de browser zolang de lezer niet zelf op bewaren drukt.

Toetst het kruipverslag (conftest.py, hulp/kruiper.py): elke pagina in een verse
context geladen, scanpagina's tot Python klaar is, met alle verzoeken van de
pagina en haar workers."""

from __future__ import annotations

from urllib.parse import urlparse


def vreemde_verzoeken(verzoeken: list[str], server) -> list[str]:
    eigen = urlparse(server.url).netloc
    return [u for u in verzoeken if urlparse(u).scheme not in ("data", "blob") and urlparse(u).netloc != eigen]


def test_alleen_verzoeken_naar_de_eigen_host(kruipverslag, csp_server, paginas):
    vreemd = {}
    for pad in paginas:
        verslag = kruipverslag[pad]
        assert verslag.verzoeken, f"{pad}: geen enkel verzoek gezien"
        if v := vreemde_verzoeken(verslag.verzoeken, csp_server):
            vreemd[pad] = v
        assert verslag.cookies == [], f"{pad} zet cookies"
        assert verslag.opgeslagen == [], f"{pad} bewaart iets zonder dat de lezer erom vroeg: {verslag.opgeslagen}"
    assert vreemd == {}
