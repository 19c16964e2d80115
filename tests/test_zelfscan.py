"""De zelfscan in echte headless Chromium: Pyodide in de worker, de schuiven,
deellink, opslag, export/import, de foutroute en de privacy."""

from __future__ import annotations

import json
import re
from urllib.parse import urlparse

import pytest

from hulp.browser import KLAAR, worker_antwoorden, zet_opslag
from hulp.slugs import SCHUIVEN
from wijktool.scans import schuifoefening as scan


def open_scan(pagina, server, fragment: str = "", wacht: bool = True):
    pagina.page.goto(server.url + "zelfscan/" + fragment)
    if wacht:
        pagina.page.wait_for_function(KLAAR, timeout=60_000)
    return pagina.page


def schuif(page, paneel: str, slug: str):
    return page.locator(f'[data-paneel="{paneel}"] input[type=range][name="{slug}"]')


def zet(page, paneel: str, standen: dict[str, int]) -> None:
    for slug, waarde in standen.items():
        schuif(page, paneel, slug).fill(str(waarde))


def standen_op_pagina(page, paneel: str) -> dict[str, int]:
    return {s: int(schuif(page, paneel, s).input_value()) for s in SCHUIVEN}


def wacht_op_beste(page, profiel: str) -> None:
    page.wait_for_selector(f'[data-testid="beste-profiel"][data-profiel="{profiel}"]', timeout=10_000)


def na_antwoord(page, actie) -> None:
    """Doe `actie` en wacht tot de worker antwoordde: de ranking wordt dan opnieuw geplaatst."""
    page.evaluate(
        """() => { window.__antwoord = new Promise((klaar) => {
            const obs = new MutationObserver(() => { obs.disconnect(); klaar(true); });
            obs.observe(document.querySelector('[data-plek="ranking-huidig"]'), { childList: true, subtree: true, characterData: true });
        }); }"""
    )
    actie()
    assert page.evaluate("window.__antwoord") is True


def eigen(handboek, slug):
    return {s.schuif: s.stand for s in handboek.profiel(slug).standen}


def test_contract_van_de_schuiven(pagina, server):
    page = open_scan(pagina, server, wacht=False)
    for paneel in ("huidig", "ambitie"):
        for slug in SCHUIVEN:
            invoer = schuif(page, paneel, slug)
            assert invoer.count() == 1
            assert [invoer.get_attribute(a) for a in ("min", "max", "step", "value")] == ["0", "10", "1", "5"]
            label = page.locator(f'label[for="{invoer.get_attribute("id")}"]')
            assert label.count() == 1 and label.inner_text().strip()


@pytest.mark.koude_start
def test_uitkomst_staat_er_al_voor_python_klaar_is(koude_pagina, server):
    # De uitkomst van de standaardstanden komt uit de bouw, niet uit Pyodide.
    koude_pagina.context.route("**/*.wasm", lambda route: None)  # laat de runtime hangen
    page = open_scan(koude_pagina, server, wacht=False)
    assert page.locator('[data-testid="beste-profiel"]').count() == 1
    assert page.locator('[data-testid="profiel-score"]').count() == 5
    assert "geladen" in page.locator('[data-testid="status"]').inner_text()


def test_klaar_en_schuiven_veranderen_de_uitkomst(pagina, server, handboek):
    page = open_scan(pagina, server)
    for slug in ("participatieve-gemeente", "organisatiegerichte-gemeente", "gekantelde-gemeente"):
        zet(page, "huidig", eigen(handboek, slug))
        # Elke schuif geeft een eigen antwoord: wacht op de uitkomst van de laatste (score 100),
        # niet alleen op het beste profiel (dat kan al eerder bovenaan staan).
        page.wait_for_selector(f'[data-testid="profiel-score"][data-profiel="{slug}"][data-score="100"]', timeout=10_000)
        wacht_op_beste(page, slug)
        rijen = page.locator('[data-testid="profiel-score"]')
        assert rijen.first.get_attribute("data-profiel") == slug
        assert rijen.first.get_attribute("data-score") == "100"
    # de streepjes staan nu op de standen van dat profiel, en vallen samen met de schuiven
    merk = page.locator('[data-paneel="huidig"] [data-plek="merk-huidig-communicatie"] .mp-merk')
    assert merk.get_attribute("data-stand") == "10" and "mp-merk-gelijk" in merk.get_attribute("class")
    assert pagina.console_fouten() == []


def test_bediening_met_het_toetsenbord(pagina, server, handboek):
    page = open_scan(pagina, server)
    invoer = schuif(page, "huidig", "proces-met-bewoners")
    invoer.focus()
    for _ in range(4):
        page.keyboard.press("ArrowRight")
    assert invoer.input_value() == "9"
    assert invoer.get_attribute("aria-valuetext") == f"9: {handboek.regels.woorden[9]}"
    assert handboek.regels.woorden[9] in page.locator('[data-paneel="huidig"] .scan-schuif output').nth(2).inner_text()
    page.keyboard.press("Home")
    assert invoer.input_value() == "0"
    # Tab gaat naar de volgende schuif
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "bestuur-en-politiek"


def test_gat_tussen_huidig_en_ambitie_wijst_opgaven_aan(pagina, server, handboek):
    page = open_scan(pagina, server)
    zet(page, "ambitie", {"proces-met-bewoners": 9})
    page.wait_for_selector('[data-testid="gat"][data-schuif="proces-met-bewoners"]')
    links = page.locator('[data-testid="gat"][data-schuif="proces-met-bewoners"] a')
    verwacht = [k.opgave for k in handboek.koppelingen_van_schuif("proces-met-bewoners")]
    assert [urlparse(links.nth(i).get_attribute("href")).path.strip("/").split("/")[-1] for i in range(links.count())] == verwacht


def test_deellink_heen_en_terug(pagina, server, handboek):
    page = open_scan(pagina, server)
    huidig = {"positionering-intern": 2, "proces-binnen-gemeente": 8, "proces-met-bewoners": 1, "bestuur-en-politiek": 9, "communicatie": 4}
    ambitie = {
        "positionering-intern": 7,
        "proces-binnen-gemeente": 7,
        "proces-met-bewoners": 6,
        "bestuur-en-politiek": 7,
        "communicatie": 7,
    }
    zet(page, "huidig", huidig)
    zet(page, "ambitie", ambitie)
    link = page.locator('[data-testid="deel-link"]').get_attribute("href")
    assert urlparse(link).fragment
    beste = scan.rangschik(handboek, huidig)[0].profiel

    # Een tweede tabblad: niets bewaard, dus alles wat het weet komt uit de link.
    p2 = pagina.context.new_page()
    try:
        p2.goto(link)
        p2.wait_for_function(KLAAR, timeout=60_000)
        assert p2.evaluate("Object.keys(localStorage).filter(k => k.startsWith('wijktool'))") == []
        assert standen_op_pagina(p2, "huidig") == huidig
        assert standen_op_pagina(p2, "ambitie") == ambitie
        wacht_op_beste(p2, beste)
        assert p2.locator('[data-testid="melding"]').is_hidden()
    finally:
        p2.close()


GEKNOEID = [
    "#huidig=5,5,99,5,5&ambitie=5,5,5,5,5",
    "#huidig=5,5,5,5&ambitie=5,5,5,5,5",
    "#huidig=a,b,c,d,e&ambitie=5,5,5,5,5",
    "#huidig=5,5,5,5,5",
    "#huidig=%E2%9C%93<script>alert(1)</script>",
]


def test_geknoeide_link_wordt_genegeerd_met_een_melding(pagina, server):
    """De eerste link komt bij het laden binnen, de andere in hetzelfde tabblad (een
    nieuwe deellink, zoals in D4): zo hoeft Python maar één keer te starten."""
    melding = pagina.page.locator('[data-testid="melding"]')
    page = open_scan(pagina, server, GEKNOEID[0])
    for nr, fragment in enumerate(GEKNOEID):
        if nr:
            # Bewaren lukt en haalt de vorige melding weg (D17); dan de volgende link.
            page.get_by_role("button", name="Bewaar op dit apparaat").click()
            assert melding.is_hidden(), fragment
            page.evaluate("(f) => { location.hash = f; }", fragment)
            melding.wait_for(state="visible")
        assert "ongeldig" in melding.inner_text(), fragment
        assert standen_op_pagina(page, "huidig") == {s: 5 for s in SCHUIVEN}, fragment
    assert pagina.console_fouten() == []


def test_bewaren_herladen_en_wissen(pagina, server):
    page = open_scan(pagina, server)
    zet(page, "huidig", {"communicatie": 9, "proces-met-bewoners": 2})
    page.get_by_role("button", name="Bewaar op dit apparaat").click()
    page.goto(server.url + "zelfscan/")
    page.wait_for_function(KLAAR, timeout=60_000)
    assert standen_op_pagina(page, "huidig")["communicatie"] == 9
    assert standen_op_pagina(page, "huidig")["proces-met-bewoners"] == 2
    page.get_by_role("button", name="Wis").click()
    assert standen_op_pagina(page, "huidig") == {s: 5 for s in SCHUIVEN}
    assert page.evaluate("localStorage.getItem('wijktool.schuifoefening.v1')") is None
    page.reload()
    page.wait_for_function(KLAAR, timeout=60_000)
    assert standen_op_pagina(page, "huidig") == {s: 5 for s in SCHUIVEN}


@pytest.mark.parametrize("kapot", ["{kapot", json.dumps({"invoer": {"huidig": {"communicatie": 1}}}), json.dumps([1, 2, 3])])
def test_kapotte_opslag_geeft_een_melding_geen_crash(pagina, server, kapot):
    zet_opslag(pagina.page, server.url, "wijktool.schuifoefening.v1", kapot)
    page = open_scan(pagina, server)
    assert "beschadigd" in page.locator('[data-testid="melding"]').inner_text()
    assert standen_op_pagina(page, "huidig") == {s: 5 for s in SCHUIVEN}
    assert page.evaluate("localStorage.getItem('wijktool.schuifoefening.v1')") is None
    assert pagina.console_fouten() == []


def test_exporteren_en_importeren_toont_het_verschil(pagina, server, tmp_path):
    page = open_scan(pagina, server)
    zet(page, "huidig", {"communicatie": 3})
    with page.expect_download() as download:
        page.get_by_role("button", name="Exporteer naar een bestand").click()
    bestand = tmp_path / "export.json"
    download.value.save_as(bestand)
    data = json.loads(bestand.read_text())
    assert data["formaat"] == "wijktool-schuifoefening" and data["invoer"]["huidig"]["communicatie"] == 3

    zet(page, "huidig", {"communicatie": 8})
    page.locator('input[type=file][data-actie="importeer"]').set_input_files(str(bestand))
    rij = page.locator('[data-testid="vergelijking"] tr[data-paneel="huidig"][data-schuif="communicatie"]')
    rij.wait_for()
    assert rij.get_attribute("data-verschil") == "5"
    page.get_by_role("button", name="Zet de standen uit het bestand in de scan").click()
    assert standen_op_pagina(page, "huidig")["communicatie"] == 3


def test_import_van_een_fout_bestand_geeft_een_melding(pagina, server, tmp_path):
    page = open_scan(pagina, server)
    fout = tmp_path / "fout.json"
    fout.write_text(
        json.dumps({"formaat": "wijktool-schuifoefening", "versie": 2, "invoer": {"huidig": {"communicatie": 50}, "ambitie": {}}})
    )
    page.locator('input[type=file][data-actie="importeer"]').set_input_files(str(fout))
    page.wait_for_function("!document.querySelector('[data-testid=melding]').hidden")
    assert "ongeldige standen" in page.locator('[data-testid="melding"]').inner_text()


@pytest.mark.koude_start
def test_als_pyodide_niet_laadt_een_duidelijke_melding_en_de_tabel(koude_pagina, server):
    koude_pagina.context.route("**/*.wasm", lambda route: route.abort())
    page = open_scan(koude_pagina, server, wacht=False)
    page.wait_for_function("document.documentElement.dataset.wijktool === 'fout'", timeout=60_000)
    melding = page.locator('[data-testid="melding"]')
    assert melding.is_visible() and "kon niet laden" in melding.inner_text()
    assert page.locator("table.profielen-tabel tbody tr").count() == 5
    # de schuiven blijven bruikbaar: de stand in woorden loopt mee
    schuif(page, "huidig", "communicatie").fill("9")
    assert page.locator('[data-paneel="huidig"] [data-schuif="communicatie"] output').inner_text().startswith("9: ")


@pytest.mark.koude_start
def test_geen_verzoek_naar_een_andere_host(koude_pagina, server):
    page = open_scan(koude_pagina, server)
    # ook de verzoeken van een rekenvraag aan de worker tellen mee: wacht op zijn antwoord
    na_antwoord(page, lambda: zet(page, "huidig", {"communicatie": 7}))
    eigen = urlparse(server.url).netloc
    vreemd = [u for u in koude_pagina.verzoeken if urlparse(u).scheme in ("http", "https") and urlparse(u).netloc != eigen]
    assert vreemd == []
    # de worker haalde de runtime echt op, van de eigen host
    assert any(u.endswith("pyodide.asm.wasm") for u in koude_pagina.verzoeken)
    assert any(u.endswith(".whl") for u in koude_pagina.verzoeken)


def test_zelfde_uitkomst_in_cpython_en_in_pyodide(pagina, server, handboek, gebouwde_site):
    """Pariteit: dezelfde panelen geven in de worker (Pyodide) precies dezelfde
    uitkomst als wijktool.scan in CPython."""
    panelen = [scan.midden(handboek), {s: 0 for s in SCHUIVEN}, {s: 10 for s in SCHUIVEN}]
    panelen += [eigen(handboek, p.slug) for p in handboek.profielen]
    panelen += [
        {"positionering-intern": 3, "proces-binnen-gemeente": 2, "proces-met-bewoners": 9, "bestuur-en-politiek": 8, "communicatie": 9}
    ]
    verzoeken = [{"huidig": h, "ambitie": panelen[(i + 1) % len(panelen)]} for i, h in enumerate(panelen)]
    uit_browser = worker_antwoorden(
        pagina.page, gebouwde_site, server.url, "zelfscan/", [{"actie": "reken", "invoer": v, "basis": "../"} for v in verzoeken]
    )
    uit_browser = [a["uitkomst"] for a in uit_browser]
    uit_cpython = [json.loads(json.dumps(scan.scan(handboek, v["huidig"], v["ambitie"]))) for v in verzoeken]
    assert uit_browser == uit_cpython


def test_runtime_met_kleine_stdlib_en_zonder_snapshot(pagina, server):
    # De worker haalt de kleine stdlib uit de map van Pyodide (met hash), geen
    # volledige stdlib en geen geheugensnapshot (5,2 MB op de lijn; zie deploy/README.md).
    open_scan(pagina, server)
    stdlib = [u for u in pagina.verzoeken if u.endswith("python_stdlib.zip")]
    assert stdlib and all(re.search(r"/assets/pyodide/[0-9a-f]{16}/python_stdlib.zip$", u) for u in stdlib)
    assert not any(".snap" in u or "stdlib_pyc" in u for u in pagina.verzoeken)
    assert not any("snapshot" in r for r in pagina.console)


WIJKTOOL_WORKER = "assets/js/wijktool-worker.js"


# Legt het id van elk startbericht aan een worker vast: 0 komt van rekenhulp-vroeg.js,
# 1 en hoger van rekenhulp.js.
STARTS = """(() => {
  window.__starts = [];
  const echt = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (bericht, ...rest) {
    if (bericht && bericht.type === "start") window.__starts.push(bericht.id);
    return echt.call(this, bericht, ...rest);
  };
})();"""


def _workers(page) -> list:
    page.add_init_script(STARTS)
    gestart = []
    page.on("worker", lambda w: gestart.append(w) if w.url.endswith(WIJKTOOL_WORKER) else None)
    return gestart


def test_de_worker_start_vanuit_de_head_en_de_paginacontroller_neemt_hem_over(pagina, server):
    """rekenhulp-vroeg.js start de worker voordat de modules draaien; rekenhulp.js neemt
    hem over: één worker, en de scan wordt klaar."""
    workers = _workers(pagina.page)
    open_scan(pagina, server)
    assert [w.url for w in workers] == [server.url + WIJKTOOL_WORKER]
    assert pagina.page.evaluate("window.__starts") == [0]  # alleen de start uit de head
    assert pagina.page.evaluate("window.wijktoolVroeg") is None  # overgenomen
    assert not [r for r in pagina.console if "andere runtime" in r]


def test_zonder_vroege_worker_start_de_paginacontroller_er_zelf_een(pagina, server):
    """Draaide de paginacontroller eerst (het script in de head kwam laat), dan start
    rekenhulp-vroeg.js niets meer: ook dan één worker."""
    # zoals rekenhulp.js het zet; het html-element bestaat nog niet als dit script draait
    pagina.page.add_init_script(
        "new MutationObserver((_, o) => { if (document.documentElement) { document.documentElement.dataset.wijktool = 'laden'; o.disconnect(); } })"
        ".observe(document, { childList: true })"
    )
    workers = _workers(pagina.page)
    open_scan(pagina, server)
    assert len(workers) == 1
    assert pagina.page.evaluate("window.__starts") == [1]


def test_een_vroege_worker_met_een_andere_runtime_wordt_niet_gebruikt(pagina, server):
    """Wijst de head naar een ander wiel dan de config van de scan (een half uitgerolde
    site), dan stopt rekenhulp.js die worker en start hij een eigen, met zijn runtime."""

    def ander_wiel(route):
        html = route.fetch().text()
        route.fulfill(body=re.sub(r'data-wiel="([^"]+)"', r'data-wiel="\1?oud"', html), content_type="text/html")

    pagina.page.route("**/zelfscan/", ander_wiel)
    workers = _workers(pagina.page)
    open_scan(pagina, server)
    assert len(workers) == 2
    assert pagina.page.evaluate("window.__starts") == [0, 1]
    assert any("andere runtime" in r for r in pagina.console)
    wielen = [u for u in pagina.verzoeken if ".whl" in u]
    assert wielen[-1].endswith(".whl") and not wielen[-1].endswith("?oud")
