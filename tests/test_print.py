"""Printen in echte headless Chromium: elke opgavepagina wordt een A4-afvinklijst
van hoogstens twee pagina's, de pagina met alle 97 punten print ze allemaal.
We printen naar PDF (printmedia, zonder achtergronden, zoals een gewone printer)
en lezen de tekst terug met pypdf. Plus de printknop op het scherm."""

from __future__ import annotations

import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

from hulp.slugs import OPGAVEN

PRINTKNOP = "Print deze checklist"
# Wat van het scherm is en niet op papier hoort: navigatie, kop, voet, zoeken, knoppen, ¶.
NIET_OP_PAPIER = [
    PRINTKNOP,
    "Zelfscan",
    "Begrippen",
    "Zoeken",
    "Toegankelijkheid",
    "Privacy",
    "Bronnen en colofon",
    "Alle 97 punten printen",
    "Inhoudsopgave",
    "Gemaakt uit publicaties",  # copyright in de voet
    "Material for MkDocs",
    "Vorige",
    "Volgende",
    "¶",
]


def plat(tekst: str) -> str:
    """Tekst om te vergelijken: zonder witruimte (de PDF breekt regels waar hij
    wil) en in NFKC (ligaturen zoals ﬁ worden gewone letters)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", tekst))


def print_pdf(page, url: str) -> list[str]:
    """Print de pagina zoals een bezoeker dat doet; geeft de tekst per A4-pagina."""
    page.goto(url)
    page.wait_for_load_state("load")
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=False)
    lezer = PdfReader(io.BytesIO(pdf))
    for blad in lezer.pages:  # echt A4: 210 × 297 mm = 595 × 842 pt
        assert round(float(blad.mediabox.width)) == 596 and round(float(blad.mediabox.height)) == 843
    return [blad.extract_text() for blad in lezer.pages]


def itemregel(item) -> str:
    """Zo staat een item op papier: nummer, KANS of VALKUIL, tekst."""
    return plat(f"{item.nr} {item.soort.upper()} {item.tekst}")


def sitenaam(page) -> str:
    return page.locator(".md-header__topic").first.inner_text().strip()


def controleer_items(bladen: list[str], items) -> None:
    """Elk item staat er, met nummer en soort, en helemaal op één blad (niet
    over twee pagina's gesplitst)."""
    platte_bladen = [plat(b) for b in bladen]
    for item in items:
        regel = itemregel(item)
        op = [i + 1 for i, b in enumerate(platte_bladen) if regel in b]
        assert op, f"item {item.nr} ({item.soort}) staat niet (heel) op papier: {item.tekst!r}"


# --- de opgavepagina's --------------------------------------------------------


@pytest.mark.parametrize("slug", OPGAVEN)
def test_opgave_print_als_afvinklijst(pagina, server, handboek, slug):
    opgave = handboek.opgave(slug)
    url = f"{server.url}opgaven/{slug}/"
    page = pagina.page
    bladen = print_pdf(page, url)
    alles = plat("".join(bladen))

    assert 1 <= len(bladen) <= 2, f"{slug}: {len(bladen)} A4-pagina's, hoogstens 2"
    assert plat(bladen[-1]), f"{slug}: de laatste pagina is leeg"

    # Titel, omschrijving, alle items, bron en webadres.
    assert plat(f"Opgave {opgave.nummer}: {opgave.titel}") in plat(bladen[0])
    assert plat(opgave.omschrijving) in alles
    assert plat(f"Kansen ({len(opgave.kansen)})") in alles
    assert plat(f"Valkuilen ({len(opgave.valkuilen)})") in alles
    controleer_items(bladen, opgave.items)
    assert plat(f"Bron: {handboek.bron_van('opgaven').citaat}") in alles
    assert plat(f"Deze pagina online: {url}") in alles

    # Geen scherm: geen sitenaam uit de kop, geen navigatie, geen knop, geen ¶.
    for woord in NIET_OP_PAPIER + [sitenaam(page)]:
        assert plat(woord) not in alles, f"{slug}: {woord!r} staat op papier"
    # De lopende tekst na de inleiding (voorbeelden, bronnenlijst) blijft weg.
    assert "Voorbeeldenuitdepraktijk" not in alles and "Hoortbij:" not in alles
    assert pagina.console_fouten() == []


def test_opgave_vakjes_zijn_leeg_en_zichtbaar_op_papier(pagina, server, handboek):
    page = pagina.page
    page.goto(server.url + "opgaven/samenwerking-met-mandaat/")
    page.emulate_media(media="print")
    items = page.locator(".checklist-item")
    assert items.count() == len(handboek.opgave("samenwerking-met-mandaat").items)
    for i in range(items.count()):
        vak = items.nth(i).locator(".checklist-vak")
        assert vak.is_visible()
        doos = vak.bounding_box()
        assert doos["width"] >= 10 and doos["height"] >= 10  # ongeveer 4 mm
        stijl = vak.evaluate("v => { const s = getComputedStyle(v); return [s.borderTopStyle, s.borderTopColor, v.textContent]; }")
        assert stijl == ["solid", "rgb(0, 0, 0)", ""]
        assert items.nth(i).evaluate("li => getComputedStyle(li).breakInside") == "avoid"
    assert page.locator(".checklist input[type=checkbox]:checked").count() == 0
    # Zwart op wit.
    tekst = page.locator(".checklist-tekst").first
    assert tekst.evaluate("t => getComputedStyle(t).color") == "rgb(0, 0, 0)"
    grootte = float(tekst.evaluate("t => getComputedStyle(t).fontSize").removesuffix("px"))
    assert 11 <= grootte * 0.75 <= 12  # px → pt


def test_opgave_print_zonder_javascript(browser, server, handboek):
    """Zonder JavaScript: geen knop (die zou niets doen) en op papier het pad
    van de pagina uit de bouw in plaats van het volledige adres."""
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        bladen = print_pdf(page, server.url + "opgaven/rugdekking/")
        alles = plat("".join(bladen))
        assert len(bladen) <= 2 and plat(bladen[-1])
        assert plat("Deze pagina online: opgaven/rugdekking/") in alles
        controleer_items(bladen, handboek.opgave("rugdekking").items)
        page.emulate_media(media="screen")
        knoppen = page.locator("button[data-checklist-print]")
        assert knoppen.count() == 2  # gewoon en met antwoorden
        assert all(knoppen.nth(i).is_hidden() for i in range(2))
        # zonder JavaScript zijn de vakjes op papier ook leeg
        assert page.locator("input[type=checkbox][data-item]").count() == len(handboek.opgave("rugdekking").items)
    finally:
        context.close()


# --- de pagina met alle 97 punten ---------------------------------------------


def test_checklistpagina_print_alle_97(pagina, server, handboek):
    page = pagina.page
    url = server.url + "checklist/"
    bladen = print_pdf(page, url)
    alles = plat("".join(bladen))

    assert plat(bladen[-1]), "de laatste pagina is leeg"
    alle_items = [i for o in handboek.opgaven for i in o.items]
    assert sorted(i.nr for i in alle_items) == list(range(1, 98))
    controleer_items(bladen, alle_items)
    # Elke opgave begint op een eigen pagina; de eerste na de inleiding.
    for opgave in handboek.opgaven[1:]:
        kop = plat(f"{opgave.nummer}. {opgave.titel}")
        assert any(plat(b).startswith(kop) for b in bladen), f"opgave {opgave.nummer} begint niet bovenaan een pagina"
    assert len(handboek.opgaven) <= len(bladen) <= 2 * len(handboek.opgaven)
    # Eén bronbeschrijving voor alle 97 punten (redactiereview: niet tien keer dezelfde).
    assert alles.count(plat(f"Bron: {handboek.bron_van('opgaven').citaat}")) == 1
    assert plat(f"Deze pagina online: {url}") in alles
    for woord in NIET_OP_PAPIER + [sitenaam(page)]:
        assert plat(woord) not in alles, f"{woord!r} staat op papier"
    assert pagina.console_fouten() == []


# --- de printknop op het scherm -------------------------------------------------

PRINT_TELLER = "window.__geprint = 0; window.print = () => { window.__geprint += 1; };"


@pytest.mark.parametrize("slug", OPGAVEN)
def test_printknop_op_elke_opgave(pagina, server, slug):
    page = pagina.page
    page.add_init_script(PRINT_TELLER)
    page.goto(f"{server.url}opgaven/{slug}/")
    knoppen = page.get_by_role("button", name=PRINTKNOP)
    assert knoppen.count() == 1
    knop = knoppen.first
    assert knop.is_visible() and knop.is_enabled()
    assert knop.evaluate("k => k.tagName") == "BUTTON"
    knop.click()
    assert page.evaluate("window.__geprint") == 1
    assert pagina.console_fouten() == []


def test_printknop_werkt_met_het_toetsenbord(pagina, server):
    page = pagina.page
    page.add_init_script(PRINT_TELLER)
    page.goto(server.url + "opgaven/open-podium/")
    # Met Tab door de pagina tot de knop de focus heeft.
    for _ in range(300):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement && document.activeElement.matches('[data-checklist-print]')"):
            break
    else:
        pytest.fail("de printknop is met Tab niet te bereiken")
    page.keyboard.press("Enter")
    page.keyboard.press("Space")
    assert page.evaluate("window.__geprint") == 2


def test_checklistpagina_heeft_een_printknop(pagina, server):
    page = pagina.page
    page.add_init_script(PRINT_TELLER)
    page.goto(server.url + "checklist/")
    knop = page.get_by_role("button", name=PRINTKNOP)
    assert knop.count() == 1 and knop.is_visible()
    knop.click()
    assert page.evaluate("window.__geprint") == 1


def test_checklist_js_alleen_op_checklistpaginas(gebouwde_site):
    assert gebouwde_site.code == 0, gebouwde_site.uitvoer[-3000:]

    def scripts(pad: str) -> list[str]:
        return [s.get("src") or "" for s in gebouwde_site.pagina(pad).alle("script")]

    for pad in [f"opgaven/{s}/index.html" for s in OPGAVEN] + ["checklist/index.html"]:
        assert any(src.endswith("assets/js/checklist.js") for src in scripts(pad)), pad
        assert len(gebouwde_site.pagina(pad).alle("p", klasse="checklist-adres")) == 1, pad
    for pad in ["index.html", "opgaven/index.html", "begrippen/index.html", "zelfscan/index.html"]:
        assert not any("checklist.js" in src for src in scripts(pad)), pad
        assert not gebouwde_site.pagina(pad).alle("p", klasse="checklist-adres"), pad
