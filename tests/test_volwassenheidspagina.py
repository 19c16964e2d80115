"""De volwassenheidsscan (zelfscan/volwassenheid/) in echte headless Chromium."""

from __future__ import annotations

import json

import pytest

from hulp.browser import KLAAR, worker_antwoorden, zet_opslag
from wijktool.scans import volwassenheidsscan as vs


def open_pagina(pagina, server, fragment: str = "", wacht: bool = True):
    pagina.page.goto(server.url + "zelfscan/volwassenheid/" + fragment)
    if wacht:
        pagina.page.wait_for_function(KLAAR, timeout=60_000)
    return pagina.page


def kies(page, keuzes: dict[str, int]) -> None:
    for thema, fase in keuzes.items():
        page.locator(f'input[type=radio][name="{thema}"][value="{fase}"]').check()


def fases_in_uitkomst(page) -> dict[str, int]:
    rijen = page.locator('[data-testid="fase-thema"]')
    return {rijen.nth(i).get_attribute("data-thema"): int(rijen.nth(i).get_attribute("data-fase")) for i in range(rijen.count())}


def test_contract_en_begin(pagina, server, handboek):
    page = open_pagina(pagina, server, wacht=False)
    for t in handboek.themas:
        radios = page.locator(f'input[type=radio][name="{t.slug}"]')
        assert [radios.nth(i).get_attribute("value") for i in range(radios.count())] == ["1", "2", "3", "4"]
    # Geen fase vooraf gekozen: geen enkel rondje aan, geen thema in de uitkomst.
    assert page.locator("input[type=radio]:checked").count() == 0
    assert fases_in_uitkomst(page) == {}
    assert page.locator('[data-testid="totaalbeeld"]').get_attribute("data-beantwoord") == "0"


def test_uitkomst_per_thema_verschijnt_bij_een_antwoord(pagina, server, handboek):
    page = open_pagina(pagina, server)
    themas = [t.slug for t in handboek.themas]
    kies(page, {themas[2]: 3})
    page.wait_for_selector(f'[data-testid="fase-thema"][data-thema="{themas[2]}"]')
    assert fases_in_uitkomst(page) == {themas[2]: 3}
    kies(page, {themas[0]: 2})
    page.wait_for_selector('[data-testid="totaalbeeld"][data-beantwoord="2"]')
    assert "2 van de 6 thema's beantwoord" in page.locator('[data-testid="totaalbeeld"]').inner_text()
    assert page.locator('[data-testid="deel-link"]').get_attribute("href").endswith("#fases=2,,3,,,")
    page.get_by_role("button", name="Wis").click()
    assert page.locator("input[type=radio]:checked").count() == 0


def test_keuzes_geven_fase_aandacht_en_volgende_stap(pagina, server, handboek):
    page = open_pagina(pagina, server)
    themas = [t.slug for t in handboek.themas]
    keuze = dict(zip(themas, [3, 2, 3, 4, 2, 3], strict=True))
    kies(page, keuze)
    page.wait_for_function(
        "(verwacht) => [...document.querySelectorAll('[data-testid=fase-thema]')].map(e => e.dataset.fase).join(',') === verwacht",
        arg=",".join(str(keuze[t]) for t in themas),
    )
    verwacht = vs.SCAN.uitkomst(handboek, keuze)
    aandacht = page.locator('[data-testid="aandacht"]')
    assert [aandacht.nth(i).get_attribute("data-thema") for i in range(aandacht.count())] == verwacht["aandacht"]
    assert page.locator('[data-testid="totaalbeeld"]').get_attribute("data-fase") == str(verwacht["totaal"]["fase"])
    # de volgende stap is de tekst van de volgende fase
    eerste = handboek.themas[1]
    assert eerste.cel(3).tekst in page.locator(f'[data-testid="fase-thema"][data-thema="{eerste.slug}"]').inner_text()
    assert pagina.console_fouten() == []


def test_deellink_opslag_en_geknoeide_link(pagina, server, handboek):
    page = open_pagina(pagina, server)
    themas = [t.slug for t in handboek.themas]
    keuze = dict(zip(themas, [4, 1, 2, 2, 3, 1], strict=True))
    kies(page, keuze)
    link = page.locator('[data-testid="deel-link"]').get_attribute("href")
    assert link.endswith("#fases=4,1,2,2,3,1")
    # Een tweede tabblad: niets bewaard, dus alles wat het weet komt uit de link.
    p2 = pagina.context.new_page()
    try:
        p2.goto(link)
        p2.wait_for_function(KLAAR, timeout=60_000)
        assert p2.evaluate("Object.keys(localStorage).filter(k => k.startsWith('wijktool'))") == []
        p2.wait_for_function("document.querySelector('[data-testid=fase-thema]').dataset.fase === '4'")
        assert fases_in_uitkomst(p2) == keuze
    finally:
        p2.close()
    page.get_by_role("button", name="Bewaar op dit apparaat").click()
    page.goto(server.url + "zelfscan/volwassenheid/")
    page.wait_for_function(KLAAR, timeout=60_000)
    assert fases_in_uitkomst(page) == keuze
    # Een geknoeide link in hetzelfde tabblad (hashchange): melding, en de bewaarde keuzes blijven.
    page.goto(server.url + "zelfscan/volwassenheid/#fases=9,1,1,1,1,1")
    page.wait_for_function("!document.querySelector('[data-testid=melding]').hidden")
    assert "ongeldige" in page.locator('[data-testid="melding"]').inner_text()
    assert fases_in_uitkomst(page) == keuze
    # Na herladen is het adres schoon: de bewaarde keuzes, zonder melding.
    page.reload()
    page.wait_for_function(KLAAR, timeout=60_000)
    assert fases_in_uitkomst(page) == keuze
    assert page.locator('[data-testid="melding"]').is_hidden()


@pytest.mark.parametrize("kapot", ["{kapot", json.dumps({"invoer": {"visie-en-inspiratie": 9}})])
def test_kapotte_opslag(pagina, server, kapot):
    zet_opslag(pagina.page, server.url, "wijktool.volwassenheidsscan.v1", kapot)
    page = open_pagina(pagina, server)
    assert "beschadigd" in page.locator('[data-testid="melding"]').inner_text()
    assert page.evaluate("localStorage.getItem('wijktool.volwassenheidsscan.v1')") is None


def test_exporteren_en_importeren(pagina, server, handboek, tmp_path):
    page = open_pagina(pagina, server)
    themas = [t.slug for t in handboek.themas]
    kies(page, {themas[0]: 3})
    with page.expect_download() as download:
        page.get_by_role("button", name="Exporteer naar een bestand").click()
    bestand = tmp_path / "v.json"
    download.value.save_as(bestand)
    assert json.loads(bestand.read_text())["invoer"][themas[0]] == 3
    kies(page, {themas[0]: 1})
    page.locator('input[type=file][data-actie="importeer"]').set_input_files(str(bestand))
    page.wait_for_function(f"document.querySelector('[data-testid=fase-thema][data-thema=\"{themas[0]}\"]').dataset.fase === '3'")
    fout = tmp_path / "fout.json"
    fout.write_text(json.dumps({"formaat": "wijktool-volwassenheidsscan", "versie": 2, "invoer": {themas[0]: 7}}))
    page.locator('input[type=file][data-actie="importeer"]').set_input_files(str(fout))
    page.wait_for_function("!document.querySelector('[data-testid=melding]').hidden")
    assert "ongeldige keuzes" in page.locator('[data-testid="melding"]').inner_text()


def test_pariteit_cpython_en_pyodide(pagina, server, handboek, gebouwde_site):
    themas = [t.slug for t in handboek.themas]
    gevallen = [dict(zip(themas, f, strict=True)) for f in ([1] * 6, [4] * 6, [1, 2, 3, 4, 1, 2], [3, 3, 2, 2, 4, 1])]
    uit_browser = worker_antwoorden(
        pagina.page,
        gebouwde_site,
        server.url,
        "zelfscan/volwassenheid/",
        [{"actie": "reken", "invoer": g, "basis": "../../"} for g in gevallen],
    )
    uit_browser = [a["uitkomst"] for a in uit_browser]
    assert uit_browser == [json.loads(json.dumps(vs.SCAN.uitkomst(handboek, g))) for g in gevallen]
