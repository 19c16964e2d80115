"""De site werkt met de Content-Security-Policy uit deploy/nginx.conf: alleen de
eigen host, geen 'unsafe-inline'. Elke pagina zonder CSP-overtreding, en de
scans, het zoeken en de checklist werken.

De ronde langs alle pagina's (het kruipverslag, conftest.py) draait zelf onder
deze CSP: de server stuurt hem als kop mee, zoals nginx."""

from __future__ import annotations

import pytest

from hulp.browser import KLAAR_SELECTOR, csp_policy, overtredingen
from hulp.kruiper import CSP_MELDER


def test_policy_is_streng():
    p = csp_policy()
    assert "unsafe-inline" not in p and "unsafe-eval'" not in p.replace("wasm-unsafe-eval'", "")
    for regel in ("default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "object-src 'none'"):
        assert regel in p
    assert "http" not in p  # geen andere host


def test_de_ronde_draait_echt_onder_de_csp(browser, csp_server):
    """Zonder deze proef kan de ronde 'geen overtredingen' melden omdat er geen
    policy was: een inline script moet hier geweigerd en gemeld worden."""
    context = browser.new_context()
    try:
        context.add_init_script(CSP_MELDER)
        page = context.new_page()
        page.goto(csp_server.url + "404.html")
        geweigerd = page.evaluate(
            """() => new Promise((klaar) => {
                document.addEventListener('securitypolicyviolation', (e) => klaar(e.violatedDirective), { once: true });
                const s = document.createElement('script');
                s.textContent = 'window.__inline = 1';
                document.head.append(s);
            })"""
        )
        assert geweigerd.startswith("script-src")
        assert page.evaluate("window.__inline") is None
        assert page.evaluate("window.__csp") != []
    finally:
        context.close()


def test_elke_pagina_zonder_csp_overtreding(kruipverslag, paginas):
    assert {pad: kruipverslag[pad].csp for pad in paginas if kruipverslag[pad].csp} == {}


def test_elke_pagina_zonder_consolefouten(kruipverslag, paginas):
    assert {pad: kruipverslag[pad].console_fouten for pad in paginas if kruipverslag[pad].console_fouten} == {}


@pytest.fixture
def csp_pagina(browser):
    context = browser.new_context()
    context.add_init_script(CSP_MELDER)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text))
    yield page, console
    context.close()


def test_schuifoefening_werkt_met_csp(csp_pagina, csp_server):
    page, console = csp_pagina
    page.goto(csp_server.url + "zelfscan/")
    page.wait_for_selector(KLAAR_SELECTOR, state="attached", timeout=60_000)
    for slug, waarde in {
        "positionering-intern": 10,
        "proces-binnen-gemeente": 10,
        "proces-met-bewoners": 10,
        "bestuur-en-politiek": 10,
        "communicatie": 10,
    }.items():
        page.locator(f'[data-paneel="huidig"] input[name="{slug}"]').fill(str(waarde))
    page.wait_for_selector('[data-testid="beste-profiel"][data-profiel="gekantelde-gemeente"]')
    assert overtredingen(page, console) == []


@pytest.mark.parametrize("pad", ["zelfscan/volwassenheid/", "zelfscan/checklist/"])
def test_andere_scans_werken_met_csp(kruipverslag, pad):
    assert kruipverslag[pad].klaar, f"{pad}: Python kwam niet klaar onder de CSP"
    assert kruipverslag[pad].csp == []


def test_zoeken_en_checklist_werken_met_csp(csp_pagina, csp_server):
    page, console = csp_pagina
    page.goto(csp_server.url + "opgaven/rugdekking/")
    page.evaluate("window.print = () => { window.__geprint = true; }")
    page.get_by_role("button", name="Print deze checklist").click()
    assert page.evaluate("window.__geprint") is True
    page.locator('input[type=checkbox][data-item="97"]').check()
    assert page.evaluate("JSON.parse(localStorage.getItem('wijktool.afvinklijst.v1')).invoer") == [97]
    page.locator(".md-search__input").first.click()
    page.keyboard.type("wijkwethouder")
    page.wait_for_selector(".md-search-result__item")
    assert overtredingen(page, console) == []
