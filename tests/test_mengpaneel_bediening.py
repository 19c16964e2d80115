"""Het mengpaneel is de bediening (issue 10): verticale schuiven, groot genoeg
om aan te raken, met het toetsenbord te bedienen, einden benoemd, één tekening."""

from __future__ import annotations

import pytest

KLAAR = "document.documentElement.dataset.wijktool === 'klaar'"


@pytest.mark.parametrize("breedte", [1280, 360])
def test_schuiven_staan_rechtop_en_zijn_groot_genoeg(browser, server, breedte):
    context = browser.new_context(viewport={"width": breedte, "height": 900})
    context.route("**/*.wasm", lambda route: route.abort())
    try:
        page = context.new_page()
        page.goto(server.url + "zelfscan/")
        maten = page.evaluate("""[...document.querySelectorAll('[data-paneel] input[type=range]')].map(i => {
            const r = i.getBoundingClientRect(); return [i.name, r.width, r.height, getComputedStyle(i).writingMode]; })""")
        assert len(maten) == 10
        for naam, breed, hoog, schrijf in maten:
            assert schrijf == "vertical-lr", naam
            assert hoog > breed and breed >= 44 and hoog >= 150, (naam, breed, hoog)
        # geen tweede tekening van hetzelfde paneel in de bediening
        assert page.locator("[data-scan=schuifoefening] svg.mengpaneel-svg").count() == 0
        # de einden van elke schuif staan erbij
        assert page.locator('[data-paneel="huidig"] .mp-eind-hoog').count() == 5
    finally:
        context.close()


def test_pijl_omhoog_zet_de_schuif_hoger_en_de_knop_gaat_omhoog(pagina, server, handboek):
    page = pagina.page
    page.goto(server.url + "zelfscan/")
    page.wait_for_function(KLAAR, timeout=90_000)
    invoer = page.locator('[data-paneel="ambitie"] input[type=range][name="communicatie"]')
    invoer.focus()
    for _ in range(3):
        page.keyboard.press("ArrowUp")
    assert invoer.input_value() == "8"
    assert invoer.get_attribute("aria-valuetext") == f"8: {handboek.regels.woorden[8]}"
    # Klik vlak onder de bovenkant: een hoge stand (0 staat onderaan).
    vak = invoer.bounding_box()
    page.mouse.click(vak["x"] + vak["width"] / 2, vak["y"] + 10)
    assert int(invoer.input_value()) >= 9
    page.mouse.click(vak["x"] + vak["width"] / 2, vak["y"] + vak["height"] - 10)
    assert int(invoer.input_value()) <= 1
