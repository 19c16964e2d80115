"""wijktool.weergave.schuifoefening: de HTML van de uitkomst (bij het bouwen en in de browser)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from wijktool.laden import laad_handboek
from wijktool.scans import schuifoefening as scan
from wijktool.weergave import schuifoefening as scanweergave
from wijktool.weergave.links import vanaf

HB = laad_handboek(Path(__file__).resolve().parent.parent / "data")


class Elementen(HTMLParser):
    def __init__(self):
        super().__init__()
        self.elementen: list[tuple[str, dict]] = []
        self.tekst: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elementen.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.tekst.append(data)


def ontleed(html: str) -> Elementen:
    p = Elementen()
    p.feed(html)
    return p


def test_ranking_rijen_volgen_het_testcontract():
    uitkomst = scan.scan(HB, scan.midden(HB), scan.midden(HB))
    rijen = [
        a for t, a in ontleed(scanweergave.ranking(uitkomst, "huidig", vanaf("../"))).elementen if a.get("data-testid") == "profiel-score"
    ]
    assert [r["data-profiel"] for r in rijen] == [r["profiel"] for r in uitkomst["huidig"]["ranking"]]
    assert [int(r["data-score"]) for r in rijen] == [r["overeenkomst"] for r in uitkomst["huidig"]["ranking"]]
    # Het ambitiepaneel gebruikt een eigen testid, zodat de test het huidige paneel vindt.
    assert 'data-testid="profiel-score"' not in scanweergave.ranking(uitkomst, "ambitie", vanaf("../"))


def test_beste_noemt_het_profiel_dat_het_meest_lijkt_zonder_oordeel():
    paneel = {s.schuif: s.stand for s in HB.profiel("gekantelde-gemeente").standen}
    html = scanweergave.beste(scan.scan(HB, paneel, paneel), "huidig", vanaf("../"))
    attrs = [a for _, a in ontleed(html).elementen if a.get("data-testid") == "beste-profiel"][0]
    assert attrs["data-profiel"] == "gekantelde-gemeente"
    zichtbaar = " ".join(ontleed(html).tekst).lower()
    assert "lijkt het meest op" in zichtbaar and "gedachte-experiment" in zichtbaar
    assert not re.search(r"\bbeste\b|\bbeter\b", zichtbaar)


def test_gaten_linken_naar_de_opgaven():
    huidig = scan.midden(HB)
    ambitie = {**huidig, "proces-met-bewoners": 9}
    html = scanweergave.gaten(scan.scan(HB, huidig, ambitie), vanaf("../"))
    links = [a["href"] for t, a in ontleed(html).elementen if t == "a"]
    assert links == [f"../opgaven/{k.opgave}/" for k in HB.koppelingen_van_schuif("proces-met-bewoners")]


def test_geen_gaten_zegt_dat_ook():
    assert 'data-testid="geen-gaten"' in scanweergave.gaten(scan.scan(HB, scan.midden(HB), scan.midden(HB)), vanaf("../"))


def test_tekst_wordt_ge_escaped():
    uitkomst = scan.scan(HB, scan.midden(HB), scan.midden(HB))
    uitkomst["huidig"]["waarnemingen"] = [{"code": "x", "niveau": "info", "tekst": "<script>", "bron": "b&b"}]
    html = scanweergave.waarnemingen(uitkomst, "huidig")
    assert "<script>" not in html and "&lt;script&gt;" in html and "b&amp;b" in html


def test_links_komen_van_de_linkbouwer_niet_van_een_vaste_diepte():
    huidig = scan.midden(HB)
    uitkomst = scan.scan(HB, huidig, {**huidig, "proces-met-bewoners": 9})
    html = scanweergave.alles(uitkomst, lambda doel: f"/basis/{doel}")
    links = [a["href"] for t, a in ontleed("".join(html.values())).elementen if t == "a"]
    assert links and all(link.startswith("/basis/") for link in links)
