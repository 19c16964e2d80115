"""Opmaak in Chromium (issue 10): geen pagina scrolt opzij op 360 px, geen tekst in
een grafiek kleiner dan 12 px (op 1280 en 360 px), de vijf profielpanelen even groot,
tabellen uit de macro's in een kader dat zelf scrolt."""

from __future__ import annotations

import pytest

GRAFIEKEN = ".mengpaneel, .mengpanelen, .balans-diagram, .scan-ranking, .mp-faders, .sm-agenda, .sv-fases"

# Alle tekst in een grafiek: de kleinste lettergrootte (in CSS-pixels) en hoeveel <text> in SVG's staan.
_KLEINSTE = """(sel) => {
  let kleinste = 1000, waar = "", svgTekst = 0;
  for (const grafiek of document.querySelectorAll(sel)) {
    svgTekst += grafiek.querySelectorAll("svg text").length;
    const loper = document.createTreeWalker(grafiek, NodeFilter.SHOW_TEXT);
    while (loper.nextNode()) {
      const el = loper.currentNode.parentElement;
      if (!loper.currentNode.textContent.trim() || !el.checkVisibility()) continue;
      if (el.closest(".sr-only")) continue;
      const px = parseFloat(getComputedStyle(el).fontSize);
      if (px < kleinste) { kleinste = px; waar = el.className + ": " + loper.currentNode.textContent.trim().slice(0, 30); }
    }
  }
  return { kleinste, waar, svgTekst };
}"""


def test_geen_pagina_scrolt_opzij_op_360_px(kruipverslag):
    """Uit de kruipronde (hulp/kruiper.py): elke pagina, op 360 px geladen."""
    assert len(kruipverslag) > 30 and "zelfscan/samen/" in kruipverslag
    te_breed = {pad or "/": v.breedte_smal[0] for pad, v in kruipverslag.items() if v.breedte_smal[0] > v.breedte_smal[1]}
    assert all(v.breedte_smal[1] == 360 for v in kruipverslag.values()), "de ronde mat niet op 360 px"
    assert te_breed == {}, f"deze pagina's scrollen opzij op 360 px (breedte in px): {te_breed}"


@pytest.mark.parametrize("breedte", [1280, 360])
@pytest.mark.parametrize("pad", ["zelfscan/", "zelfscan/checklist/", "profielen/", "profielen/participatieve-gemeente/"])
def test_geen_grafiektekst_kleiner_dan_12_px(browser, server, breedte, pad):
    context = browser.new_context(viewport={"width": breedte, "height": 900})
    context.route("**/*.wasm", lambda route: route.abort())
    try:
        page = context.new_page()
        page.goto(server.url + pad)
        uit = page.evaluate(_KLEINSTE, GRAFIEKEN)
    finally:
        context.close()
    assert uit["kleinste"] < 1000, "geen grafiektekst gevonden: de test kijkt naar de verkeerde elementen"
    assert uit["kleinste"] >= 12, f"te kleine tekst in een grafiek op {pad} bij {breedte} px: {uit}"
    assert uit["svgTekst"] == 0


@pytest.mark.parametrize("breedte", [1280, 360])
def test_vijf_profielpanelen_even_groot(browser, server, breedte):
    context = browser.new_context(viewport={"width": breedte, "height": 900})
    try:
        page = context.new_page()
        page.goto(server.url + "profielen/")
        maten = [
            tuple(m)
            for m in page.evaluate(
                "[...document.querySelectorAll('.mengpanelen .mengpaneel-svg')].map(s => [Math.round(s.getBoundingClientRect().width), Math.round(s.getBoundingClientRect().height)])"
            )
        ]
    finally:
        context.close()
    assert len(maten) == 5 and len(set(maten)) == 1, maten


def test_tabellen_uit_macros_scrollen_in_hun_kader(browser, server):
    context = browser.new_context(viewport={"width": 360, "height": 800})
    try:
        page = context.new_page()
        page.goto(server.url + "profielen/")
        kader = page.locator(".tabel-wrap:has(table.profielen-tabel)")
        assert kader.evaluate("e => getComputedStyle(e).overflowX") == "auto"
        breed, zicht = kader.evaluate("e => [e.scrollWidth, e.clientWidth]")
        assert breed > zicht  # de tabel is breder dan het scherm, en scrolt binnen haar kader
        rand = page.locator("table.profielen-tabel").evaluate("e => getComputedStyle(e).borderTopStyle")
        assert rand == "solid"  # opgemaakt zoals Material's tabellen
    finally:
        context.close()
