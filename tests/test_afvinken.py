"""De afvinklijst op de opgavepagina's en het overzicht (zelfscan/checklist/) in Chromium."""

from __future__ import annotations

import json

from hulp.browser import KLAAR, zet_opslag
from wijktool.scans import afvinklijst as cb


def balans_op_pagina(page) -> dict[str, tuple[int, int]]:
    rijen = page.locator('[data-testid="opgave-balans"]')
    return {
        rijen.nth(i).get_attribute("data-opgave"): (
            int(rijen.nth(i).get_attribute("data-kansen")),
            int(rijen.nth(i).get_attribute("data-valkuilen")),
        )
        for i in range(rijen.count())
    }


def test_vinkjes_blijven_en_tellen_mee_in_het_overzicht(pagina, server, handboek):
    page = pagina.page
    o = handboek.opgave("open-podium")
    page.goto(server.url + "opgaven/open-podium/")
    vinken = [o.kansen[0].nr, o.kansen[2].nr, o.valkuilen[1].nr]
    for nr in vinken:
        page.locator(f'input[type=checkbox][data-item="{nr}"]').check()
    # een tweede opgave, en een vinkje dat weer uit gaat
    r = handboek.opgave("rugdekking")
    page.goto(server.url + "opgaven/rugdekking/")
    page.locator(f'input[type=checkbox][data-item="{r.valkuilen[0].nr}"]').check()
    page.locator(f'input[type=checkbox][data-item="{r.kansen[0].nr}"]').check()
    page.locator(f'input[type=checkbox][data-item="{r.kansen[0].nr}"]').uncheck()
    # terug: de vinkjes staan er nog
    page.goto(server.url + "opgaven/open-podium/")
    assert all(page.locator(f'input[type=checkbox][data-item="{nr}"]').is_checked() for nr in vinken)
    # ook op de pagina met alle 97 punten
    page.goto(server.url + "checklist/")
    assert page.locator(f'input[type=checkbox][data-item="{r.valkuilen[0].nr}"]').is_checked()

    page.goto(server.url + "zelfscan/checklist/")
    page.wait_for_function(KLAAR, timeout=60_000)
    page.wait_for_selector('[data-testid="aantal-vinkjes"][data-aantal="4"]')
    verwacht = cb.SCAN.uitkomst(handboek, vinken + [r.valkuilen[0].nr])
    assert balans_op_pagina(page) == {x["opgave"]: (x["kansen"], x["valkuilen"]) for x in verwacht["opgaven"]}
    rijen = page.locator('[data-testid="opgave-balans"]')
    assert [rijen.nth(i).get_attribute("data-opgave") for i in range(rijen.count())] == [x["opgave"] for x in verwacht["opgaven"]]
    assert rijen.first.get_attribute("data-opgave") == "rugdekking"  # enige valkuil aanwezig, geen kans
    assert page.locator(".balans-diagram[role=img]").count() == 1
    assert pagina.console_fouten() == []


def test_printen_geeft_lege_vakjes_tenzij_met_antwoorden(pagina, server, handboek):
    page = pagina.page
    page.goto(server.url + "opgaven/profiel/")
    nr = handboek.opgave("profiel").kansen[0].nr
    page.locator(f'input[type=checkbox][data-item="{nr}"]').check()
    page.emulate_media(media="print")
    vak = page.locator(f'li[data-item="{nr}"] .checklist-vak')
    assert vak.evaluate("e => getComputedStyle(e, '::after').content") in ("none", "normal", "")
    page.evaluate("document.documentElement.classList.add('print-met-antwoorden')")
    assert "✓" in vak.evaluate("e => getComputedStyle(e, '::after').content")
    leeg = page.locator(f'li[data-item="{handboek.opgave("profiel").kansen[1].nr}"] .checklist-vak')
    assert leeg.evaluate("e => getComputedStyle(e, '::after').content") in ("none", "normal", "")


def test_exporteren_importeren_en_wissen(pagina, server, tmp_path):
    page = pagina.page
    page.goto(server.url + "opgaven/breed-bereik/")
    page.locator('input[type=checkbox][data-item="3"]').check()
    page.goto(server.url + "zelfscan/checklist/")
    page.wait_for_function(KLAAR, timeout=60_000)
    page.wait_for_selector('[data-testid="aantal-vinkjes"][data-aantal="1"]')
    with page.expect_download() as download:
        page.get_by_role("button", name="Exporteer naar een bestand").click()
    bestand = tmp_path / "c.json"
    download.value.save_as(bestand)
    assert json.loads(bestand.read_text())["invoer"] == [3]
    # Wissen raakt alle opgavepagina's: de pagina vraagt het eerst.
    page.get_by_role("button", name="Wis", exact=True).click()
    page.get_by_role("button", name="Ja, ga door").click()
    page.wait_for_selector('[data-testid="aantal-vinkjes"][data-aantal="0"]')
    assert page.evaluate("localStorage.getItem('wijktool.afvinklijst.v1')") is None
    page.locator('input[type=file][data-actie="importeer"]').set_input_files(str(bestand))
    page.get_by_role("button", name="Ja, ga door").click()
    page.wait_for_selector('[data-testid="aantal-vinkjes"][data-aantal="1"]')
    page.goto(server.url + "opgaven/breed-bereik/")
    assert page.locator('input[type=checkbox][data-item="3"]').is_checked()


def test_kapotte_vinkjes_in_de_opslag(pagina, server):
    page = pagina.page
    zet_opslag(page, server.url, "wijktool.afvinklijst.v1", json.dumps({"invoer": [1, 500]}))
    page.goto(server.url + "zelfscan/checklist/")
    page.wait_for_function(KLAAR, timeout=60_000)
    assert "beschadigd" in page.locator('[data-testid="melding"]').inner_text()
    assert page.locator('[data-testid="aantal-vinkjes"]').get_attribute("data-aantal") == "0"
    # ook de opgavepagina gaat er goed mee om
    page.evaluate("localStorage.setItem('wijktool.afvinklijst.v1', '{kapot')")
    page.goto(server.url + "opgaven/breed-bereik/")
    assert not page.locator('input[type=checkbox][data-item="1"]').is_checked()
    assert "beschadigd" in page.locator(".checklist-melding").first.inner_text()
    assert pagina.console_fouten() == []
