"""Samen scannen (zelfscan/samen/) in Chromium: het testcontract uit issue 10,
een trio van drie deellinks, de teamlink, deelnemers uit bestanden, pariteit."""

from __future__ import annotations

import json

from hulp.browser import worker_antwoorden
from wijktool.scans import samen

KLAAR = "document.documentElement.dataset.wijktool === 'klaar'"
TRIO = [
    "Wijkambtenaar: {url}zelfscan/#huidig=2,8,1,9,4&ambitie=5,5,5,5,5",
    "Sociaal domein: {url}zelfscan/#huidig=5,6,5,5,5&ambitie=6,6,6,6,6",
    "{url}zelfscan/#huidig=8,9,2,8,4&ambitie=1,1,1,1,1",
]


def open_samen(pagina, server, fragment: str = ""):
    pagina.page.goto(server.url + "zelfscan/samen/" + fragment)
    pagina.page.wait_for_function(KLAAR, timeout=90_000)
    return pagina.page


def schuiven_op_pagina(page) -> list[tuple]:
    rijen = page.locator('[data-testid="samen-schuif"]')
    return [
        tuple(rijen.nth(i).get_attribute(a) for a in ("data-schuif", "data-min", "data-max", "data-gemiddeld"))
        for i in range(rijen.count())
    ]


def test_trio_plakt_drie_links_en_ziet_waar_het_verschilt(pagina, server):
    page = open_samen(pagina, server)
    page.fill('textarea[name="deellinks"]', "\n".join(r.format(url=server.url) for r in TRIO))
    page.click('[data-testid="samen-vergelijk"]')
    page.wait_for_selector('[data-testid="samen-groep"]', timeout=30_000)
    # Met de hand (zie tests/test_samen.py): spreiding 6, 4, 4, 3, 1; bij gelijke spreiding de volgorde van de bron.
    assert schuiven_op_pagina(page) == [
        ("positionering-intern", "2", "8", "5.0"),
        ("proces-met-bewoners", "1", "5", "2.7"),
        ("bestuur-en-politiek", "5", "9", "7.3"),
        ("proces-binnen-gemeente", "6", "9", "7.7"),
        ("communicatie", "4", "5", "4.3"),
    ]
    mensen = page.locator('[data-testid="samen-deelnemer"]')
    assert [mensen.nth(i).get_attribute("data-profiel") for i in range(3)] == [
        "organisatiegerichte-gemeente",
        "ontwikkelende-gemeente",
        "organisatiegerichte-gemeente",
    ]
    assert "Wijkambtenaar" in mensen.nth(0).inner_text() and "Deelnemer 3" in mensen.nth(2).inner_text()
    assert page.locator('[data-testid="samen-groep"]').get_attribute("data-profiel") == "organisatiegerichte-gemeente"

    # Ambitie kiezen: 5/6/1 op elke schuif → 1..6, gemiddeld 4.0, volgorde van de bron.
    page.check('input[name="paneel"][value="ambitie"]')
    page.wait_for_function("document.querySelector('[data-testid=samen-schuif]').dataset.gemiddeld === '4.0'")
    assert {r[1:] for r in schuiven_op_pagina(page)} == {("1", "6", "4.0")}
    assert pagina.console_fouten() == []


def test_het_hele_team_in_een_link(pagina, server, browser):
    page = open_samen(pagina, server)
    page.fill('textarea[name="deellinks"]', "\n".join(r.format(url=server.url) for r in TRIO))
    page.click('[data-testid="samen-vergelijk"]')
    page.wait_for_selector('[data-testid="samen-groep"]')
    link = page.locator('[data-testid="deel-link"]').get_attribute("href")
    ander = browser.new_context()
    try:
        p2 = ander.new_page()
        p2.goto(link)
        p2.wait_for_function(KLAAR, timeout=90_000)
        p2.wait_for_selector('[data-testid="samen-groep"]', timeout=30_000)
        assert p2.locator('[data-testid="samen-deelnemer"]').count() == 3
        assert p2.locator('textarea[name="deellinks"]').input_value().splitlines()[0].startswith("Wijkambtenaar: ")
    finally:
        ander.close()


def test_deelnemers_uit_bestanden_en_een_foute_link(pagina, server, tmp_path):
    page = open_samen(pagina, server)
    bestanden = []
    for i, huidig in enumerate(([3, 3, 3, 3, 3], [7, 7, 7, 7, 7])):
        schuiven = ["positionering-intern", "proces-binnen-gemeente", "proces-met-bewoners", "bestuur-en-politiek", "communicatie"]
        bestand = tmp_path / f"deelnemer{i + 1}.json"
        bestand.write_text(
            json.dumps(
                {
                    "formaat": "wijktool-schuifoefening",
                    "versie": 2,
                    "datum": "2026-12-02",
                    "invoer": {"huidig": dict(zip(schuiven, huidig, strict=True)), "ambitie": dict(zip(schuiven, [5] * 5, strict=True))},
                }
            )
        )
        bestanden.append(str(bestand))
    page.locator('input[type=file][data-samen="bestand"]').set_input_files(bestanden)
    page.wait_for_selector('[data-testid="samen-groep"]', timeout=30_000)
    assert page.locator('textarea[name="deellinks"]').input_value().splitlines() == [
        "deelnemer1: #huidig=3,3,3,3,3&ambitie=5,5,5,5,5",
        "deelnemer2: #huidig=7,7,7,7,7&ambitie=5,5,5,5,5",
    ]
    assert {r[1:] for r in schuiven_op_pagina(page)} == {("3", "7", "5.0")}
    # een foute regel: een melding die de deelnemer noemt, geen crash
    page.fill('textarea[name="deellinks"]', "Ans: #huidig=1,2,3&ambitie=5,5,5,5,5\n#huidig=5,5,5,5,5&ambitie=5,5,5,5,5")
    page.click('[data-testid="samen-vergelijk"]')
    page.wait_for_function("!document.querySelector('[data-testid=melding]').hidden")
    assert "deelnemer 1 (Ans)" in page.locator('[data-testid="melding"]').inner_text()
    assert pagina.console_fouten() == []


def test_pariteit_cpython_en_pyodide(pagina, server, handboek, gebouwde_site):
    gevallen = [
        {"paneel": "huidig", "deelnemers": [{"regel": r.format(url="https://x.example/")} for r in TRIO]},
        {"paneel": "ambitie", "deelnemers": [{"regel": r.format(url="")} for r in TRIO[:2]]},
        {"paneel": "huidig", "deelnemers": [{"regel": "#fases=1,2,,4,,"}, {"regel": "B: #fases=3,2,1,4,4,"}]},
    ]
    uit_browser = [
        a["uitkomst"]
        for a in worker_antwoorden(
            pagina.page,
            gebouwde_site,
            server.url,
            "zelfscan/samen/",
            [{"actie": "reken", "invoer": g, "basis": "../../"} for g in gevallen],
        )
    ]
    assert uit_browser == [json.loads(json.dumps(samen.SCAN.uitkomst(handboek, g))) for g in gevallen]
