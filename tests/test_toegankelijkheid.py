"""WCAG 2.1 AA: axe-core op elke pagina van de gebouwde site, de scans na het
laden en na bediening, en een toetsenbordronde door de scans en een checklist."""

from __future__ import annotations

import pytest

from hulp.axe import beschrijf, overtredingen
from hulp.browser import KLAAR, wacht_op_rust


def test_elke_pagina_zonder_overtredingen(kruipverslag, paginas):
    # axe draaide in de ronde langs alle pagina's (conftest.py), direct na het laden.
    assert len(paginas) >= 39
    fouten = []
    for pad in [*paginas, "404.html"]:
        gevonden = kruipverslag[pad].axe
        assert gevonden is not None, f"{pad}: axe niet gedraaid"
        if gevonden:
            fouten.append(beschrijf(pad or "/", gevonden))
    assert not fouten, "\n".join(fouten)


@pytest.mark.parametrize("pad", ["zelfscan/", "zelfscan/volwassenheid/", "zelfscan/checklist/", "zelfscan/samen/"])
def test_scanpagina_klaar_en_na_bediening(pagina, server, pad):
    page = pagina.page
    page.goto(server.url + pad)
    page.wait_for_function(KLAAR, timeout=60_000)
    assert not (v := overtredingen(page)), beschrijf(pad, v)
    if pad == "zelfscan/":
        page.locator('[data-paneel="ambitie"] input[name="proces-met-bewoners"]').fill("10")
        page.locator('[data-paneel="huidig"] input[name="proces-binnen-gemeente"]').fill("1")
        page.wait_for_selector('[data-testid="gat"]')
    elif pad == "zelfscan/volwassenheid/":
        page.locator('input[type=radio][value="3"]').first.check()
        page.locator('input[type=radio][value="1"]').nth(1).check()
        page.wait_for_selector('[data-testid="aandacht"]')
    elif pad == "zelfscan/samen/":
        page.fill('textarea[name="deellinks"]', "A: #huidig=2,8,1,9,4&ambitie=5,5,5,5,5\nB: #huidig=5,6,5,5,5&ambitie=5,5,5,5,5")
        page.click('[data-testid="samen-vergelijk"]')
        page.wait_for_selector('[data-testid="samen-groep"]')
    else:
        page.get_by_role("button", name="Wis").click()
    # de melding (rol alert) ook eens zichtbaar
    page.evaluate("() => { const m = document.querySelector('[data-testid=melding]'); m.textContent = 'Proef'; m.hidden = false; }")
    page.mouse.move(0, 0)
    wacht_op_rust(page)  # overgangen (kop bij scrollen, knop bij hover) eerst laten uitlopen
    assert not (v := overtredingen(page)), beschrijf(pad + " (na bediening)", v)


@pytest.mark.zoeken
def test_zoekvenster_open(pagina, server):
    page = pagina.page
    page.goto(server.url)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.keyboard.type("valkuil")
    page.wait_for_selector(".md-search-result__item")
    # Het zoekvenster komt op met een overgang; halverwege meet axe een te laag contrast.
    wacht_op_rust(page)
    assert not (v := overtredingen(page)), beschrijf("zoeken", v)
    # axe ziet het niet, Lighthouse wel: het zoekvenster (role=dialog) heeft een naam
    assert page.get_by_role("dialog", name="Zoeken").count() == 1


def zichtbare_focus(page) -> bool:
    """De focus is zichtbaar: een outline of box-shadow op het element met focus."""
    return page.evaluate(
        """() => { let e = document.activeElement; if (!e || e === document.body) return false;
            // een verborgen bestandskiezer toont zijn focus op zijn label (:focus-within)
            if (e.type === 'file' && e.closest('label')) e = e.closest('label');
            const s = getComputedStyle(e);
            return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }"""
    )


def tab_tot(page, beschrijving: str, voorwaarde: str, maximum: int = 200) -> None:
    for _ in range(maximum):
        page.keyboard.press("Tab")
        if page.evaluate(voorwaarde):
            return
    raise AssertionError(f"met Tab niet bereikt: {beschrijving}")


def test_toetsenbord_door_de_schuifoefening(pagina, server):
    page = pagina.page
    page.goto(server.url + "zelfscan/")
    page.wait_for_function(KLAAR, timeout=60_000)
    bereikt = []
    for _ in range(250):
        page.keyboard.press("Tab")
        info = page.evaluate(
            "() => { const e = document.activeElement; return e ? [e.tagName, e.type || '', e.name || '', (e.closest('[data-paneel]') || {}).dataset?.paneel || '', e.dataset.actie || ''] : null; }"
        )
        if info and info[1] == "range":
            bereikt.append(f"{info[3]}:{info[2]}")
            assert zichtbare_focus(page), f"geen zichtbare focus op schuif {info}"
        if info and info[4]:
            bereikt.append(f"knop:{info[4]}")
            assert zichtbare_focus(page), f"geen zichtbare focus op knop {info}"
    schuiven = [b for b in bereikt if not b.startswith("knop:")]
    assert len(set(schuiven)) == 10, bereikt
    # volgorde: eerst alle schuiven van het huidige paneel, dan de ambitie
    assert [b.split(":")[0] for b in schuiven[:10]] == ["huidig"] * 5 + ["ambitie"] * 5
    for actie in ("kopieer", "bewaar", "wis", "exporteer", "importeer", "print"):
        assert f"knop:{actie}" in bereikt, f"knop {actie} niet bereikt met Tab"
    # pijltjes bedienen een schuif, Enter een knop
    page.locator('[data-paneel="huidig"] input[name="communicatie"]').focus()
    page.keyboard.press("ArrowUp")
    assert page.locator('[data-paneel="huidig"] input[name="communicatie"]').input_value() == "6"
    page.locator('button[data-actie="bewaar"]').focus()
    page.keyboard.press("Enter")
    assert page.evaluate("localStorage.getItem('wijktool.schuifoefening.v1')") is not None


def test_toetsenbord_door_de_volwassenheidsscan(pagina, server, handboek):
    page = pagina.page
    page.goto(server.url + "zelfscan/volwassenheid/")
    page.wait_for_function(KLAAR, timeout=60_000)
    eerste = handboek.themas[0].slug
    tab_tot(page, "eerste thema", f"document.activeElement.name === '{eerste}'")
    assert zichtbare_focus(page)
    page.keyboard.press("ArrowDown")  # radiogroep: pijl naar de volgende fase
    assert page.locator(f'input[name="{eerste}"][value="2"]').is_checked()
    page.wait_for_selector(f'[data-testid="fase-thema"][data-thema="{eerste}"][data-fase="2"]')
    for thema in handboek.themas[1:]:
        tab_tot(page, thema.slug, f"document.activeElement.name === '{thema.slug}'")


def test_toetsenbord_door_een_checklist(pagina, server, handboek):
    page = pagina.page
    page.goto(server.url + "opgaven/open-podium/")
    tab_tot(page, "printknop", "document.activeElement.matches('button.checklist-printknop')")
    assert zichtbare_focus(page)
    eerste = handboek.opgave("open-podium").items[0].nr
    tab_tot(page, "eerste vakje", f"document.activeElement.dataset.item === '{eerste}'")
    assert zichtbare_focus(page)
    page.keyboard.press("Space")
    assert page.locator(f'input[data-item="{eerste}"]').is_checked()
