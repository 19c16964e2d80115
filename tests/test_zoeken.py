"""Zoeken in het Nederlands in echte headless Chromium. De plugin search staat op
`lang: nl`: de zoekworker van Material laadt dan de Nederlandse stemmer van
lunr. "valkuil" vindt ook "valkuilen" en "wijkbudget" ook "wijkbudgetten"
(andersom niet: zoeken op het meervoud vindt alleen het meervoud).
We typen in het zoekveld op de homepagina, zoals een bezoeker, en lezen de
resultaten zoals Material ze toont (.md-search-result__item met links)."""

from __future__ import annotations

import json
import re
from urllib.parse import urlparse

import pytest

RESULTAAT = ".md-search-result__item"


def zoek(page, server, vraag: str) -> list[str]:
    """Typ de vraag in het zoekveld van de homepagina; geeft de paden van alle
    resultaatlinks (ook de extra treffers per pagina)."""
    page.goto(server.url)
    veld = page.locator("input.md-search__input[data-md-component=search-query]")
    veld.click()
    veld.press_sequentially(vraag, delay=25)
    # Material zoekt al tijdens het typen; wacht op de resultaten van de hele
    # vraag (de links dragen ?h=<vraag> voor het markeren op de doelpagina).
    page.wait_for_function(
        """vraag => [...document.querySelectorAll('.md-search-result__item a.md-search-result__link')]
                    .some(a => new URL(a.href).searchParams.get('h') === vraag)""",
        arg=vraag,
        timeout=20_000,
    )
    meta = page.locator(".md-search-result__meta").inner_text()
    assert re.fullmatch(r"\d+ overeenkomende documenten?", meta.strip()), meta  # Nederlandse teksten
    hrefs = page.locator(f"{RESULTAAT} a.md-search-result__link").evaluate_all("as => as.map(a => a.href)")
    assert hrefs, f"geen resultaatlinks voor {vraag!r}"
    return [urlparse(h).path for h in hrefs]


def gemarkeerd(page) -> list[str]:
    return [m.lower() for m in page.locator(f"{RESULTAAT} mark").all_inner_texts()]


def test_zoekindex_is_nederlands(gebouwde_site):
    assert gebouwde_site.code == 0, gebouwde_site.uitvoer[-3000:]
    index = json.loads((gebouwde_site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["nl"]


@pytest.mark.zoeken
def test_valkuil_vindt_de_opgaven(pagina, server, handboek):
    page = pagina.page
    paden = zoek(page, server, "valkuil")
    opgaven = {f"/opgaven/{o.slug}/" for o in handboek.opgaven}
    gevonden = opgaven & set(paden)
    assert len(gevonden) >= 5, f"te weinig opgavepagina's gevonden: {sorted(gevonden)}"
    assert "/checklist/" in paden
    # De stemmer: ook het meervoud telt als treffer.
    assert "valkuilen" in gemarkeerd(page)
    # Doorklikken op een opgave opent die pagina, met het woord erin.
    eerste = next(p for p in paden if p in opgaven)
    page.locator(f'{RESULTAAT} a.md-search-result__link[href*="{eerste}"]').first.click()
    page.wait_for_url(re.compile(re.escape(eerste)))
    assert page.locator("h1").first.inner_text().startswith("Opgave ")
    assert page.locator(".checklist-valkuil").count() >= 1
    # De zoekworker gebruikte de Nederlandse taalbestanden van lunr, van de eigen site.
    assert any(v.endswith("lunr/min/lunr.nl.min.js") and v.startswith(server.url) for v in pagina.verzoeken)
    assert pagina.console_fouten() == []


@pytest.mark.zoeken
def test_wijkbudget_vindt_de_praktijk(pagina, server, handboek):
    page = pagina.page
    paden = zoek(page, server, "wijkbudget")
    praktijk = {f"/praktijk/{g.slug}/" for g in handboek.gemeenten}
    gevonden = praktijk & set(paden)
    assert gevonden, f"geen praktijkpagina van een gemeente gevonden: {paden}"
    # Met budget per inwoner: die gemeentepagina's moeten erbij zitten.
    met_budget = {f"/praktijk/{g.slug}/" for g in handboek.gemeenten if g.wijkbudget_per_inwoner is not None}
    assert gevonden & met_budget
    assert any(m.startswith("wijkbudget") for m in gemarkeerd(page))
    assert pagina.console_fouten() == []


@pytest.mark.zoeken
def test_wijkwethouder_vindt_praktijk_en_rugdekking(pagina, server, handboek):
    page = pagina.page
    paden = zoek(page, server, "wijkwethouder")
    praktijk = {f"/praktijk/{g.slug}/" for g in handboek.gemeenten if g.wijkwethouders}
    assert praktijk & set(paden), f"geen praktijkpagina van een gemeente met wijkwethouders gevonden: {paden}"
    assert "/opgaven/rugdekking/" in paden  # het voorbeeld van Den Helder
    assert "wijkwethouders" in gemarkeerd(page)  # meervoud via de stemmer
    assert pagina.console_fouten() == []
