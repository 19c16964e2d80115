"""De site werkt met de Content-Security-Policy uit deploy/nginx.conf: alleen de
eigen host, geen 'unsafe-inline'. Elke pagina zonder CSP-overtreding, en de
scans, het zoeken en de checklist werken."""

from __future__ import annotations

import re

import pytest

from _browser import Server
from conftest import REPO
from test_toegankelijkheid import alle_paginas

# Een selector, geen wait_for_function: die evalueert een tekst en dat verbiedt de CSP juist.
KLAAR = "html[data-wijktool=klaar]"
MELDER = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
"""


def policy() -> str:
    tekst = (REPO / "deploy" / "nginx.conf").read_text(encoding="utf-8")
    gevonden = set(re.findall(r'add_header Content-Security-Policy "([^"]+)"', tekst))
    assert len(gevonden) == 1, "nginx.conf moet overal dezelfde CSP gebruiken"
    return gevonden.pop()


def test_policy_is_streng():
    p = policy()
    assert "unsafe-inline" not in p and "unsafe-eval'" not in p.replace("wasm-unsafe-eval'", "")
    for regel in ("default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "object-src 'none'"):
        assert regel in p
    assert "http" not in p  # geen andere host


@pytest.fixture(scope="module")
def csp_server(gebouwde_site):
    assert gebouwde_site.code == 0
    with Server(gebouwde_site.site, headers={"Content-Security-Policy": policy()}) as s:
        yield s


@pytest.fixture
def csp_pagina(browser):
    context = browser.new_context()
    context.add_init_script(MELDER)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text))
    yield page, console
    context.close()


def overtredingen(page, console) -> list[str]:
    return page.evaluate("window.__csp") + [c for c in console if "Content Security Policy" in c]


def test_elke_pagina_zonder_csp_overtreding(csp_pagina, csp_server, gebouwde_site):
    page, console = csp_pagina
    fouten = {}
    for pad in alle_paginas(gebouwde_site.site):
        console.clear()
        page.goto(csp_server.url + pad)
        page.wait_for_load_state("networkidle")
        if v := overtredingen(page, console):
            fouten[pad] = v
    assert fouten == {}


def test_schuifoefening_werkt_met_csp(csp_pagina, csp_server):
    page, console = csp_pagina
    page.goto(csp_server.url + "zelfscan/")
    page.wait_for_selector(KLAAR, state="attached", timeout=60_000)
    for slug, waarde in {"positionering-intern": 10, "proces-binnen-gemeente": 10, "proces-met-bewoners": 10, "bestuur-en-politiek": 10, "communicatie": 10}.items():
        page.locator(f'[data-paneel="huidig"] input[name="{slug}"]').fill(str(waarde))
    page.wait_for_selector('[data-testid="beste-profiel"][data-profiel="gekantelde-gemeente"]')
    assert overtredingen(page, console) == []


@pytest.mark.parametrize("pad", ["zelfscan/volwassenheid/", "zelfscan/checklist/"])
def test_andere_scans_werken_met_csp(csp_pagina, csp_server, pad):
    page, console = csp_pagina
    page.goto(csp_server.url + pad)
    page.wait_for_selector(KLAAR, state="attached", timeout=60_000)
    assert overtredingen(page, console) == []


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
